// The search index's binary files (index_format.h): term shards, positions and days, and the paths of a segment's
// files. Varints in a bounded reader that refuses what runs past its input or a bound, so a hostile file is an
// Error naming the file, where and why. The JSON files (root, meta shards) are index_json.cpp's.
#include "search/index_format.h"

#include <algorithm>
#include <cmath>

namespace folio::search {
namespace {

constexpr char kTermMagic[] = "FSt1";
constexpr char kDaysMagic[] = "FSd1";

void PutVarint(std::string* out, uint64_t v) {
    while (v >= 0x80) {
        out->push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out->push_back(static_cast<char>(v));
}

// Reads from a byte range; every read checks the bytes left, and the first failure sticks with its reason.
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
    bool Ok() const { return why_.empty(); }
    const std::string& Why() const { return why_; }
    size_t Offset() const { return at_; }
    bool AtEnd() const { return at_ == bytes_.size(); }
    bool Fail(std::string why) {
        if (why_.empty()) why_ = std::move(why) + " at byte " + std::to_string(at_);
        return false;
    }
    bool Varint(uint64_t* v, uint64_t max) {
        uint64_t result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at_ >= bytes_.size()) return Fail("the file ends inside a number");
            const uint8_t b = static_cast<uint8_t>(bytes_[at_++]);
            result |= static_cast<uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) {
                if (result > max) return Fail("a number past its bound (" + std::to_string(result) + " > " + std::to_string(max) + ")");
                *v = result;
                return true;
            }
        }
        return Fail("a number longer than ten bytes");
    }
    bool U32(uint32_t* v, uint32_t max) {
        uint64_t x = 0;
        if (!Varint(&x, max)) return false;
        *v = static_cast<uint32_t>(x);
        return true;
    }
    bool Byte(uint8_t* v) {
        if (at_ >= bytes_.size()) return Fail("the file ends inside a posting");
        *v = static_cast<uint8_t>(bytes_[at_++]);
        return true;
    }
    bool Bytes(size_t n, std::string_view* out) {
        if (n > bytes_.size() - at_) return Fail("a string runs past the end of the file");
        *out = bytes_.substr(at_, n);
        at_ += n;
        return true;
    }
    bool Magic(const char* magic) {
        std::string_view m;
        if (!Bytes(4, &m) || m != std::string_view(magic, 4)) return Fail(std::string("not a \"") + magic + "\" file");
        return true;
    }

private:
    std::string_view bytes_;
    size_t at_ = 0;
    std::string why_;
};

bool Refuse(const std::string& file, const std::string& where, const std::string& why, Error* err) {
    if (err) *err = Error{file, where, why};
    return false;
}

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

constexpr uint32_t kMaxKeyBytes = 4096, kMaxStems = 256;

} // namespace

std::string EncodeTermShard(const std::vector<TermRecord>& records) {
    std::string out(kTermMagic, 4);
    PutVarint(&out, records.size());
    std::string_view previous;
    for (const TermRecord& r : records) {
        size_t shared = 0;
        while (shared < previous.size() && shared < r.Key.size() && previous[shared] == r.Key[shared]) ++shared;
        PutVarint(&out, shared);
        PutVarint(&out, r.Key.size() - shared);
        out.append(r.Key, shared, std::string::npos);
        PutVarint(&out, (r.Postings.empty() ? 0 : 1) | (r.Stems.empty() ? 0 : 2));
        if (!r.Stems.empty()) {
            PutVarint(&out, r.Stems.size());
            for (const std::string& s : r.Stems) {
                PutVarint(&out, s.size());
                out += s;
            }
        }
        if (!r.Postings.empty()) {
            PutVarint(&out, r.Postings.size());
            uint32_t last = 0;
            for (size_t i = 0; i < r.Postings.size(); ++i) {
                const Posting& p = r.Postings[i];
                PutVarint(&out, i == 0 ? p.Doc : p.Doc - last);
                last = p.Doc;
                out.push_back(static_cast<char>(p.Impact));
                PutVarint(&out, p.Facet);
            }
            PutVarint(&out, r.PosOffset);
            PutVarint(&out, r.PosBytes);
        }
        previous = r.Key;
    }
    return out;
}

