// The manifest a build keeps in its bundle, folio-manifest.json: every bundle path the build wrote. A later build
// removes only files the manifest lists and it no longer writes, so a file someone else put in the folder is never
// touched; a folder that holds files but no manifest is not taken over unless asked (--force). The format is in
// docs/bundle-format.md and docs/schemas/manifest.schema.json:
//   {"folioManifest": 1, "generator": "folio-bundle", "files": ["articles/a.html", "articles/a.json", ...]}
#pragma once
#include "model/error.h"
#include "model/json_read.h"

#include <set>
#include <string>
#include <vector>

namespace folio::cli {

constexpr int kManifestFormat = 1;
constexpr size_t kMaxManifestFiles = 10000000;

// The manifest's bytes for these bundle paths (written sorted, so the same build gives the same bytes).
std::string WriteManifestJson(const std::set<std::string>& files);
// The manifest's bytes for the paths of both sets (a path in both listed once), without a set of them all.
std::string WriteManifestJson(const std::set<std::string>& files, const std::set<std::string>& more);

// Reads a manifest's text; `name` names it in errors. Each listed path must be one a build writes
// (IsBuildOutputPath), else the whole manifest is refused, naming the entry.
bool ParseManifest(const std::string& text, const std::string& name, std::set<std::string>* files, Error* err);
// What ParseManifest does once the text is parsed, its errors recorded by r (for validate, which parses the text
// itself to check the document against the schema as well).
bool ManifestFromDocument(JsonReader& r, const rapidjson::Value& doc, std::set<std::string>* files);

// What a build does with an output folder that holds files but no manifest (or one it cannot read): nothing
// tells which files an earlier build wrote, so it refuses the folder, or with --force builds there anyway and
// removes nothing it did not write this time.
enum class UnknownFolder { Refuse, BuildAnyway };

// The output folder before a build.
struct PreviousBuild {
    std::set<std::string> Files; // what its manifest lists ({} without one)
    std::string ManifestText;    // the manifest's bytes, "" without one
};

// Looks at out_dir (which may not exist yet). Fails, with *err, when it is not a folder, or holds files without
// a readable manifest and `unknown` is Refuse; with BuildAnyway an unreadable manifest is a warning.
bool ReadPreviousBuild(const std::string& out_dir, UnknownFolder unknown, PreviousBuild* out,
                       std::vector<Error>* warnings, Error* err);

} // namespace folio::cli
