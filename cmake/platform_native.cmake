# The desktop viewer: ${FOLIO_OUTPUT_DIR}/folio, GLFW + OpenGL 3, with fonts/ and bundle/ beside it; bundles
# over http(s) through libcurl. Its install rules: cmake/install_native.cmake, included at the end.
find_package(PNG REQUIRED)
find_package(CURL REQUIRED)
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)
# The platform's parts that need no window (the command line, what an input opens, the stored window geometry,
# the download worker, pictures' loading and decoding), shared with the unit tests below.
add_library(folio_native_parts STATIC
  src/platform/native/args.cpp
  src/platform/native/http_cache.cpp
  src/platform/native/http_fetch.cpp
  src/platform/native/image_decoder.cpp
  src/platform/native/image_loader.cpp
  src/platform/native/language_names.cpp
  src/platform/native/open_target.cpp
  src/platform/native/window_geometry.cpp)
target_link_libraries(folio_native_parts PUBLIC folio_ui CURL::libcurl Threads::Threads)
# The picture decoder: libvips, started and bounded as the bundle tool's photos are (cli/photo.h), its headers
# inside image_decoder.cpp only.
target_link_libraries(folio_native_parts PUBLIC folio_bundle_core PRIVATE PkgConfig::FOLIO_VIPS)
# Languages' names (language_names.cpp): ICU's CLDR data, as the bundle tool's month names.
target_link_libraries(folio_native_parts PRIVATE PkgConfig::FOLIO_ICU)
target_include_directories(folio_native_parts SYSTEM PRIVATE "${FOLIO_RAPIDJSON_ONLY}")
target_compile_definitions(folio_native_parts PRIVATE FOLIO_VERSION="${PROJECT_VERSION}")
folio_warnings(folio_native_parts)

# Shaping natively: Debian's libharfbuzz (pkg-config harfbuzz) behind HarfBuzzShaper (src/platform/text/, the
# same source the web's text module compiles against HarfBuzz built from source).
find_package(PkgConfig REQUIRED)
pkg_check_modules(FOLIO_HARFBUZZ IMPORTED_TARGET harfbuzz)
if(NOT FOLIO_HARFBUZZ_FOUND)
  message(FATAL_ERROR "HarfBuzz not found: install libharfbuzz-dev (scripts/setup does)")
endif()
add_library(folio_harfbuzz_shaper STATIC src/platform/text/harfbuzz_shaper.cpp)
target_link_libraries(folio_harfbuzz_shaper PUBLIC folio_layout PRIVATE PkgConfig::FOLIO_HARFBUZZ)
folio_warnings(folio_harfbuzz_shaper)
# The desktop's text services (NativeTextServices, Host::Text()): FriBidi and libunibreak (folio_platform_text),
# the dictionary segmenter (libthai, ICU) and HarfBuzz.
# Read aloud: speech-dispatcher's header only (Debian's libspeechd-dev); libspeechd.so.2 is loaded at run time
# with dlopen (src/platform/native/speechd_speech.cpp), so the viewer starts where speech-dispatcher is absent.
pkg_check_modules(FOLIO_SPEECHD speech-dispatcher)
if(NOT FOLIO_SPEECHD_FOUND)
  message(FATAL_ERROR "speech-dispatcher's header not found: install libspeechd-dev (scripts/setup does)")
endif()
target_sources(folio_native_parts PRIVATE src/platform/native/speechd_speech.cpp)
target_include_directories(folio_native_parts SYSTEM PRIVATE ${FOLIO_SPEECHD_INCLUDE_DIRS})
target_link_libraries(folio_native_parts PRIVATE ${CMAKE_DL_LIBS})

add_library(folio_native_text STATIC src/platform/native/native_text.cpp)
target_link_libraries(folio_native_text PUBLIC folio_layout folio_platform_text folio_dictionary_segmenter
  folio_harfbuzz_shaper)
folio_warnings(folio_native_text)

add_executable(folio
  src/platform/gl_texture.cpp
  src/platform/native/main_native.cpp
  src/platform/native/frame.cpp
  src/platform/native/native_host.cpp
  src/platform/native/png_write.cpp
  src/platform/native/screenshot.cpp
  src/platform/native/text_article.cpp
  src/platform/native/window_events.cpp
  src/platform/native/window_keeper.cpp
  src/platform/native/window_loop.cpp)
# folio_bundle_core (cmake/bundle_tool.cmake): the bundle tool's importer reads plain-text articles (folio ARTICLE.txt).
target_link_libraries(folio PRIVATE folio_native_parts folio_native_text folio_ui folio_bundle_core PNG::PNG Threads::Threads)
target_include_directories(folio SYSTEM PRIVATE "${FOLIO_RAPIDJSON_ONLY}")
target_compile_definitions(folio PRIVATE RAPIDJSON_HAS_STDSTRING=1 FOLIO_VERSION="${PROJECT_VERSION}")
set_target_properties(folio PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${FOLIO_OUTPUT_DIR}")
folio_warnings(folio)
add_dependencies(folio folio_assets)

# Unit tests of those parts: the command line, what an input opens, the stored window geometry, downloads (from a
# server on loopback in the test itself), decodes (of images made with libvips at test time).
if(FOLIO_BUILD_TESTS)
  file(GLOB FOLIO_NATIVE_TEST_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/native/*.cpp")
  add_executable(folio_native_tests ${FOLIO_NATIVE_TEST_SOURCES})
  target_link_libraries(folio_native_tests PRIVATE folio_native_parts PkgConfig::FOLIO_VIPS)
  target_include_directories(folio_native_tests SYSTEM PRIVATE "${FOLIO_DOCTEST_ONLY}" "${FOLIO_RAPIDJSON_ONLY}")
  # image_decoder_test reads the bad-input corpus's images (written by tests/bad-inputs/make_corpus.py).
  target_compile_definitions(folio_native_tests PRIVATE FOLIO_TEST_BAD_IMAGES_DIR="${PROJECT_SOURCE_DIR}/tests/bad-inputs/images")
  folio_warnings(folio_native_tests)
  folio_test_program(folio_native_tests)
  add_test(NAME folio_native_tests COMMAND folio_native_tests)
endif()

include(cmake/install_native.cmake)
