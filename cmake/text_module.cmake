# The web's text module (web only): folio-text.js + folio-text.wasm, loaded by web/embed/runtime.js on a viewer's
# first need and shared by every viewer on the page. It holds what only articles in other scripts need: FriBidi
# (LGPL: only here, so a site can rebuild or replace this module), libunibreak and HarfBuzz, behind the C API of
# src/platform/web/text_module/text_module.cpp.
#   folio_harfbuzz  HarfBuzz 12.3.2 from Debian's source package (scripts/fetch-source harfbuzz) or
#                   -DFOLIO_HARFBUZZ_DIR: its single-file harfbuzz.cc with HB_TINY (no CFF, variations, colour,
#                   drawing, AAT or hinting: Folio's shaped faces are static TrueType with GSUB/GPOS/GDEF).
include_guard(GLOBAL)
include(cmake/text_libs.cmake)

folio_fetch_source(harfbuzz FOLIO_HARFBUZZ_DIR "A HarfBuzz checkout")
if(NOT EXISTS "${FOLIO_HARFBUZZ_DIR}/src/harfbuzz.cc" OR NOT EXISTS "${FOLIO_HARFBUZZ_DIR}/src/hb.h")
  message(FATAL_ERROR "FOLIO_HARFBUZZ_DIR=${FOLIO_HARFBUZZ_DIR} does not hold HarfBuzz (src/harfbuzz.cc, src/hb.h).")
endif()
add_library(folio_harfbuzz STATIC "${FOLIO_HARFBUZZ_DIR}/src/harfbuzz.cc")
target_include_directories(folio_harfbuzz SYSTEM PUBLIC "${FOLIO_HARFBUZZ_DIR}/src")
target_compile_definitions(folio_harfbuzz PUBLIC HB_TINY)
target_compile_options(folio_harfbuzz PRIVATE ${FOLIO_WEB_COMPILE_FLAGS} -w)

add_executable(folio_text_module
  src/platform/text/fribidi_resolver.cpp
  src/platform/text/harfbuzz_shaper.cpp
  src/platform/text/unibreak_breaker.cpp
  src/platform/web/text_module/intl_segmenter.cpp
  src/platform/web/text_module/text_module.cpp)
target_include_directories(folio_text_module PRIVATE src)
target_link_libraries(folio_text_module PRIVATE folio_fribidi folio_unibreak folio_harfbuzz)
target_compile_options(folio_text_module PRIVATE ${FOLIO_WEB_COMPILE_FLAGS})
# Its own factory (createFolioTextModule), as folio.js: an ES module, no eval, no file system. The caller reads and
# writes its heap (HEAPU8) and its C API's exports; node (tests/text-module) runs the same web build, handing it the
# compiled wasm through instantiateWasm as runtime.js does.
target_link_options(folio_text_module PRIVATE
  -Oz -flto -fno-exceptions -fno-rtti
  -sENVIRONMENT=web
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createFolioTextModule -sDYNAMIC_EXECUTION=0
  -sFILESYSTEM=0 -sASSERTIONS=0
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=4194304 -sTOTAL_STACK=1048576
  -sEXPORTED_FUNCTIONS=_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=HEAPU8)
set_target_properties(folio_text_module PROPERTIES OUTPUT_NAME folio-text SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${FOLIO_OUTPUT_DIR}")
folio_warnings(folio_text_module)
