# Unit tests: folio_model_tests from tests/model/*.cpp (doctest), registered with CTest. Natively it runs as it
# is; in the web build it links to folio_model_tests.js and runs under node, where NODERAWFS shows the real file
# system, so both read the sample bundle the build made (${FOLIO_OUTPUT_DIR}/bundle). Natively there are also
# folio_cli_tests (tests/cli/*.cpp, the bundle tool's parts), folio_ui_tests (tests/ui/*.cpp) and, with
# -DFOLIO_FUZZ=ON and clang, the fuzzers.
find_path(FOLIO_DOCTEST_DIR doctest/doctest.h HINTS /usr/include NO_CMAKE_FIND_ROOT_PATH)
if(NOT FOLIO_DOCTEST_DIR)
  message(FATAL_ERROR "doctest not found: install doctest-dev (scripts/setup does), pass -DFOLIO_DOCTEST_DIR=, "
                      "or turn the tests off with -DFOLIO_BUILD_TESTS=OFF")
endif()
# An include folder that holds only doctest, so a wasm build does not see the host's other headers.
set(FOLIO_DOCTEST_ONLY "${CMAKE_BINARY_DIR}/doctest-include")
file(MAKE_DIRECTORY "${FOLIO_DOCTEST_ONLY}")
if(NOT EXISTS "${FOLIO_DOCTEST_ONLY}/doctest")
  file(CREATE_LINK "${FOLIO_DOCTEST_DIR}/doctest" "${FOLIO_DOCTEST_ONLY}/doctest" SYMBOLIC)
endif()

