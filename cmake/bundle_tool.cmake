# The bundle tool, native only: folio_bundle_core (importers, writers, builder, validator; links folio_model,
# md4c, libyaml, OpenSSL's libcrypto (SHA-256 names of media files), libvips (photo variants), libxml2 (XML and
# HTML sources), ICU (CLDR month names), libstemmer (the search index's stems), CLD2 (language detection), zlib and brotli (pre-compressed files), nothing
# of the UI)
# and the executable ${FOLIO_OUTPUT_DIR}/folio-bundle. Its JSON Schemas are compiled in from docs/schemas/
# (cmake/embed_schemas.cmake).
find_path(FOLIO_MD4C_INCLUDE md4c.h)
find_library(FOLIO_MD4C_LIB md4c)
find_path(FOLIO_YAML_INCLUDE yaml.h)
find_library(FOLIO_YAML_LIB yaml)
if(NOT FOLIO_MD4C_INCLUDE OR NOT FOLIO_MD4C_LIB)
  message(FATAL_ERROR "md4c not found: install libmd4c-dev (scripts/setup does)")
endif()
if(NOT FOLIO_YAML_INCLUDE OR NOT FOLIO_YAML_LIB)
  message(FATAL_ERROR "libyaml not found: install libyaml-dev (scripts/setup does)")
endif()
find_package(PkgConfig)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(FOLIO_VIPS IMPORTED_TARGET vips)
endif()
if(NOT FOLIO_VIPS_FOUND)
  message(FATAL_ERROR "libvips not found: install libvips-dev (scripts/setup does)")
