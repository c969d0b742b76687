// search/state.json written with RapidJSON and read with the model's bounded JsonReader (index_state.h).
#include "search/index_state.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include "model/json_read.h"
#include "search/index_format.h"

namespace folio::search {
namespace {

constexpr const char* kStateFormat = "folio-search-state 1";
constexpr uint32_t kMaxSegmentShards = 1u << 24;

} // namespace

std::string EncodeState(const IndexState& state) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("format"); w.String(kStateFormat);
    w.Key("writer"); w.Int(kWriterVersion);
    w.Key("segments");
    w.StartArray();
    for (const StateSegment& s : state.Segments) {
        w.StartObject();
        w.Key("path"); w.String(s.Path.data(), static_cast<rapidjson::SizeType>(s.Path.size()));
        w.Key("termShards"); w.Uint(s.TermShards);
        w.Key("metaShards"); w.Uint(s.MetaShards);
        w.Key("terms"); w.Uint(s.Terms);
        w.Key("bytes"); w.Uint64(s.Bytes);
        w.Key("docs");
        w.StartArray();
        for (const auto& [id, hash] : s.Docs) {
            w.StartArray();
            w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
            w.String(hash.data(), static_cast<rapidjson::SizeType>(hash.size()));
            w.EndArray();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

bool DecodeState(std::string_view json, IndexState* out, Error* err) {
    *out = IndexState{};
    JsonReader r(kStatePath, err);
    rapidjson::Document doc;
    const JsonPath root;
    std::string format;
    int writer = 0;
    const rapidjson::Value* segments = nullptr;
    if (!r.Parse(std::string(json), &doc, kMaxStateBytes) || !r.Object(doc, root) ||
        !r.String(doc, "format", root, true, &format))
        return false;
    if (format != kStateFormat) return r.Fail(root.Field("format"), "not \"" + std::string(kStateFormat) + "\"");
    if (!r.Int(doc, "writer", root, 0, 1 << 30, &writer)) return false;
    if (writer != kWriterVersion) return r.Fail(root.Field("writer"), "written by another version of the writer");
    if (!r.Array(doc, "segments", root, true, 64, &segments)) return false;
    const JsonPath at_segments = root.Field("segments");
    IndexState state;
    for (rapidjson::SizeType i = 0; i < segments->Size(); ++i) {
        const rapidjson::Value& v = (*segments)[i];
        const JsonPath at = at_segments.At(i);
        StateSegment s;
        int terms = 0, metas = 0, records = 0;
        const rapidjson::Value* docs = nullptr;
        if (!r.Object(v, at) || !r.String(v, "path", at, true, &s.Path) ||
            !r.Int(v, "termShards", at, 0, static_cast<int>(kMaxSegmentShards), &terms) ||
            !r.Int(v, "metaShards", at, 0, static_cast<int>(kMaxSegmentShards), &metas) ||
            !r.Int(v, "terms", at, 0, INT32_MAX, &records) ||
            !r.Array(v, "docs", at, true, kMaxDocs, &docs))
            return false;
        if (s.Path.size() != 18 || s.Path.compare(0, 2, "s-") != 0 ||
            s.Path.find_first_not_of("0123456789abcdef", 2) != std::string::npos)
            return r.Fail(at.Field("path"), "not \"s-\" and 16 lower-case hex digits");
        s.TermShards = static_cast<uint32_t>(terms), s.MetaShards = static_cast<uint32_t>(metas);
        s.Terms = static_cast<uint32_t>(records);
        const auto bytes = v.FindMember("bytes");
        if (bytes == v.MemberEnd() || !bytes->value.IsUint64()) return r.Fail(at.Field("bytes"), "not a number of bytes");
        s.Bytes = bytes->value.GetUint64();
        s.Docs.reserve(docs->Size());
        const JsonPath at_docs = at.Field("docs");
        for (rapidjson::SizeType k = 0; k < docs->Size(); ++k) {
            const rapidjson::Value& d = (*docs)[k];
            if (!d.IsArray() || d.Size() != 2 || !d[0].IsString() || !d[1].IsString())
                return r.Fail(at_docs.At(k), "not a pair of strings");
            s.Docs.emplace_back(std::string(d[0].GetString(), d[0].GetStringLength()),
                                std::string(d[1].GetString(), d[1].GetStringLength()));
        }
        state.Segments.push_back(std::move(s));
    }
    *out = std::move(state);
    return true;
}

std::vector<std::string> SegmentFiles(const StateSegment& s) {
    Segment seg;
    seg.Path = s.Path;
    seg.MetaPerShard = 1;
    std::vector<std::string> files{DaysPath(seg)};
    for (uint32_t i = 0; i < s.TermShards; ++i) {
        files.push_back(TermShardPath(seg, i));
        files.push_back(PositionsPath(seg, i));
    }
    for (uint32_t j = 0; j < s.MetaShards; ++j) files.push_back(MetaShardPath(seg, j));
    return files;
}

} // namespace folio::search