file(GLOB FOLIO_MODEL_TEST_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/model/*.cpp")
add_executable(folio_model_tests ${FOLIO_MODEL_TEST_SOURCES})
target_link_libraries(folio_model_tests PRIVATE folio_model)
# RapidJSON only for json_read_test.cpp, which tests the model's internal JsonReader and CleanText, and for
# thumbhash_test.cpp, which reads the reference's vectors (tests/thumbhash/vectors.json).
target_include_directories(folio_model_tests SYSTEM PRIVATE "${FOLIO_DOCTEST_ONLY}" "${FOLIO_RAPIDJSON_ONLY}")
target_compile_definitions(folio_model_tests PRIVATE
  RAPIDJSON_HAS_STDSTRING=1
  FOLIO_TEST_BUNDLE_DIR="${FOLIO_SAMPLE_BUNDLE}"
  FOLIO_TEST_THUMBHASH_VECTORS="${PROJECT_SOURCE_DIR}/tests/thumbhash/vectors.json")
folio_warnings(folio_model_tests)
folio_test_program(folio_model_tests)
add_dependencies(folio_model_tests folio_sample_bundle)

if(NOT EMSCRIPTEN)
  file(GLOB FOLIO_CLI_TEST_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/cli/*.cpp")
  add_executable(folio_cli_tests ${FOLIO_CLI_TEST_SOURCES})
  # libvips too: photo_test makes its images with it at test time;
  # ICU too: text_direction_icu_test holds the model's direction table to it.
  target_link_libraries(folio_cli_tests PRIVATE folio_bundle_core PkgConfig::FOLIO_VIPS PkgConfig::FOLIO_ICU)
  target_include_directories(folio_cli_tests SYSTEM PRIVATE "${FOLIO_DOCTEST_ONLY}")
  target_compile_definitions(folio_cli_tests PRIVATE
    FOLIO_TEST_SOURCES_DIR="${CMAKE_BINARY_DIR}/sample-sources" # assets/sources staged with its photographs
    FOLIO_TEST_BAD_INPUTS_DIR="${PROJECT_SOURCE_DIR}/tests/bad-inputs")
  folio_warnings(folio_cli_tests)
  folio_test_program(folio_cli_tests <filesystem> "${PROJECT_SOURCE_DIR}/src/cli/importer.h")
  add_dependencies(folio_cli_tests folio_sample_bundle) # which stages the sources first
endif()

enable_testing()
if(EMSCRIPTEN)
  if(NOT DEFINED FOLIO_WASM_TEST_LINK_FLAGS)
    message(FATAL_ERROR "FOLIO_WASM_TEST_LINK_FLAGS is unset: configure the web build with -DCMAKE_TOOLCHAIN_FILE=emscripten.cmake")
  endif()
  # doctest turns its POSIX signal handlers off by itself under __EMSCRIPTEN__; nothing else needs saying.
  set_target_properties(folio_model_tests PROPERTIES SUFFIX ".js")
  target_link_options(folio_model_tests PRIVATE ${FOLIO_WASM_TEST_LINK_FLAGS})
  find_program(FOLIO_NODE NAMES node nodejs NO_CMAKE_FIND_ROOT_PATH)
  if(NOT FOLIO_NODE)
    message(FATAL_ERROR "node not found: the wasm unit tests run under it (install nodejs; scripts/setup does)")
  endif()
  add_test(NAME folio_model_tests COMMAND "${FOLIO_NODE}" "$<TARGET_FILE:folio_model_tests>")
else()
  add_test(NAME folio_model_tests COMMAND folio_model_tests)
  add_test(NAME folio_cli_tests COMMAND folio_cli_tests)
endif()

# Unit tests of the search index (src/search/): the fold's tokens, the codec, the writer, queries and ranking.
file(GLOB FOLIO_SEARCH_TEST_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/search/*.cpp")
if(NOT EMSCRIPTEN)
  add_executable(folio_search_tests ${PROJECT_SOURCE_DIR}/tests/model/main.cpp ${FOLIO_SEARCH_TEST_SOURCES})
  # The writer and the ICU fold (and ICU, which icu_fold_test holds the fold to): the writer's tests fold as the
  # bundle tool does.
  target_link_libraries(folio_search_tests PRIVATE folio_search folio_search_writer folio_search_icu PkgConfig::FOLIO_SEARCH_ICU)
  target_include_directories(folio_search_tests SYSTEM PRIVATE "${FOLIO_DOCTEST_ONLY}" "${FOLIO_RAPIDJSON_ONLY}")
  folio_warnings(folio_search_tests)
  folio_test_program(folio_search_tests)
  add_test(NAME folio_search_tests COMMAND folio_search_tests)
endif()

# Unit tests of the layout layer, with fake font metrics (no GPU, no fonts).
file(GLOB FOLIO_LAYOUT_TEST_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/layout/*.cpp")
add_executable(folio_layout_tests ${PROJECT_SOURCE_DIR}/tests/model/main.cpp ${FOLIO_LAYOUT_TEST_SOURCES})
target_link_libraries(folio_layout_tests PRIVATE folio_layout)
target_include_directories(folio_layout_tests SYSTEM PRIVATE "${FOLIO_DOCTEST_ONLY}")
folio_warnings(folio_layout_tests)
folio_test_program(folio_layout_tests)
if(EMSCRIPTEN)
  set_target_properties(folio_layout_tests PROPERTIES SUFFIX ".js")
  target_link_options(folio_layout_tests PRIVATE ${FOLIO_WASM_TEST_LINK_FLAGS})
  add_test(NAME folio_layout_tests COMMAND "${FOLIO_NODE}" "$<TARGET_FILE:folio_layout_tests>")
else()
  add_test(NAME folio_layout_tests COMMAND folio_layout_tests)
endif()

# Conformance of the desktop's bidi and line breaking (src/platform/text/ over FriBidi and libunibreak, with the
# dictionary segmenter) to Unicode's test files from Debian's unicode-data, and of its shaping to hb-shape, natively.
if(NOT EMSCRIPTEN)
  set(FOLIO_UNICODE_DATA_DIR "/usr/share/unicode" CACHE PATH "Unicode's data and test files (Debian's unicode-data)")
  file(GLOB FOLIO_TEXT_TEST_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/text/*.cpp")
  add_executable(folio_text_tests ${PROJECT_SOURCE_DIR}/tests/model/main.cpp ${FOLIO_TEXT_TEST_SOURCES})
  # The desktop's services together (folio_native_text, cmake/platform_native.cmake: bidi, breaking, the segmenter,
  # shaping); shaping compared run by run with Debian's hb-shape (libharfbuzz-bin) on tests/text/shaping_corpus.tsv
  # with the script fonts of fonts-noto-core; HarfBuzz itself for each font's units per em, RapidJSON for hb-shape's
  # output.
  find_program(FOLIO_HB_SHAPE hb-shape)
  if(NOT FOLIO_HB_SHAPE)
    message(FATAL_ERROR "hb-shape not found: install libharfbuzz-bin (scripts/setup does), or turn the tests off with -DFOLIO_BUILD_TESTS=OFF")
  endif()
  set(FOLIO_SCRIPT_FONTS_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "The script fonts (fonts-noto-core) the text tests shape with")
  target_link_libraries(folio_text_tests PRIVATE folio_native_text PkgConfig::FOLIO_HARFBUZZ)
  target_include_directories(folio_text_tests SYSTEM PRIVATE "${FOLIO_DOCTEST_ONLY}" "${FOLIO_RAPIDJSON_ONLY}")
  target_compile_definitions(folio_text_tests PRIVATE FOLIO_UNICODE_DATA_DIR="${FOLIO_UNICODE_DATA_DIR}"
    FOLIO_TEST_HB_SHAPE="${FOLIO_HB_SHAPE}"
    FOLIO_TEST_SCRIPT_FONTS_DIR="${FOLIO_SCRIPT_FONTS_DIR}"
    FOLIO_TEST_SHIPPED_FONTS_DIR="${FOLIO_OUTPUT_DIR}/fonts"
    FOLIO_TEST_SHAPING_CORPUS="${PROJECT_SOURCE_DIR}/tests/text/shaping_corpus.tsv")
  folio_warnings(folio_text_tests)
  folio_test_program(folio_text_tests)
  add_dependencies(folio_text_tests folio_assets) # the shipped script faces
  add_test(NAME folio_text_tests COMMAND folio_text_tests)
endif()

# Unit tests of the ui layer's pure parts (the flick's speed, the scroller, stored settings and positions) and of the
# App's loading through a fake Host, natively: the web build runs the same code in the browser tests.
if(NOT EMSCRIPTEN)
  file(GLOB FOLIO_UI_TEST_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/ui/*.cpp")
  add_executable(folio_ui_tests ${FOLIO_UI_TEST_SOURCES})
  target_link_libraries(folio_ui_tests PRIVATE folio_ui)
  target_include_directories(folio_ui_tests SYSTEM PRIVATE "${FOLIO_DOCTEST_ONLY}")
  # faces_test reads the faces the build made (fonts/ and its fallback slices); shaped_faces_test and
  # shaped_paint_test script faces as Debian ships them.
  target_compile_definitions(folio_ui_tests PRIVATE FOLIO_TEST_FONTS_DIR="${FOLIO_OUTPUT_DIR}/fonts"
                             FOLIO_TEST_NOTO_DIR="${FOLIO_FONT_DIR}")
  add_dependencies(folio_ui_tests folio_assets)
  folio_warnings(folio_ui_tests)
  folio_test_program(folio_ui_tests <imgui.h>)
  add_test(NAME folio_ui_tests COMMAND folio_ui_tests)
endif()

# The model's ThumbHash on the command line, which tests/thumbhash/conformance.test.mjs compares with the reference
# (the npm package thumbhash), natively.
if(NOT EMSCRIPTEN)
  add_executable(thumbhash_vectors ${PROJECT_SOURCE_DIR}/tests/thumbhash/thumbhash_vectors.cpp)
  target_link_libraries(thumbhash_vectors PRIVATE folio_model)
  folio_warnings(thumbhash_vectors)
endif()
