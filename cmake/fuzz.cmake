# libFuzzer targets (clang only), with AddressSanitizer and UndefinedBehaviorSanitizer: fuzz_parse (article and
# feed JSON), fuzz_import (plain-text and Markdown sources), fuzz_ninjs
# (.json sources: IPTC ninjs and WordPress posts), fuzz_paths (references met in bundles),
# fuzz_settings (the reader's settings, positions and window files), fuzz_find (Find, word boundaries and line
# breaking on any text), fuzz_thumbhash (ThumbHash's decoder, base64 and encoder), fuzz_photo (the tool's photo
# path, MakePhotoVariants, on any bytes) fuzz_html (the HTML-to-blocks converter), fuzz_xml
# (RSS, Atom and JSON Feed sources), fuzz_search_index (the search index's decoders and a session over hostile
# files) and fuzz_text_layout (any styled paragraph through Layout with the desktop's
# bidi, breaking and shaping and Noto's script faces). Configure a separate tree:
#   CC=clang CXX=clang++ cmake -S . -B build/cmake-fuzz -G Ninja -DFOLIO_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   cmake --build build/cmake-fuzz --target fuzz_parse fuzz_import fuzz_ninjs fuzz_paths fuzz_settings fuzz_find fuzz_thumbhash fuzz_photo fuzz_html fuzz_xml fuzz_search_index fuzz_text_layout
# Every target of that tree is compiled with the sanitizers (CMakeLists.txt adds the flags when FOLIO_FUZZ is on).
foreach(_fuzzer fuzz_parse fuzz_import fuzz_ninjs fuzz_paths fuzz_photo fuzz_html fuzz_xml)
  add_executable(${_fuzzer} tests/fuzz/${_fuzzer}.cpp)
  target_link_libraries(${_fuzzer} PRIVATE folio_bundle_core)
  target_link_options(${_fuzzer} PRIVATE -fsanitize=fuzzer,address,undefined)
  folio_warnings(${_fuzzer})
endforeach()
# The readers' files alone: the settings' and the window's readers and writers on the model's JSON reading (not the
# whole ui layer and ImGui, which would double this tree's build).
add_executable(fuzz_settings tests/fuzz/fuzz_settings.cpp src/ui/settings.cpp src/platform/native/window_geometry.cpp)
target_link_libraries(fuzz_settings PRIVATE folio_model)
target_include_directories(fuzz_settings SYSTEM PRIVATE "${FOLIO_RAPIDJSON_ONLY}")
target_link_options(fuzz_settings PRIVATE -fsanitize=fuzzer,address,undefined)
folio_warnings(fuzz_settings)
add_executable(fuzz_find tests/fuzz/fuzz_find.cpp)
target_link_libraries(fuzz_find PRIVATE folio_model folio_layout)
target_link_options(fuzz_find PRIVATE -fsanitize=fuzzer,address,undefined)
folio_warnings(fuzz_find)
add_executable(fuzz_thumbhash tests/fuzz/fuzz_thumbhash.cpp)
target_link_libraries(fuzz_thumbhash PRIVATE folio_model)
target_link_options(fuzz_thumbhash PRIVATE -fsanitize=fuzzer,address,undefined)
folio_warnings(fuzz_thumbhash)
add_executable(fuzz_search_index tests/fuzz/fuzz_search_index.cpp)
target_link_libraries(fuzz_search_index PRIVATE folio_search)
target_link_options(fuzz_search_index PRIVATE -fsanitize=fuzzer,address,undefined)
folio_warnings(fuzz_search_index)
add_executable(fuzz_text_layout tests/fuzz/fuzz_text_layout.cpp)
target_link_libraries(fuzz_text_layout PRIVATE folio_layout folio_native_text)
set(FOLIO_FUZZ_SCRIPT_FONTS_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "The script fonts (fonts-noto-core) fuzz_text_layout shapes with")
target_compile_definitions(fuzz_text_layout PRIVATE FOLIO_FUZZ_SCRIPT_FONTS_DIR="${FOLIO_FUZZ_SCRIPT_FONTS_DIR}")
target_link_options(fuzz_text_layout PRIVATE -fsanitize=fuzzer,address,undefined)
folio_warnings(fuzz_text_layout)
