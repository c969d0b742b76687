# Toolchain file for the web build: finds Emscripten (an emsdk install through $EMSDK, else Debian's package),
# loads its own toolchain file, and holds every web-only setting. Use: cmake -DCMAKE_TOOLCHAIN_FILE=emscripten.cmake
set(_folio_em_candidates)
if(DEFINED ENV{EMSDK})
  list(APPEND _folio_em_candidates "$ENV{EMSDK}/upstream/emscripten")
endif()
if(DEFINED ENV{EMSCRIPTEN_ROOT})
  list(APPEND _folio_em_candidates "$ENV{EMSCRIPTEN_ROOT}")
endif()
list(APPEND _folio_em_candidates /usr/share/emscripten /usr/lib/emscripten)
set(FOLIO_EMSCRIPTEN_ROOT "")
foreach(_dir IN LISTS _folio_em_candidates)
  if(EXISTS "${_dir}/cmake/Modules/Platform/Emscripten.cmake")
    set(FOLIO_EMSCRIPTEN_ROOT "${_dir}")
    break()
  endif()
endforeach()
if(NOT FOLIO_EMSCRIPTEN_ROOT)
  message(FATAL_ERROR "Emscripten not found: install Debian's 'emscripten' (scripts/setup does) or set EMSDK to an emsdk install.")
endif()
# Debian's emcc runs its JS tools with the system Node, which finds acorn only through NODE_PATH.
if(EXISTS /usr/share/nodejs/acorn AND NOT DEFINED ENV{EMSDK})
  set(ENV{NODE_PATH} "/usr/share/nodejs")
endif()
include("${FOLIO_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")

# ---- web-only settings, read by cmake/platform_web.cmake and cmake/tests.cmake --------------------------------
# Compile flags for everything in the web build: size first.
set(FOLIO_WEB_COMPILE_FLAGS -Oz -flto -fno-exceptions -fno-rtti)
# The viewer: a modular factory in an ES module (no global Module, no global at all: the page imports it), WebGL 2,
# no file system, no assertions, and no eval or new Function (it runs under a strict Content-Security-Policy).
# Size: the factory reads only the Module properties web/embed/instance.js passes (INCOMING_MODULE_JS_API); strings
# are decoded by the browser's TextDecoder alone (every WebGL 2 browser has it); WebGL errors are the context's own
# (no JS-side error tracking) and no extension is enabled behind the renderer's back (it uses none: WebGL 2 core);
# wasm-opt runs its -Oz passes until they stop shrinking the module (--converge). The allocator is emmalloc, not
# dlmalloc: 7.7 KB smaller raw (3 KB gzip); the viewer allocates when it lays out an article, never in an idle frame.
set(FOLIO_WEB_LINK_FLAGS
  -Oz -flto -fno-exceptions -fno-rtti
  -sENVIRONMENT=web
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createFolioModule -sDYNAMIC_EXECUTION=0
  -sFILESYSTEM=0 -sASSERTIONS=0
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  "-sINCOMING_MODULE_JS_API=[canvas,locateFile,instantiateWasm]"
  -sTEXTDECODER=2
  -sGL_TRACK_ERRORS=0 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0
  -sBINARYEN_EXTRA_PASSES=--converge
  -sMALLOC=emmalloc
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString)
# Unit tests compiled to wasm run under node. Synchronous instantiation: Emscripten 3.1.6 otherwise fetch()es the
# .wasm by its file path, which Node 18+ refuses ("Failed to parse URL").
set(FOLIO_WASM_TEST_LINK_FLAGS -O1 -sENVIRONMENT=node -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1 -sNODERAWFS=1
  -sWASM_ASYNC_COMPILATION=0)
