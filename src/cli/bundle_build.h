// `folio-bundle build`: every source under SRC_DIR to a complete static bundle in OUT_DIR (feed pages,
// article files, oEmbed files, HTML snapshots, photos as media/HASH.EXT, and folio-manifest.json, the list of
// what it wrote). Deterministic bytes; files whose bytes did not change are not rewritten; files an earlier build
// wrote (its manifest lists them) and this one does not are removed, and nothing else ever is. The build streams:
// it reads the sources twice (first to check everything, then to write) and keeps only a compact index entry per
// article between them (build_index.h), so its memory does not grow with the articles' size; `jobs` threads
// import and write at once, and the bytes written, the warnings and the errors are the same whatever their number.
#pragma once
#include "cli/bundle_layout.h"
#include "cli/bundle_manifest.h"
#include "cli/importer.h"
#include "search/index_writer.h"

#include <functional>
#include <string>
#include <vector>

namespace folio::cli {

struct BuildSummary {
    size_t Articles = 0, Pages = 0, Written = 0, Unchanged = 0, Removed = 0; // files, the manifest among them
    size_t Warnings = 0;
    size_t PhotosEncoded = 0, PhotosReused = 0; // source photos made into variants now, or found in the media cache
    double PhotoSeconds = 0;                    // the time spent placing photos (finding, encoding, the cache)
    bool Searchable = false;                    // the search index was written (Search says what it holds)
    search::IndexReport Search;                 // its files are counted there, not in Written and Unchanged
    size_t SearchRemoved = 0;                   // --no-search: the files of an earlier build's index removed
};

// Imports every source and finds every photo first; any error (an unreadable or linked source, a duplicate id, an
// unknown related id, a photo missing, outside the source folder or not of its named type, an output folder that
// is not the build's: see UnknownFolder) stops the build before OUT_DIR is touched, with every error listed.
// Warnings do not stop it; warnings and errors are listed in source order, whatever `jobs`. A photo libvips
// cannot decode, or a write or removal that fails, stops it part way: articles already written stay (never one
// whose photo failed, and no feed page is written then), *summary counts what was written and removed, and the
// manifest lists it all (the media cache the variants). `jobs` threads import and write (1: all on this thread).
// The warnings wait on disk while the build runs (a million articles with a warning each hold none in memory) and
// are then handed to each_warning in order, or without it added to *warnings.
// After the articles and the pages, the search index (search/, cli/search_index.h) is written or brought up to
// date from the article files, unless search_index is false: then an index an earlier build left is removed.
bool BuildBundle(const std::string& src_dir, const std::string& out_dir, const BundleSite& site,
                 const ImportOptions& import, UnknownFolder unknown, BuildSummary* summary,
                 std::vector<Error>* warnings, std::vector<Error>* errors, unsigned jobs = 1,
                 const std::function<void(Error&&)>& each_warning = {}, bool search_index = true);

} // namespace folio::cli