endif()
pkg_check_modules(FOLIO_XML2 IMPORTED_TARGET libxml-2.0)
pkg_check_modules(FOLIO_ICU IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(FOLIO_COMPRESS IMPORTED_TARGET zlib libbrotlienc libbrotlidec)
find_path(FOLIO_CLD2_INCLUDE cld2/public/compact_lang_det.h)
find_library(FOLIO_CLD2_LIB cld2)
if(NOT FOLIO_XML2_FOUND)
  message(FATAL_ERROR "libxml2 not found: install libxml2-dev (scripts/setup does)")
endif()
if(NOT FOLIO_ICU_FOUND)
  message(FATAL_ERROR "ICU not found: install libicu-dev (scripts/setup does)")
endif()
if(NOT FOLIO_COMPRESS_FOUND)
  message(FATAL_ERROR "zlib or brotli not found: install zlib1g-dev and libbrotli-dev (scripts/setup does)")
endif()
if(NOT FOLIO_CLD2_INCLUDE OR NOT FOLIO_CLD2_LIB)
  message(FATAL_ERROR "CLD2 not found: install libcld2-dev (scripts/setup does)")
endif()
# Snowball's stemmers for the search index (Debian's libstemmer-dev ships no pkg-config file).
find_path(FOLIO_STEMMER_INCLUDE libstemmer.h)
find_library(FOLIO_STEMMER_LIB stemmer)
if(NOT FOLIO_STEMMER_INCLUDE OR NOT FOLIO_STEMMER_LIB)
  message(FATAL_ERROR "libstemmer not found: install libstemmer-dev (scripts/setup does)")
endif()
find_package(OpenSSL COMPONENTS Crypto)
if(NOT OPENSSL_FOUND)
  message(FATAL_ERROR "OpenSSL's libcrypto not found: install libssl-dev (scripts/setup does)")
endif()

file(GLOB FOLIO_SCHEMA_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/schemas/*.schema.json")
set(_schemas_cpp "${CMAKE_BINARY_DIR}/generated/bundle_schemas.cpp")
add_custom_command(OUTPUT "${_schemas_cpp}"
  COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${_schemas_cpp}" "-DINPUTS=${FOLIO_SCHEMA_FILES}" -P "${PROJECT_SOURCE_DIR}/cmake/embed_schemas.cmake"
  DEPENDS ${FOLIO_SCHEMA_FILES} "${PROJECT_SOURCE_DIR}/cmake/embed_schemas.cmake"
  COMMENT "Embedding the bundle schemas" VERBATIM)

add_library(folio_bundle_core STATIC
  src/cli/article_limits.cpp
  src/cli/build_index.cpp
  src/cli/bundle_build.cpp
  src/cli/bundle_layout.cpp
  src/cli/bundle_manifest.cpp
  src/cli/bundle_validate.cpp
  src/cli/cldr_dates.cpp
  src/cli/console.cpp
  src/cli/feed_dates.cpp
  src/cli/feed_entries.cpp
  src/cli/feed_pages.cpp
  src/cli/feed_prerender.cpp
  src/cli/file_io.cpp
  src/cli/front_matter.cpp
  src/cli/html_assembly.cpp
  src/cli/html_blocks.cpp
  src/cli/html_elements.cpp
  src/cli/html_guard.cpp
  src/cli/html_inline.cpp
  src/cli/html_page_import.cpp
  src/cli/html_page_meta.cpp
  src/cli/html_page_read.cpp
  src/cli/html_snapshot.cpp
  src/cli/importer.cpp
  src/cli/item_refs.cpp
  src/cli/json_feed_import.cpp
  src/cli/language_detect.cpp
  src/cli/first_strong.cpp
  src/cli/text_scripts.cpp
  src/cli/markdown_body.cpp
  src/cli/markdown_import.cpp
  src/cli/media.cpp
  src/cli/media_cache.cpp
  src/cli/ninjs_import.cpp
  src/cli/oembed.cpp
  src/cli/photo.cpp
  src/cli/photo_place.cpp
  src/cli/precompress.cpp
  src/cli/progress.cpp
  src/cli/rss_atom_import.cpp
  src/cli/quote_words.cpp
  src/cli/schema_check.cpp
  src/cli/search_command.cpp
  src/cli/search_index.cpp
  src/cli/search_validate.cpp
  src/cli/search_stemmer.cpp
  src/cli/source_kind.cpp
  src/cli/source_text.cpp
  src/cli/text_import.cpp
  src/cli/unicode_text.cpp
  src/cli/wire_dateline.cpp
  src/cli/wire_photos.cpp
  src/cli/wire_quotes.cpp
  src/cli/wordpress_import.cpp
  "${_schemas_cpp}")
target_link_libraries(folio_bundle_core PUBLIC folio_model folio_search folio_search_writer folio_search_icu ${FOLIO_MD4C_LIB} ${FOLIO_YAML_LIB} OpenSSL::Crypto)
# libstemmer stays inside search_stemmer.cpp.
target_link_libraries(folio_bundle_core PRIVATE ${FOLIO_STEMMER_LIB})
target_include_directories(folio_bundle_core SYSTEM PRIVATE "${FOLIO_STEMMER_INCLUDE}")
# libvips' headers stay inside photo.cpp (and the tests that make images with it); nothing else sees glib.
target_link_libraries(folio_bundle_core PRIVATE PkgConfig::FOLIO_VIPS)
# libxml2, ICU, CLD2, zlib and brotli stay inside the importers and writers that use them.
target_link_libraries(folio_bundle_core PRIVATE PkgConfig::FOLIO_XML2 PkgConfig::FOLIO_ICU PkgConfig::FOLIO_COMPRESS ${FOLIO_CLD2_LIB})
target_include_directories(folio_bundle_core SYSTEM PRIVATE "${FOLIO_CLD2_INCLUDE}")
target_include_directories(folio_bundle_core SYSTEM PUBLIC "${FOLIO_RAPIDJSON_ONLY}" "${FOLIO_MD4C_INCLUDE}" "${FOLIO_YAML_INCLUDE}")
target_compile_definitions(folio_bundle_core PUBLIC RAPIDJSON_HAS_STDSTRING=1)
folio_warnings(folio_bundle_core)

add_executable(folio_bundle src/cli/main.cpp)
target_link_libraries(folio_bundle PRIVATE folio_bundle_core)
set_target_properties(folio_bundle PROPERTIES OUTPUT_NAME folio-bundle RUNTIME_OUTPUT_DIRECTORY "${FOLIO_OUTPUT_DIR}")
folio_warnings(folio_bundle)

# Benchmarks (bench/): run by hand, never by the tests.
add_executable(folio_bench_parse bench/parse_throughput.cpp)
target_link_libraries(folio_bench_parse PRIVATE folio_bundle_core)
folio_warnings(folio_bench_parse)
add_executable(folio_bench_import bench/import_throughput.cpp)
target_link_libraries(folio_bench_import PRIVATE folio_bundle_core)
folio_warnings(folio_bench_import)
add_executable(folio_bench_photos bench/photo_variants.cpp)
target_link_libraries(folio_bench_photos PRIVATE folio_bundle_core PkgConfig::FOLIO_VIPS)
folio_warnings(folio_bench_photos)
