# The text libraries Folio compiles from source, the same natively and with Emscripten:
#   folio_fribidi   GNU FriBidi 1.0.16 (UAX #9 bidi; LGPL, so the web links it only into its text module)
#   folio_unibreak  libunibreak 6.1 (UAX #14 line breaking, Unicode 15.0 data)
# Sources come from -DFOLIO_FRIBIDI_DIR / -DFOLIO_UNIBREAK_DIR (a user's own checkout or extracted tarball), or
# else from Debian's source packages fetched by scripts/fetch-source (pinned in scripts/deps.env). Both are static,
# position independent, built with their own warnings off (third-party code), and include-guarded so that
# several parts of the build may include this file.
include_guard(GLOBAL)

function(folio_fetch_source name var what)
  set(${var} "" CACHE PATH "${what}; empty: fetch Debian's source package")
  if(NOT ${var})
    execute_process(
      COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-source" ${name}
      OUTPUT_VARIABLE _dir OUTPUT_STRIP_TRAILING_WHITESPACE
      RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "${what}: sources could not be fetched (see above). Pass -D${var}=<checkout>.")
    endif()
    set(${var} "${_dir}" CACHE PATH "${what}; empty: fetch Debian's source package" FORCE)
  endif()
endfunction()

# GNU FriBidi: lib/ ships the generated .tab.i tables and fribidi-unicode-version.h; only fribidi-config.h is
# configured here (meson.build's values).
folio_fetch_source(fribidi FOLIO_FRIBIDI_DIR "A GNU FriBidi 1.0.x checkout")
if(NOT EXISTS "${FOLIO_FRIBIDI_DIR}/lib/fribidi-bidi.c" OR NOT EXISTS "${FOLIO_FRIBIDI_DIR}/lib/bidi-type.tab.i")
  message(FATAL_ERROR "FOLIO_FRIBIDI_DIR=${FOLIO_FRIBIDI_DIR} does not hold FriBidi with its generated tables (lib/fribidi-bidi.c, lib/bidi-type.tab.i).")
endif()
file(STRINGS "${FOLIO_FRIBIDI_DIR}/meson.build" _fribidi_version_line REGEX "version *: *'[0-9]+\\.[0-9]+\\.[0-9]+'" LIMIT_COUNT 1)
string(REGEX MATCH "([0-9]+)\\.([0-9]+)\\.([0-9]+)" FRIBIDI_VERSION "${_fribidi_version_line}")
if(NOT FRIBIDI_VERSION)
  message(FATAL_ERROR "FOLIO_FRIBIDI_DIR=${FOLIO_FRIBIDI_DIR}: no version in meson.build.")
endif()
set(FRIBIDI_MAJOR_VERSION ${CMAKE_MATCH_1})
set(FRIBIDI_MINOR_VERSION ${CMAKE_MATCH_2})
set(FRIBIDI_MICRO_VERSION ${CMAKE_MATCH_3})
if(NOT FRIBIDI_MAJOR_VERSION EQUAL 1)
  message(FATAL_ERROR "Folio needs FriBidi 1.0.x; ${FOLIO_FRIBIDI_DIR} is ${FRIBIDI_VERSION}.")
endif()
set(PACKAGE fribidi)
set(PACKAGE_NAME "GNU FriBidi")
set(PACKAGE_BUGREPORT "")
set(FRIBIDI_INTERFACE_VERSION 4)
set(SIZEOF_INT 4)
set(FRIBIDI_MSVC_BUILD_PLACEHOLDER "#undef FRIBIDI_BUILT_WITH_MSVC")
set(configure_input "fribidi-config.h for Folio by cmake/text_libs.cmake")
set(_fribidi_generated "${CMAKE_BINARY_DIR}/text_libs/fribidi")
configure_file("${FOLIO_FRIBIDI_DIR}/lib/fribidi-config.h.in" "${_fribidi_generated}/fribidi-config.h" @ONLY)
message(STATUS "FriBidi ${FRIBIDI_VERSION} from ${FOLIO_FRIBIDI_DIR}")

set(_fribidi_sources fribidi.c fribidi-arabic.c fribidi-bidi.c fribidi-bidi-types.c fribidi-brackets.c
  fribidi-joining.c fribidi-joining-types.c fribidi-mirroring.c fribidi-run.c fribidi-shape.c)
list(TRANSFORM _fribidi_sources PREPEND "${FOLIO_FRIBIDI_DIR}/lib/")
add_library(folio_fribidi STATIC ${_fribidi_sources})
# The public headers live in lib/ beside the sources; users include <fribidi.h>.
target_include_directories(folio_fribidi SYSTEM PUBLIC "${FOLIO_FRIBIDI_DIR}/lib" "${_fribidi_generated}")
target_compile_definitions(folio_fribidi PUBLIC FRIBIDI_LIB_STATIC FRIBIDI_NO_DEPRECATED
  PRIVATE HAVE_STDLIB_H=1 HAVE_STRING_H=1 HAVE_STRINGIZE=1)
set_target_properties(folio_fribidi PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
target_compile_options(folio_fribidi PRIVATE -w)

# libunibreak: its sources are plain C with the data tables committed upstream (linebreakdata.c etc.).
folio_fetch_source(unibreak FOLIO_UNIBREAK_DIR "A libunibreak 6.x checkout")
if(NOT EXISTS "${FOLIO_UNIBREAK_DIR}/src/linebreak.c" OR NOT EXISTS "${FOLIO_UNIBREAK_DIR}/src/linebreakdata.c")
  message(FATAL_ERROR "FOLIO_UNIBREAK_DIR=${FOLIO_UNIBREAK_DIR} does not hold libunibreak (src/linebreak.c, src/linebreakdata.c).")
endif()
file(STRINGS "${FOLIO_UNIBREAK_DIR}/src/unibreakbase.h" _unibreak_version_line REGEX "^#define UNIBREAK_VERSION ")
string(REGEX MATCH "0x[0-9a-fA-F]+" _unibreak_version "${_unibreak_version_line}")
message(STATUS "libunibreak ${_unibreak_version} from ${FOLIO_UNIBREAK_DIR}")
set(_unibreak_sources unibreakbase.c unibreakdef.c linebreak.c linebreakdata.c linebreakdef.c eastasianwidthdef.c
  emojidef.c graphemebreak.c wordbreak.c)
list(TRANSFORM _unibreak_sources PREPEND "${FOLIO_UNIBREAK_DIR}/src/")
add_library(folio_unibreak STATIC ${_unibreak_sources})
target_include_directories(folio_unibreak SYSTEM PUBLIC "${FOLIO_UNIBREAK_DIR}/src")
set_target_properties(folio_unibreak PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
target_compile_options(folio_unibreak PRIVATE -w)

if(EMSCRIPTEN)
  foreach(_lib folio_fribidi folio_unibreak)
    target_compile_options(${_lib} PRIVATE ${FOLIO_WEB_COMPILE_FLAGS})
  endforeach()
endif()
