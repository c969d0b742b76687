// `folio-bundle build`: every source under SRC_DIR to a complete static bundle in OUT_DIR (feed pages,
// article files, oEmbed files, HTML snapshots, photos as media/HASH.EXT). Deterministic bytes; files whose bytes did not
// change are not rewritten; files of articles no longer in the sources are removed.
#pragma once
#include "cli/bundle_layout.h"
#include "cli/importer.h"

#include <string>
#include <vector>

namespace folio::cli {

struct BuildSummary {
    size_t Articles = 0, Pages = 0, Written = 0, Unchanged = 0, Removed = 0;
};

// Imports every source and finds every photo first; any error (an unreadable or linked source, a duplicate id, an
// unknown related id, a refused photo) stops the build before OUT_DIR is touched, with every error listed.
// Warnings do not stop it.
bool BuildBundle(const std::string& src_dir, const std::string& out_dir, const BundleSite& site,
                 const ImportOptions& import, BuildSummary* summary, std::vector<Error>* warnings, std::vector<Error>* errors);

} // namespace folio::cli