bool DecodeTermShard(std::string_view bytes, const std::string& file, std::vector<TermRecord>* out, Error* err) {
    out->clear();
    if (bytes.size() > kMaxShardBytes) return Refuse(file, "", "a term shard larger than " + std::to_string(kMaxShardBytes) + " bytes", err);
    ByteReader in(bytes);
    uint32_t count = 0;
    // Each record takes at least three bytes, so a count past that is a lie the bytes cannot back.
    if (in.Magic(kTermMagic) && in.U32(&count, static_cast<uint32_t>(bytes.size() / 3))) {
        out->reserve(count);
        std::string previous;
        for (uint32_t i = 0; i < count && in.Ok(); ++i) {
            TermRecord r;
            uint32_t shared = 0, suffix = 0, flags = 0;
            std::string_view tail;
            if (!in.U32(&shared, static_cast<uint32_t>(previous.size())) || !in.U32(&suffix, kMaxKeyBytes) ||
                !in.Bytes(suffix, &tail) || !in.U32(&flags, 3))
                break;
            if (shared + suffix > kMaxKeyBytes) { in.Fail("a key longer than " + std::to_string(kMaxKeyBytes) + " bytes"); break; }
            r.Key.assign(previous, 0, shared);
            r.Key.append(tail);
            if (i > 0 && !(previous < r.Key)) { in.Fail("keys out of order (\"" + r.Key + "\" after \"" + previous + "\")"); break; }
            if (flags & 2) {
                uint32_t n = 0;
                if (!in.U32(&n, kMaxStems)) break;
                for (uint32_t k = 0; k < n && in.Ok(); ++k) {
                    uint32_t len = 0;
                    std::string_view s;
                    if (in.U32(&len, kMaxKeyBytes) && in.Bytes(len, &s)) r.Stems.emplace_back(s);
                }
                if (!in.Ok()) break;
                if (n == 0) { in.Fail("a record that says it has stems and has none"); break; }
            }
            if (flags & 1) {
                uint32_t df = 0;
                // A posting takes at least three bytes.
                if (!in.U32(&df, static_cast<uint32_t>(bytes.size() / 3))) break;
                if (df == 0) { in.Fail("a record that says it has postings and has none"); break; }
                r.Postings.resize(df);
                uint64_t doc = 0;
                for (uint32_t k = 0; k < df && in.Ok(); ++k) {
                    uint32_t delta = 0;
                    Posting& p = r.Postings[k];
                    if (!in.U32(&delta, kMaxDocs) || !in.Byte(&p.Impact) || !in.U32(&p.Facet, kMaxDocs)) break;
                    if (k > 0 && delta == 0) { in.Fail("a document listed twice"); break; }
                    doc += delta;
                    if (doc >= kMaxDocs) { in.Fail("a document number past " + std::to_string(kMaxDocs)); break; }
                    p.Doc = static_cast<uint32_t>(doc);
                }
                if (!in.Ok() || !in.U32(&r.PosOffset, static_cast<uint32_t>(kMaxShardBytes)) ||
                    !in.U32(&r.PosBytes, static_cast<uint32_t>(kMaxShardBytes)))
                    break;
            }
            previous = r.Key;
            out->push_back(std::move(r));
        }
        if (in.Ok() && !in.AtEnd()) in.Fail("bytes after the last record");
    }
    if (in.Ok()) return true;
    out->clear();
    return Refuse(file, "", in.Why(), err);
}

void EncodePositionList(const std::vector<uint32_t>& positions, std::string* out) {
    PutVarint(out, positions.size());
    uint32_t last = 0;
    for (size_t i = 0; i < positions.size(); ++i) {
        PutVarint(out, i == 0 ? positions[i] : positions[i] - last);
        last = positions[i];
    }
}

void EncodePositions(const std::vector<std::vector<uint32_t>>& per_posting, std::string* out) {
    for (const std::vector<uint32_t>& positions : per_posting) EncodePositionList(positions, out);
}

