# Data the programs read at run time, staged into ${FOLIO_OUTPUT_DIR}: the reading fonts (from Debian's
# fonts-noto-core, subset with fonttools to Latin, Greek and Cyrillic) and the sample bundle.
# Debian's python3 carries python3-fonttools; a python3 earlier on PATH (pyenv, venv) may not.
find_program(FOLIO_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(FOLIO_PYTHON NAMES python3 REQUIRED)
execute_process(COMMAND "${FOLIO_PYTHON}" -c "import fontTools.subset" RESULT_VARIABLE _fonttools_rc OUTPUT_QUIET ERROR_QUIET)
if(NOT _fonttools_rc EQUAL 0)
  message(FATAL_ERROR "fonttools not found for ${FOLIO_PYTHON}: install python3-fonttools (scripts/setup does).")
endif()
set(FOLIO_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Folder holding the Noto Serif and Noto Sans TTFs")
set(FOLIO_FONTS NotoSerif-Regular NotoSerif-Italic NotoSerif-Bold NotoSans-Regular NotoSans-Bold)
# Latin (with extensions and combining marks), Greek, Cyrillic, general punctuation, currency, letterlike, arrows.
set(FOLIO_FONT_UNICODES "U+0000-036F,U+0370-03FF,U+0400-052F,U+1E00-1FFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+FFFD")

set(_font_outputs)
foreach(_font IN LISTS FOLIO_FONTS)
  set(_src "${FOLIO_FONT_DIR}/${_font}.ttf")
  if(NOT EXISTS "${_src}")
    message(FATAL_ERROR "${_src} is missing: install fonts-noto-core (scripts/setup does).")
  endif()
  set(_dst "${FOLIO_OUTPUT_DIR}/fonts/${_font}.ttf")
  add_custom_command(OUTPUT "${_dst}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${FOLIO_OUTPUT_DIR}/fonts"
    COMMAND "${FOLIO_PYTHON}" -m fontTools.subset "${_src}" "--output-file=${_dst}" "--unicodes=${FOLIO_FONT_UNICODES}"
            --no-hinting --desubroutinize --layout-features= --name-IDs=0,1,2,3,4,5,6,13,14 --notdef-outline
    DEPENDS "${_src}" VERBATIM
    COMMENT "Subsetting ${_font}")
  list(APPEND _font_outputs "${_dst}")
endforeach()

file(GLOB_RECURSE _bundle_files CONFIGURE_DEPENDS RELATIVE "${PROJECT_SOURCE_DIR}/assets/bundle" "${PROJECT_SOURCE_DIR}/assets/bundle/*")
set(_bundle_outputs)
foreach(_f IN LISTS _bundle_files)
  set(_dst "${FOLIO_OUTPUT_DIR}/bundle/${_f}")
  add_custom_command(OUTPUT "${_dst}"
    COMMAND ${CMAKE_COMMAND} -E copy "${PROJECT_SOURCE_DIR}/assets/bundle/${_f}" "${_dst}"
    DEPENDS "${PROJECT_SOURCE_DIR}/assets/bundle/${_f}" VERBATIM)
  list(APPEND _bundle_outputs "${_dst}")
endforeach()
add_custom_target(folio_assets ALL DEPENDS ${_font_outputs} ${_bundle_outputs})
