// WriteManifestJson and ParseManifest (the model's bounded JSON reader), and ReadPreviousBuild: what the output
// folder holds before a build, read without following links.
#include "cli/bundle_manifest.h"
#include "cli/bundle_layout.h"
#include "cli/file_io.h"
#include "model/bundle_path.h"
#include "model/json_write.h"

#include <algorithm>
#include <sys/stat.h>

namespace folio::cli {

std::string WriteManifestJson(const std::set<std::string>& files) { return WriteManifestJson(files, {}); }

std::string WriteManifestJson(const std::set<std::string>& files, const std::set<std::string>& more) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.SetIndent(' ', 2);
    w.StartObject();
    w.Key("folioManifest");
    w.Int(kManifestFormat);
    WriteField(w, "generator", "folio-bundle");
    w.Key("files");
    w.StartArray();
    auto a = files.begin(), b = more.begin(); // merged, in order
    while (a != files.end() || b != more.end()) {
        if (b == more.end() || (a != files.end() && *a <= *b)) {
            if (b != more.end() && *a == *b) ++b;
            WriteString(w, *a++);
        } else {
            WriteString(w, *b++);
        }
    }
    w.EndArray();
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

bool ParseManifest(const std::string& text, const std::string& name, std::set<std::string>* files, Error* err) {
    *err = Error{}; // the reader keeps the first error it is given
    JsonReader r(name, err);
    rapidjson::Document doc;
    return r.Parse(text, &doc) && ManifestFromDocument(r, doc, files);
}

bool ManifestFromDocument(JsonReader& r, const rapidjson::Value& doc, std::set<std::string>* files) {
    const JsonPath root;
    if (!r.Object(doc, root)) return false;
    int format = 0;
    if (!r.Int(doc, "folioManifest", root, 0, 1000000, &format)) return false;
    if (format != kManifestFormat)
        return r.Fail(root.Field("folioManifest"), format == 0 ? "missing (not a folio-bundle manifest)"
                                                               : "format " + std::to_string(format) + " is not one this program reads (1)");
    const rapidjson::Value* list = nullptr;
    if (!r.Array(doc, "files", root, true, kMaxManifestFiles, &list)) return false;
    const JsonPath at = root.Field("files");
    std::set<std::string> out;
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
        std::string path, why;
        if (!r.StringValue((*list)[i], at.At(i), &path)) return false;
        if (!IsBundlePath(path, &why) || !IsBuildOutputPath(path))
            return r.Fail(at.At(i), "\"" + path + "\" is not a file folio-bundle build writes");
        out.insert(path);
    }
    *files = std::move(out);
    return true;
}

bool ReadPreviousBuild(const std::string& out_dir, UnknownFolder unknown, PreviousBuild* out,
                       std::vector<Error>* warnings, Error* err) {
    *out = PreviousBuild{};
    struct stat st;
    if (::lstat(out_dir.c_str(), &st) != 0) return true; // a new folder
    if (!IsDirectory(out_dir)) { *err = Error{out_dir, "", "is not a folder"}; return false; }
    std::vector<std::string> files, links;
    if (!ListFiles(out_dir, true, &files, err, &links)) return false;
    if (files.empty() && links.empty()) return true; // nothing anyone could lose
    const bool linked = std::binary_search(links.begin(), links.end(), kManifestPath);
    const bool none = !linked && !std::binary_search(files.begin(), files.end(), kManifestPath);
    Error why;
    if (linked) why = Error{out_dir + "/" + kManifestPath, "", "is a symbolic link, which is not followed"};
    else if (!none && ReadFileInside(out_dir, kManifestPath, kMaxJsonBytes, &out->ManifestText, &why) &&
             ParseManifest(out->ManifestText, out_dir + "/" + kManifestPath, &out->Files, &why))
        return true;
    out->ManifestText.clear();
    out->Files.clear();
    const std::string what = none ? "holds files but no " + std::string(kManifestPath) +
                                        " (the record of what folio-bundle build wrote)"
                                  : "has a manifest this build cannot use (" + why.Message() + ")";
    if (unknown == UnknownFolder::BuildAnyway) {
        if (!none) warnings->push_back(Error{out_dir, "", what + "; --force: building anyway, removing nothing"});
        return true;
    }
    *err = Error{out_dir, "", what + ", so this build cannot tell its own files from anyone else's: build into a "
                              "new or empty folder, or give --force to build here anyway (it then removes nothing "
                              "it did not write)"};
    return false;
}

} // namespace folio::cli
