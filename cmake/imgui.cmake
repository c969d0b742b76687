# Dear ImGui 1.92.2b as the static library folio_imgui: the core, plus on the desktop the OpenGL 3 renderer
# and GLFW platform backends. Sources come from -DFOLIO_IMGUI_DIR=<checkout>, or else
# from Debian's source package, fetched by scripts/fetch-imgui (pinned in scripts/deps.env).
set(FOLIO_IMGUI_DIR "" CACHE PATH "A Dear ImGui 1.92.2b checkout; empty: fetch Debian's source package")
if(NOT FOLIO_IMGUI_DIR)
  execute_process(
    COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-imgui"
    OUTPUT_VARIABLE _imgui_dir OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE _imgui_rc)
  if(NOT _imgui_rc EQUAL 0)
    message(FATAL_ERROR "Dear ImGui sources could not be fetched (see above). Pass -DFOLIO_IMGUI_DIR=<checkout>.")
  endif()
  set(FOLIO_IMGUI_DIR "${_imgui_dir}" CACHE PATH "A Dear ImGui 1.92.2b checkout; empty: fetch Debian's source package" FORCE)
endif()
if(NOT EXISTS "${FOLIO_IMGUI_DIR}/imgui.h" OR NOT EXISTS "${FOLIO_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  message(FATAL_ERROR "FOLIO_IMGUI_DIR=${FOLIO_IMGUI_DIR} does not hold Dear ImGui (imgui.h, backends/).")
endif()
file(STRINGS "${FOLIO_IMGUI_DIR}/imgui.h" _imgui_version_line REGEX "^#define IMGUI_VERSION_NUM ")
string(REGEX MATCH "[0-9]+" _imgui_version_num "${_imgui_version_line}")
if(_imgui_version_num LESS 19200)
  message(FATAL_ERROR "Folio needs Dear ImGui 1.92 or newer (dynamic fonts); ${FOLIO_IMGUI_DIR} is ${_imgui_version_num}.")
endif()
message(STATUS "Dear ImGui ${_imgui_version_num} from ${FOLIO_IMGUI_DIR}")

# imgui_draw.cpp is compiled through src/ui/imgui_draw_glyph_index.cpp, which includes it and adds the font loader
# that rasterises shaped text by glyph index (src/ui/glyph_index_font.h); ImGui itself is not patched.
set(_imgui_sources
  ${FOLIO_IMGUI_DIR}/imgui.cpp
  ${PROJECT_SOURCE_DIR}/src/ui/imgui_draw_glyph_index.cpp
  ${FOLIO_IMGUI_DIR}/imgui_tables.cpp
  ${FOLIO_IMGUI_DIR}/imgui_widgets.cpp)
if(NOT EMSCRIPTEN) # the web draws with Folio's own WebGL 2 renderer (src/platform/web/webgl_renderer.h)
  list(APPEND _imgui_sources ${FOLIO_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp ${FOLIO_IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
endif()
add_library(folio_imgui STATIC ${_imgui_sources})
target_include_directories(folio_imgui SYSTEM PUBLIC "${FOLIO_IMGUI_DIR}" "${FOLIO_IMGUI_DIR}/backends")
target_include_directories(folio_imgui PRIVATE "${PROJECT_SOURCE_DIR}/src") # ui/glyph_index_font.h
target_compile_definitions(folio_imgui PUBLIC
  IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_DEBUG_TOOLS
  IMGUI_DISABLE_DEFAULT_FONT
  IMGUI_DISABLE_FILE_FUNCTIONS
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_USE_WCHAR32)
if(NOT EMSCRIPTEN)
  find_package(glfw3 3.3 REQUIRED)
  find_package(OpenGL REQUIRED)
  target_link_libraries(folio_imgui PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()
if(EMSCRIPTEN)
  target_compile_options(folio_imgui PRIVATE ${FOLIO_WEB_COMPILE_FLAGS})
endif()