bool DecodePositions(std::string_view bytes, size_t postings, const std::string& file,
                     std::vector<std::vector<uint32_t>>* out, Error* err) {
    out->clear();
    if (postings > bytes.size()) return Refuse(file, "", "fewer bytes than the postings' positions need", err);
    ByteReader in(bytes);
    out->resize(postings);
    for (size_t i = 0; i < postings && in.Ok(); ++i) {
        uint32_t n = 0;
        if (!in.U32(&n, static_cast<uint32_t>(bytes.size() - in.Offset()))) break;
        std::vector<uint32_t>& positions = (*out)[i];
        positions.reserve(n);
        uint64_t at = 0;
        for (uint32_t k = 0; k < n && in.Ok(); ++k) {
            uint32_t delta = 0;
            if (!in.U32(&delta, UINT32_MAX)) break;
            if (k > 0 && delta == 0) { in.Fail("a position listed twice"); break; }
            at += delta;
            if (at > UINT32_MAX) { in.Fail("a position past 2^32"); break; }
            positions.push_back(static_cast<uint32_t>(at));
        }
    }
    if (in.Ok() && !in.AtEnd()) in.Fail("bytes after the last posting's positions");
    if (in.Ok()) return true;
    out->clear();
    return Refuse(file, "", in.Why(), err);
}

std::string EncodeDays(const std::vector<int32_t>& day_per_doc) {
    std::vector<std::pair<int32_t, uint32_t>> runs;
    for (int32_t day : day_per_doc) {
        if (!runs.empty() && runs.back().first == day) ++runs.back().second;
        else runs.emplace_back(day, 1);
    }
    std::string out(kDaysMagic, 4);
    PutVarint(&out, runs.size());
    int64_t last = 0;
    for (const auto& [day, count] : runs) {
        PutVarint(&out, ZigZag(static_cast<int64_t>(day) - last));
        PutVarint(&out, count);
        last = day;
    }
    return out;
}

bool DecodeDays(std::string_view bytes, size_t max_docs, const std::string& file, std::vector<int32_t>* out, Error* err) {
    out->clear();
    ByteReader in(bytes);
    uint32_t runs = 0;
    if (in.Magic(kDaysMagic) && in.U32(&runs, static_cast<uint32_t>(bytes.size() / 2))) {
        int64_t day = 0;
        for (uint32_t i = 0; i < runs && in.Ok(); ++i) {
            uint64_t delta = 0;
            uint32_t count = 0;
            if (!in.Varint(&delta, UINT64_MAX) || !in.U32(&count, static_cast<uint32_t>(max_docs - out->size()))) break;
            day += UnZigZag(delta);
            if (day < INT32_MIN || day > INT32_MAX) { in.Fail("a day out of range"); break; }
            if (count == 0) { in.Fail("an empty run"); break; }
            out->insert(out->end(), count, static_cast<int32_t>(day));
        }
        if (in.Ok() && !in.AtEnd()) in.Fail("bytes after the last run");
        if (in.Ok() && out->size() != max_docs)
            in.Fail("days for " + std::to_string(out->size()) + " documents where the segment has " + std::to_string(max_docs));
    }
    if (in.Ok()) return true;
    out->clear();
    return Refuse(file, "", in.Why(), err);
}

std::string TermShardPath(const Segment& s, size_t shard) { return "search/" + s.Path + "/t" + std::to_string(shard) + ".bin"; }
std::string PositionsPath(const Segment& s, size_t shard) { return "search/" + s.Path + "/p" + std::to_string(shard) + ".bin"; }
std::string MetaShardPath(const Segment& s, uint32_t local_doc) {
    return "search/" + s.Path + "/m" + std::to_string(local_doc / std::max<uint32_t>(1, s.MetaPerShard)) + ".json";
}
std::string DaysPath(const Segment& s) { return "search/" + s.Path + "/days.bin"; }

size_t ShardOf(const Segment& s, std::string_view key) {
    auto it = std::upper_bound(s.Shards.begin(), s.Shards.end(), key,
                               [](std::string_view k, const std::string& first) { return k < std::string_view(first); });
    return it == s.Shards.begin() ? 0 : size_t(it - s.Shards.begin()) - 1;
}

std::string FacetKey(char kind, std::string_view folded_value) {
    std::string key("\x01");
    key += kind;
    key += ':';
    key.append(folded_value);
    return key;
}

} // namespace folio::search
