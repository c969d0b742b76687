# The web's search module (web only): folio-search.js + folio-search.wasm, loaded by web/embed/runtime.js on a
# viewer's first search and shared by every viewer on the page. It holds the search engine (src/search/: the
# session, the query, the index's decoders) behind the C API of src/platform/web/search_module/search_module.cpp,
# so the viewer's own folio.wasm carries none of it and a reader who never searches fetches none of it.
include_guard(GLOBAL)

add_executable(folio_search_module src/platform/web/search_module/search_module.cpp)
target_include_directories(folio_search_module PRIVATE src)
target_link_libraries(folio_search_module PRIVATE folio_search)
target_compile_options(folio_search_module PRIVATE ${FOLIO_WEB_COMPILE_FLAGS})
# Its own factory (createFolioSearchModule), as folio.js: an ES module, no eval, no file system. The page's fold
# (Module.folioFold) is handed in when it is made (web/embed/search-module.js).
target_link_options(folio_search_module PRIVATE
  -Oz -flto -fno-exceptions -fno-rtti
  -sENVIRONMENT=web
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createFolioSearchModule -sDYNAMIC_EXECUTION=0
  -sFILESYSTEM=0 -sASSERTIONS=0
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16777216 -sTOTAL_STACK=1048576
  -sEXPORTED_FUNCTIONS=_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=HEAPU8)
set_target_properties(folio_search_module PROPERTIES OUTPUT_NAME folio-search SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${FOLIO_OUTPUT_DIR}")
folio_warnings(folio_search_module)
