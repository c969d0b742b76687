// MediaCache: folio-media.json read with the model's bounded JSON reader (a malformed cache is an empty one), each
// entry checked against the files it names before it is reused, and written back with the JSON writers the bundle
// files use.
#include "cli/media_cache.h"
#include "cli/bundle_layout.h"
#include "cli/file_io.h"
#include "cli/media.h"
#include "model/json_read.h"
#include "model/json_write.h"
#include "model/limits.h"

#include <rapidjson/writer.h>

namespace folio::cli {

namespace {

// One cache entry from its JSON object; false when any part is missing or out of bounds.
bool ReadEntry(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, std::string* source, EncodedPhoto* out) {
    const rapidjson::Value* variants = nullptr;
    if (!r.Object(v, at) || !r.String(v, "source", at, true, source) || !r.Int(v, "width", at, 1, kMaxPhotoPixels, &out->Width) ||
        !r.Int(v, "height", at, 1, kMaxPhotoPixels, &out->Height) || !r.String(v, "placeholder", at, false, &out->Placeholder) ||
        !r.Array(v, "variants", at, true, kMaxPhotoVariants, &variants) || variants->Empty())
        return false;
    const JsonPath vat = at.Field("variants");
    for (rapidjson::SizeType i = 0; i < variants->Size(); ++i) {
        const rapidjson::Value& e = (*variants)[i];
        PhotoVariant pv;
        int size = 0;
        if (!r.Object(e, vat.At(i)) || !r.String(e, "path", vat.At(i), true, &pv.Path) ||
            !r.String(e, "type", vat.At(i), true, &pv.Type) || !r.Int(e, "width", vat.At(i), 1, kMaxPhotoPixels, &pv.Width) ||
            !r.Int(e, "height", vat.At(i), 1, kMaxPhotoPixels, &pv.Height) ||
            !r.Int(e, "bytes", vat.At(i), 1, kMaxVariantBytes, &size))
            return false;
        pv.Size = (size_t)size;
        out->Variants.push_back(std::move(pv));
    }
    return source->size() == 64;
}

} // namespace

void MediaCache::Load(const std::string& out_dir, const std::set<std::string>& listed) {
    Dir_ = out_dir;
    Listed_ = listed;
    Earlier_.clear();
    Now_.clear();
    std::string text;
    Error e;
    if (KindInside(out_dir, kMediaCachePath) != PathKind::RegularFile ||
        !ReadFileInside(out_dir, kMediaCachePath, kMaxMediaCacheBytes, &text, &e))
        return;
    JsonReader r(out_dir + "/" + kMediaCachePath, &e);
    rapidjson::Document doc;
    const JsonPath root;
    int format = 0;
    std::string made_with;
    const rapidjson::Value* photos = nullptr;
    if (!r.Parse(text, &doc, kMaxMediaCacheBytes) || !r.Object(doc, root) || !r.Int(doc, "folioMediaCache", root, 0, 1000000, &format) ||
        format != kMediaCacheFormat || !r.String(doc, "settings", root, true, &made_with) || made_with != Settings_ ||
        !r.Array(doc, "photos", root, true, 10000000, &photos))
        return;
    for (rapidjson::SizeType i = 0; i < photos->Size(); ++i) {
        std::string source;
        EncodedPhoto p;
        if (ReadEntry(r, (*photos)[i], root.Field("photos").At(i), &source, &p)) Earlier_[source] = std::move(p);
    }
}

bool MediaCache::Find(const std::string& source_sha, EncodedPhoto* out) {
    auto it = Now_.find(source_sha);
    if (it != Now_.end()) { *out = it->second; return true; }
    auto earlier = Earlier_.find(source_sha);
    if (earlier == Earlier_.end()) return false;
    for (const PhotoVariant& v : earlier->second.Variants) {
        // The name is the bytes' hash: a file that still hashes to its name holds what was encoded.
        std::string bytes;
        Error e;
        if (!Listed_.count(v.Path) || !IsBuildOutputPath(v.Path) || v.Path.compare(0, sizeof kMediaFolder - 1, kMediaFolder) != 0 ||
            ImageKindNamed(v.Path) != v.Type || KindInside(Dir_, v.Path) != PathKind::RegularFile ||
            !ReadFileInside(Dir_, v.Path, kMaxPhotoBytes, &bytes, &e) || bytes.size() != v.Size || MediaPathOf(bytes, v.Type) != v.Path)
            return false;
    }
    *out = Now_[source_sha] = earlier->second;
    return true;
}

void MediaCache::Put(const std::string& source_sha, const EncodedPhoto& photo) {
    EncodedPhoto& kept = Now_[source_sha] = photo;
    for (PhotoVariant& v : kept.Variants) std::string().swap(v.Bytes);
}

std::string MediaCache::Json() const {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf); // compact: see kMaxMediaCacheBytes
    w.StartObject();
    w.Key("folioMediaCache");
    w.Int(kMediaCacheFormat);
    WriteField(w, "settings", Settings_, true);
    w.Key("photos");
    w.StartArray();
    for (const auto& [source, p] : Now_) {
        w.StartObject();
        WriteField(w, "source", source, true);
        w.Key("width");
        w.Int(p.Width);
        w.Key("height");
        w.Int(p.Height);
        WriteField(w, "placeholder", p.Placeholder);
        w.Key("variants");
        w.StartArray();
        for (const PhotoVariant& v : p.Variants) {
            w.StartObject();
            WriteField(w, "path", v.Path, true);
            WriteField(w, "type", v.Type, true);
            w.Key("width");
            w.Int(v.Width);
            w.Key("height");
            w.Int(v.Height);
            w.Key("bytes");
            w.Uint64(v.Size);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

} // namespace folio::cli
