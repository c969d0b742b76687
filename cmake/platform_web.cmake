# The web viewer: folio.js + folio.wasm, staged with the pages and scripts of web/ into ${FOLIO_OUTPUT_DIR}.
add_executable(folio_web
  src/platform/gl_texture.cpp
  src/platform/web/main_web.cpp
  src/platform/web/text_probe.cpp
  src/platform/web/image_probe.cpp
  src/platform/web/web_host.cpp
  src/platform/web/web_images.cpp
  src/platform/web/web_input.cpp
  src/platform/web/web_offline.cpp
  src/platform/web/web_search.cpp
  src/platform/web/web_speech.cpp
  src/platform/web/web_text.cpp
  src/platform/web/webgl_renderer.cpp)
target_link_libraries(folio_web PRIVATE folio_ui)
target_compile_options(folio_web PRIVATE ${FOLIO_WEB_COMPILE_FLAGS})
target_link_options(folio_web PRIVATE ${FOLIO_WEB_LINK_FLAGS})
set_target_properties(folio_web PROPERTIES OUTPUT_NAME folio SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${FOLIO_OUTPUT_DIR}")
folio_warnings(folio_web)

# The text module (folio-text.js + .wasm), loaded apart from folio.js on a viewer's first need.
include(cmake/text_module.cmake)
add_dependencies(folio_web folio_text_module)
# The search module (folio-search.js + .wasm), loaded apart from folio.js on a viewer's first search.
include(cmake/search_module.cmake)
add_dependencies(folio_web folio_search_module)
foreach(_lib folio_model folio_search folio_layout folio_ui)
  target_compile_options(${_lib} PRIVATE ${FOLIO_WEB_COMPILE_FLAGS})
endforeach()

# Every file under web/ (the pages, folio-embed.js and its modules, the examples) but the service worker's source and
# index.html (made with the feed prerendered, below) is staged as it is, except the
# scripts a viewer loads (web/*.js, web/embed/*.js), which a Release build minifies with esbuild (Debian's esbuild):
# the same code without its comments and with short local names, about half their gzip bytes in every first view.
# Module syntax, exports and property names are kept (no bundling, no syntax lowering, no eval added). The
# examples stay readable; a Debug build stages the scripts as they are.
find_program(FOLIO_ESBUILD esbuild)
if(NOT FOLIO_ESBUILD)
  message(FATAL_ERROR "esbuild is missing: install Debian's esbuild (scripts/setup does); the web build minifies the viewer's scripts with it.")
endif()
file(GLOB_RECURSE _page_files CONFIGURE_DEPENDS RELATIVE "${PROJECT_SOURCE_DIR}/web" "${PROJECT_SOURCE_DIR}/web/*")
list(FILTER _page_files EXCLUDE REGEX "^service-worker/")
list(FILTER _page_files EXCLUDE REGEX "^index\\.html$") # made below, with the feed prerendered
set(_page_outputs)
foreach(_f IN LISTS _page_files)
  if(_f MATCHES "^(embed/)?[^/]+\\.js$" AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    add_custom_command(OUTPUT "${FOLIO_OUTPUT_DIR}/${_f}"
      COMMAND "${FOLIO_ESBUILD}" "${PROJECT_SOURCE_DIR}/web/${_f}" --minify --log-level=warning "--outfile=${FOLIO_OUTPUT_DIR}/${_f}"
      DEPENDS "${PROJECT_SOURCE_DIR}/web/${_f}" VERBATIM)
  else()
    add_custom_command(OUTPUT "${FOLIO_OUTPUT_DIR}/${_f}"
      COMMAND ${CMAKE_COMMAND} -E copy "${PROJECT_SOURCE_DIR}/web/${_f}" "${FOLIO_OUTPUT_DIR}/${_f}"
      DEPENDS "${PROJECT_SOURCE_DIR}/web/${_f}" VERBATIM)
  endif()
  list(APPEND _page_outputs "${FOLIO_OUTPUT_DIR}/${_f}")
endforeach()
# index.html is web/index.html with the sample bundle's newest feed page put in as plain HTML at its
# <!--folio:prerender--> marker (folio-bundle prerender, the items linking to bundle/articles/ID.html), so the page
# shows the feed before any script runs and the viewer takes it over in place; made again when the page, the tool
# or the bundle changes.
add_custom_command(OUTPUT "${FOLIO_OUTPUT_DIR}/index.html"
  COMMAND "${_bundle_tool}" prerender "${FOLIO_SAMPLE_BUNDLE}" --template "${PROJECT_SOURCE_DIR}/web/index.html"
          -o "${FOLIO_OUTPUT_DIR}/index.html" --bundle-href bundle
  DEPENDS "${PROJECT_SOURCE_DIR}/web/index.html" ${_bundle_tool_dep} "${FOLIO_SAMPLE_BUNDLE}/feed.json" folio_sample_bundle
  COMMENT "Prerendering the sample bundle's newest feed page into index.html" VERBATIM)
list(APPEND _page_outputs "${FOLIO_OUTPUT_DIR}/index.html")
add_custom_target(folio_page ALL DEPENDS ${_page_outputs})

# The service worker (sw.js): web/service-worker/sw.js with the shell's precache manifest (workbox-build, from the
# committed npm lockfile: scripts/setup installs it), made by scripts/make-sw.mjs once the shell is staged, again
# whenever a shell file changes (the manifest holds a hash of each).
find_program(FOLIO_SW_NODE NAMES node nodejs NO_CMAKE_FIND_ROOT_PATH)
if(NOT FOLIO_SW_NODE)
  message(FATAL_ERROR "node not found: the web build makes its service worker with it (scripts/setup installs it).")
endif()
if(NOT EXISTS "${PROJECT_SOURCE_DIR}/node_modules/workbox-build/package.json")
  message(FATAL_ERROR "workbox-build is missing: run scripts/setup (npm ci from package-lock.json); the web build makes its service worker with it.")
endif()
add_custom_command(OUTPUT "${FOLIO_OUTPUT_DIR}/sw.js"
  COMMAND "${FOLIO_SW_NODE}" "${PROJECT_SOURCE_DIR}/scripts/make-sw.mjs" "${FOLIO_OUTPUT_DIR}"
  DEPENDS "${PROJECT_SOURCE_DIR}/web/service-worker/sw.js" "${PROJECT_SOURCE_DIR}/scripts/make-sw.mjs" ${_page_outputs}
          ${_font_outputs} "$<TARGET_FILE:folio_web>" folio_web folio_assets
  COMMENT "Making the service worker (sw.js) with the shell's precache manifest" VERBATIM)
add_custom_target(folio_service_worker ALL DEPENDS "${FOLIO_OUTPUT_DIR}/sw.js")

# Emscripten's own glue (folio.js, folio-text.js) is minified the same way after each link in a Release build: its
# exports and hooks are reached as properties (Module["_folio_state"] becomes Module._folio_state), which esbuild
# keeps, and the wasm's imports by the keys of its import object.
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
  foreach(_glue folio_web:folio.js folio_text_module:folio-text.js folio_search_module:folio-search.js)
    string(REPLACE ":" ";" _glue "${_glue}")
    list(GET _glue 0 _target)
    list(GET _glue 1 _file)
    add_custom_command(TARGET ${_target} POST_BUILD
      COMMAND "${FOLIO_ESBUILD}" "${FOLIO_OUTPUT_DIR}/${_file}" --minify --log-level=warning --allow-overwrite
              "--outfile=${FOLIO_OUTPUT_DIR}/${_file}"
      VERBATIM)
  endforeach()
endif()
