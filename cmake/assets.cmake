# Data the programs read at run time, staged into ${FOLIO_OUTPUT_DIR}: the reading fonts (from Debian's
# fonts-noto-core; the monospace face for code from fonts-noto-mono), subset with fonttools to Latin, Greek and
# Cyrillic, keeping only the tables ImGui's rasteriser reads plus the copyright and licence names), fallback slices,
# shaped script faces (Arabic, Hebrew, Indic and Southeast Asian scripts, layout tables kept), and the sample bundle, built by
# folio-bundle; then a check that a face draws every character the sample bundle uses (scripts/font-coverage).
# Debian's python3 carries python3-fonttools; a python3 earlier on PATH (pyenv, venv) may not.
find_program(FOLIO_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(FOLIO_PYTHON NAMES python3 REQUIRED)
execute_process(COMMAND "${FOLIO_PYTHON}" -c "import fontTools.subset" RESULT_VARIABLE _fonttools_rc OUTPUT_QUIET ERROR_QUIET)
if(NOT _fonttools_rc EQUAL 0)
  message(FATAL_ERROR "fonttools not found for ${FOLIO_PYTHON}: install python3-fonttools (scripts/setup does).")
endif()
set(FOLIO_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Folder holding the Noto Serif and Noto Sans TTFs")
set(FOLIO_FONTS NotoSerif-Regular NotoSerif-Italic NotoSerif-Bold NotoSerif-BoldItalic
                NotoSans-Regular NotoSans-Italic NotoSans-Bold NotoSans-BoldItalic)
# What a first view needs, small: Latin-1 and Latin Extended-A (plus Romanian comma letters), modern Greek,
# Russian/Ukrainian/Belarusian/Serbian/Bulgarian Cyrillic, punctuation, a few currency and letterlike signs.
# Rarer letters (Vietnamese, polytonic Greek, IPA), arrows, mathematical signs (the minus) and other symbols, which
# Noto Serif and Sans lack, are left to the fallback faces below.
set(FOLIO_FONT_UNICODES "U+0000-017F,U+0218-021B,U+02C6-02DD,U+0300-0301,U+0370-03FF,U+0400-045F,U+0490-0491,U+2000-206F,U+20AC,U+20BD,U+2116,U+2122,U+FFFD")

# fontTools.subset's options for every face: only the tables ImGui's rasteriser reads, plus the copyright and
# licence names.
set(FOLIO_SUBSET_OPTIONS --no-hinting --layout-features= --no-glyph-names --notdef-outline
    --name-IDs=0,1,2,3,4,5,6,13,14 --drop-tables+=GDEF,GPOS,GSUB,kern,DSIG,hdmx,LTSH,VDMX)

set(_font_outputs)

# One face subset with fontTools into ${FOLIO_OUTPUT_DIR}/fonts/<file>: the characters `unicodes` of `src`, with the
# subset options after them; the output joins _font_outputs (the fonts target's list).
function(folio_subset_font src file unicodes comment)
  set(_out "${FOLIO_OUTPUT_DIR}/fonts/${file}")
  add_custom_command(OUTPUT "${_out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${FOLIO_OUTPUT_DIR}/fonts"
    COMMAND "${FOLIO_PYTHON}" -m fontTools.subset "${src}" "--output-file=${_out}" "--unicodes=${unicodes}" ${ARGN}
    DEPENDS "${src}" "${CMAKE_CURRENT_FUNCTION_LIST_FILE}" VERBATIM
    COMMENT "${comment}")
  set(_font_outputs ${_font_outputs} "${_out}" PARENT_SCOPE)
endfunction()
foreach(_font IN LISTS FOLIO_FONTS)
  set(_src "${FOLIO_FONT_DIR}/${_font}.ttf")
  if(NOT EXISTS "${_src}")
    message(FATAL_ERROR "${_src} is missing: install fonts-noto-core (scripts/setup does).")
  endif()
  folio_subset_font("${_src}" "${_font}.ttf" "${FOLIO_FONT_UNICODES}" "Subsetting ${_font}" ${FOLIO_SUBSET_OPTIONS} --desubroutinize)
endforeach()

# The monospace face for code (Noto Sans Mono, Debian's fonts-noto-mono), with the same characters as the reading
# faces: the viewers fetch it only when an article has code, so a first view without code never does.
set(FOLIO_MONO_FONT "/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf" CACHE FILEPATH "Monospace face for code")
if(NOT EXISTS "${FOLIO_MONO_FONT}")
  message(FATAL_ERROR "${FOLIO_MONO_FONT} is missing: install fonts-noto-mono (scripts/setup does).")
endif()
folio_subset_font("${FOLIO_MONO_FONT}" "NotoSansMono-Regular.ttf" "${FOLIO_FONT_UNICODES}" "Subsetting NotoSansMono-Regular"
                  ${FOLIO_SUBSET_OPTIONS} --desubroutinize)

# Fallback faces, cut into slices by Unicode range so an article fetches only the slices its characters fall
# in; fonts/fallback.json lists each slice's file and ranges. Chinese and Japanese come from Debian's Droid Sans
# Fallback, Korean from Nanum Gothic, the rarer Latin letters (Vietnamese, IPA) from Noto Serif itself, arrows and
# mathematical signs from Noto Sans Math, other symbols from Noto Sans Symbols and Symbols 2 (all in
# fonts-noto-core). A slice's ranges may hold characters its font lacks: the viewer asks the face itself.
set(FOLIO_FALLBACK_FONT "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf" CACHE FILEPATH "CJK fallback font")
set(FOLIO_HANGUL_FONT "/usr/share/fonts/truetype/nanum/NanumGothic.ttf" CACHE FILEPATH "Korean fallback font")
set(FOLIO_MATH_FONT "${FOLIO_FONT_DIR}/NotoSansMath-Regular.ttf")
set(FOLIO_SYMBOLS_FONT "${FOLIO_FONT_DIR}/NotoSansSymbols-Regular.ttf")
set(FOLIO_SYMBOLS2_FONT "${FOLIO_FONT_DIR}/NotoSansSymbols2-Regular.ttf")
foreach(_f "${FOLIO_FALLBACK_FONT}|fonts-droid-fallback" "${FOLIO_HANGUL_FONT}|fonts-nanum" "${FOLIO_MATH_FONT}|fonts-noto-core"
           "${FOLIO_SYMBOLS_FONT}|fonts-noto-core" "${FOLIO_SYMBOLS2_FONT}|fonts-noto-core")
  string(REPLACE "|" ";" _f "${_f}")
  list(GET _f 0 _path)
  list(GET _f 1 _package)
  if(NOT EXISTS "${_path}")
    message(FATAL_ERROR "${_path} is missing: install ${_package} (scripts/setup does).")
  endif()
endforeach()
# name|first-last[,first-last...] in hexadecimal[|font file; default: FOLIO_FALLBACK_FONT]
set(FOLIO_FALLBACK_SLICES
  "cjk-punct-kana|3000-30FF,3190-31FF,FF00-FFEF"
  "cjk-ext-a|3400-4DBF"
  "cjk-1|4E00-5BFF"
  "cjk-2|5C00-69FF"
  "cjk-3|6A00-77FF"
  "cjk-4|7800-85FF"
  "cjk-5|8600-93FF"
  "cjk-6|9400-9FFF,F900-FAFF"
  "hangul-jamo|1100-11FF,3130-318F|${FOLIO_HANGUL_FONT}"
  "hangul-1|AC00-B7FF|${FOLIO_HANGUL_FONT}"
  "hangul-2|B800-C3FF|${FOLIO_HANGUL_FONT}"
  "hangul-3|C400-D7AF|${FOLIO_HANGUL_FONT}"
  "latin-ext|0180-024F,0250-02AF,1E00-1EFF|${FOLIO_FONT_DIR}/NotoSerif-Regular.ttf"
  "arrows-math|2190-21FF,2200-22FF|${FOLIO_MATH_FONT}"
  "math-more|27C0-27EF,27F0-27FF,2900-297F,2980-29FF,2A00-2AFF|${FOLIO_MATH_FONT}"
  "symbols|2150-218F,2300-23FF,2460-24FF,2600-26FF|${FOLIO_SYMBOLS_FONT}"
  "symbols-2|25A0-25FF,2700-27BF,2B00-2BFF|${FOLIO_SYMBOLS2_FONT}")
set(_manifest "{\"faces\":[]}")
set(_slice_index 0)
foreach(_slice IN LISTS FOLIO_FALLBACK_SLICES)
  string(REPLACE "|" ";" _parts "${_slice}")
  list(GET _parts 0 _name)
  list(GET _parts 1 _ranges)
  string(REPLACE "," ";" _ranges "${_ranges}")
  set(_slice_font "${FOLIO_FALLBACK_FONT}")
  list(LENGTH _parts _part_count)
  if(_part_count GREATER 2)
    list(GET _parts 2 _slice_font)
  endif()
  set(_unicodes "")
  set(_json_ranges "[]")
  set(_range_index 0)
  foreach(_r IN LISTS _ranges)
    string(REPLACE "-" ";" _ends "${_r}")
    list(GET _ends 0 _lo)
    list(GET _ends 1 _hi)
    list(APPEND _unicodes "U+${_lo}-${_hi}")
    math(EXPR _lo_dec "0x${_lo}")
    math(EXPR _hi_dec "0x${_hi}")
    string(JSON _json_ranges SET "${_json_ranges}" ${_range_index} "[${_lo_dec},${_hi_dec}]")
    math(EXPR _range_index "${_range_index} + 1")
  endforeach()
  list(JOIN _unicodes "," _unicodes)
  set(_file "fallback-${_name}.ttf")
  string(JSON _manifest SET "${_manifest}" faces ${_slice_index} "{\"file\":\"${_file}\",\"ranges\":${_json_ranges}}")
  math(EXPR _slice_index "${_slice_index} + 1")
  folio_subset_font("${_slice_font}" "${_file}" "${_unicodes}" "Cutting the fallback slice ${_name}" ${FOLIO_SUBSET_OPTIONS})
endforeach()
# Shaped faces: one per script that needs HarfBuzz (joining, marks, reordering), a Regular and a Bold from
# fonts-noto-core, subset to the script's characters KEEPING their layout tables (GSUB, GPOS, GDEF, every feature):
# the viewer draws them by glyph index after shaping, never one glyph per code point. Each is an entry of
# fonts/fallback.json's "faces", beside the slices above, in this shape (G's FaceSet reads it):
#   {"file": "script-arab.ttf",            the Regular face, a plain name in the fonts folder
#    "ranges": [[1536, 1791], ...],        code points (decimal, inclusive) this face is resolved for
#    "shaped": true,                       drawn by glyph index after shaping; absent or false for a slice
#    "script": "Arab",                     the ISO 15924 code: an article's "scripts" names the faces it needs
#    "bold": "script-arab-bold.ttf"}       the Bold face (optional: absent, Bold text uses the Regular)
# Besides its ranges a face's file carries a few characters a shaped run may hold (space, no-break space, ZWNJ/ZWJ,
# LRM/RLM, hyphen, the dotted circle HarfBuzz shows a stray mark on, the dandas Indic scripts share); the face is
# resolved by its ranges only. Persian and Urdu are drawn by the Arabic face (Noto Naskh Arabic); the new shekel
# and rupee signs, which the reading faces' subset leaves out, by the Hebrew and Devanagari faces.
# script|ISO 15924|ranges|Noto family (its -Regular.ttf and -Bold.ttf)
set(FOLIO_SHAPED_FACES
  "arab|Arab|0600-06FF,0750-077F,0870-089F,08A0-08FF,FB50-FDFF,FE70-FEFF|NotoNaskhArabic"
  "hebr|Hebr|0590-05FF,FB1D-FB4F,20AA-20AA|NotoSansHebrew"
  "deva|Deva|0900-097F,A8E0-A8FF,1CD0-1CFF,20B9-20B9|NotoSansDevanagari"
  "beng|Beng|0980-09FF|NotoSansBengali"
  "taml|Taml|0B80-0BFF|NotoSansTamil"
  "thai|Thai|0E00-0E7F|NotoSansThai"
  "laoo|Laoo|0E80-0EFF|NotoSansLao"
  "khmr|Khmr|1780-17FF,19E0-19FF|NotoSansKhmer"
  "mymr|Mymr|1000-109F,A9E0-A9FF,AA60-AA7F|NotoSansMyanmar")
set(FOLIO_SHAPED_EXTRAS "U+0020,U+00A0,U+0964-0965,U+200C-200F,U+2010-2011,U+25CC")
set(FOLIO_SHAPED_SUBSET_OPTIONS --no-hinting "--layout-features=*" --no-glyph-names --notdef-outline
    --name-IDs=0,1,2,3,4,5,6,13,14 --drop-tables+=DSIG,hdmx,LTSH,VDMX)
foreach(_face IN LISTS FOLIO_SHAPED_FACES)
  string(REPLACE "|" ";" _parts "${_face}")
  list(GET _parts 0 _name)
  list(GET _parts 1 _script)
  list(GET _parts 2 _ranges)
  list(GET _parts 3 _family)
  string(REPLACE "," ";" _ranges "${_ranges}")
  set(_unicodes "${FOLIO_SHAPED_EXTRAS}")
  set(_json_ranges "[]")
  set(_range_index 0)
  foreach(_r IN LISTS _ranges)
    string(REPLACE "-" ";" _ends "${_r}")
    list(GET _ends 0 _lo)
    list(GET _ends 1 _hi)
    string(APPEND _unicodes ",U+${_lo}-${_hi}")
    math(EXPR _lo_dec "0x${_lo}")
    math(EXPR _hi_dec "0x${_hi}")
    string(JSON _json_ranges SET "${_json_ranges}" ${_range_index} "[${_lo_dec},${_hi_dec}]")
    math(EXPR _range_index "${_range_index} + 1")
  endforeach()
  set(_entry "{\"file\":\"script-${_name}.ttf\",\"ranges\":${_json_ranges},\"shaped\":true,\"script\":\"${_script}\",\"bold\":\"script-${_name}-bold.ttf\"}")
  string(JSON _manifest SET "${_manifest}" faces ${_slice_index} "${_entry}")
  math(EXPR _slice_index "${_slice_index} + 1")
  foreach(_weight Regular Bold)
    set(_src "${FOLIO_FONT_DIR}/${_family}-${_weight}.ttf")
    if(NOT EXISTS "${_src}")
      message(FATAL_ERROR "${_src} is missing: install fonts-noto-core (scripts/setup does).")
    endif()
    if(_weight STREQUAL "Bold")
      set(_file "script-${_name}-bold.ttf")
    else()
      set(_file "script-${_name}.ttf")
    endif()
    folio_subset_font("${_src}" "${_file}" "${_unicodes}" "Subsetting the shaped face ${_family}-${_weight}"
                      ${FOLIO_SHAPED_SUBSET_OPTIONS})
  endforeach()
endforeach()
file(CONFIGURE OUTPUT "${CMAKE_BINARY_DIR}/fallback.json" CONTENT "${_manifest}\n")
add_custom_command(OUTPUT "${FOLIO_OUTPUT_DIR}/fonts/fallback.json"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_BINARY_DIR}/fallback.json" "${FOLIO_OUTPUT_DIR}/fonts/fallback.json"
  DEPENDS "${CMAKE_BINARY_DIR}/fallback.json" VERBATIM)
list(APPEND _font_outputs "${FOLIO_OUTPUT_DIR}/fonts/fallback.json")

# The sample bundle: folio-bundle builds assets/sources (staged with its photographs, below) into
# ${FOLIO_OUTPUT_DIR}/bundle and validates it. The web
# build (Emscripten) runs a native folio-bundle given as -DFOLIO_BUNDLE_TOOL (scripts/build passes it).
# No --language: each article's is its source's or detected (the sample is in English, Russian, Arabic, Hebrew, Hindi and Thai), and the feed
# names none. --today fixes the day from which a source's missing year is inferred, so the bytes never depend on the build day.
# --force: the folder is this build tree's own output, so one made by a folio-bundle from before manifests is built
# into rather than refused (nothing the build did not write is removed; from then on its manifest says what is).
# The web build's site is ${FOLIO_OUTPUT_DIR} with the bundle in bundle/: --viewer .. makes each snapshot its
# article's address in the viewer beside it (docs/hosting.md, "Real article addresses"); natively they stay plain.
if(EMSCRIPTEN)
  set(FOLIO_BUNDLE_TOOL "" CACHE FILEPATH "A native folio-bundle, to build the sample bundle")
  if(NOT FOLIO_BUNDLE_TOOL OR NOT EXISTS "${FOLIO_BUNDLE_TOOL}")
    message(FATAL_ERROR "The web build needs a native folio-bundle to build the sample bundle: build it first "
                        "(scripts/build does: scripts/build --native) and pass -DFOLIO_BUNDLE_TOOL=/path/to/folio-bundle "
                        "(now: \"${FOLIO_BUNDLE_TOOL}\").")
  endif()
  set(_bundle_tool "${FOLIO_BUNDLE_TOOL}")
  set(_bundle_tool_dep "${FOLIO_BUNDLE_TOOL}")
  set(_viewer_option --viewer ..)
else()
  set(_bundle_tool "$<TARGET_FILE:folio_bundle>")
  set(_bundle_tool_dep folio_bundle)
  set(_viewer_option)
endif()
# The sources are staged first (scripts/stage-sample): assets/sources plus the photographs assets/sample-photos.tsv
# lists, copied from the Debian package that installs each (never committed).
file(GLOB_RECURSE _sample_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/sources/*")
set(_staged "${CMAKE_BINARY_DIR}/sample-sources")
set(FOLIO_SAMPLE_BUNDLE "${FOLIO_OUTPUT_DIR}/bundle")
add_custom_command(OUTPUT "${FOLIO_SAMPLE_BUNDLE}/feed.json"
  COMMAND "${PROJECT_SOURCE_DIR}/scripts/stage-sample" "${_staged}"
  COMMAND "${_bundle_tool}" build "${_staged}" -o "${FOLIO_SAMPLE_BUNDLE}" --quiet
          --title "Folio sample bundle" --description "Wire stories and Folio's own documentation"
          --today 2026-01-01 --force ${_viewer_option}
  COMMAND "${_bundle_tool}" validate "${FOLIO_SAMPLE_BUNDLE}"
  COMMAND ${CMAKE_COMMAND} -E touch "${FOLIO_SAMPLE_BUNDLE}/feed.json"
  DEPENDS ${_sample_sources} "${PROJECT_SOURCE_DIR}/assets/sample-photos.tsv" "${PROJECT_SOURCE_DIR}/scripts/stage-sample"
          ${_bundle_tool_dep}
  COMMENT "Staging, building and validating the sample bundle with folio-bundle" VERBATIM)
add_custom_target(folio_sample_bundle DEPENDS "${FOLIO_SAMPLE_BUNDLE}/feed.json")

# Every character the sample bundle's articles and feed pages use is drawn by a face: scripts/font-coverage reads
# the faces just made (and fallback.json) with fonttools and prints "warning: U+XXXX 'c' used in <file> is in no
# face" for each one none has (the viewer would show U+FFFD). A warning, not a failure: the build still stands.
set(_coverage_stamp "${CMAKE_BINARY_DIR}/font-coverage.stamp")
add_custom_command(OUTPUT "${_coverage_stamp}"
  COMMAND "${FOLIO_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/font-coverage" "${FOLIO_OUTPUT_DIR}/fonts" "${FOLIO_SAMPLE_BUNDLE}"
  COMMAND ${CMAKE_COMMAND} -E touch "${_coverage_stamp}"
  DEPENDS ${_font_outputs} "${FOLIO_SAMPLE_BUNDLE}/feed.json" "${PROJECT_SOURCE_DIR}/scripts/font-coverage"
  COMMENT "Checking that a face draws every character of the sample bundle" VERBATIM)
add_custom_target(folio_assets ALL DEPENDS ${_font_outputs} "${_coverage_stamp}")
add_dependencies(folio_assets folio_sample_bundle)
