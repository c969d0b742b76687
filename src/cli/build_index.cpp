// StringArena, BuildIndex and ItemSpill: the compact record a streaming build keeps of every article.
#include "cli/build_index.h"
#include "cli/feed_pages.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <unistd.h>

namespace folio::cli {

uint32_t StringArena::Add(std::string_view s) {
    Bytes_.append(s.data(), s.size());
    Starts_.push_back(Bytes_.size());
    return (uint32_t)(Starts_.size() - 2);
}

bool BuildIndex::Add(const Article& a, uint32_t source, std::string_view from, uint32_t item_bytes, Error* err) {
    uint64_t at = 0;
    if ((!Headlines_.IsOpen() && !Headlines_.Open(err)) || !Headlines_.Append(a.Headline, &at, err)) return false;
    HeadlineEnds_.push_back(at + a.Headline.size());
    IndexEntry e;
    e.When = PublishedInstant(a.DatePublished);
    e.Source = source;
    e.Id = Strings_.Add(a.Id);
    e.Headline = kNoName;
    e.From = from.empty() ? kNoName : Strings_.Add(from);
    e.RelatedBegin = (uint32_t)Related_.size();
    for (const std::string& r : a.Related) Related_.push_back(Strings_.Add(r));
    e.RelatedEnd = (uint32_t)Related_.size();
    e.ItemBytes = item_bytes;
    Entries_.push_back(e);
    return true;
}

bool BuildIndex::KeepRelatedHeadlines(Error* err) {
    std::vector<bool> named(Entries_.size());
    for (uint32_t r : Related_) {
        const size_t i = Find(Strings_.Get(r));
        if (i != SIZE_MAX) named[i] = true;
    }
    std::string headline;
    for (size_t i = 0; i < Entries_.size(); ++i) {
        if (!named[i]) continue;
        const uint64_t start = i ? HeadlineEnds_[i - 1] : 0;
        if (!Headlines_.Read(start, (size_t)(HeadlineEnds_[i] - start), &headline, err)) return false;
        Entries_[i].Headline = Strings_.Add(headline);
    }
    Headlines_.Close();
    std::vector<uint64_t>().swap(HeadlineEnds_);
    return true;
}

std::vector<std::string_view> BuildIndex::Related(size_t i) const {
    std::vector<std::string_view> out;
    for (uint32_t k = Entries_[i].RelatedBegin; k < Entries_[i].RelatedEnd; ++k) out.push_back(Strings_.Get(Related_[k]));
    return out;
}

std::string BuildIndex::From(size_t i, const std::function<std::string(size_t)>& source_name) const {
    if (Entries_[i].From != kNoName) return std::string(Strings_.Get(Entries_[i].From));
    return source_name(Entries_[i].Source);
}

void BuildIndex::IndexIds(std::vector<std::pair<size_t, size_t>>* duplicates) {
    ById_.resize(Entries_.size());
    for (size_t i = 0; i < ById_.size(); ++i) ById_[i] = (uint32_t)i;
    // Stable: among equal ids the first in source order comes first, and is the one the others are reported against.
    std::stable_sort(ById_.begin(), ById_.end(), [&](uint32_t a, uint32_t b) { return Id(a) < Id(b); });
    for (size_t k = 1; k < ById_.size(); ++k) {
        size_t first = k - 1;
        while (first > 0 && Id(ById_[first - 1]) == Id(ById_[k])) --first;
        if (Id(ById_[k - 1]) == Id(ById_[k])) duplicates->emplace_back(ById_[k], ById_[first]);
    }
    std::sort(duplicates->begin(), duplicates->end()); // in source order, as a sequential build reports them
}

size_t BuildIndex::Find(std::string_view id) const {
    const auto it = std::lower_bound(ById_.begin(), ById_.end(), id, [&](uint32_t e, std::string_view v) { return Id(e) < v; });
    return it != ById_.end() && Id(*it) == id ? *it : SIZE_MAX;
}

std::vector<uint32_t> BuildIndex::OldestFirst() const {
    std::vector<uint32_t> order(Entries_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = (uint32_t)i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        if (Entries_[a].When != Entries_[b].When) return Entries_[a].When < Entries_[b].When;
        return Id(a) < Id(b);
    });
    return order;
}

bool ErrorSpill::Add(const Error& e, Error* err) {
    std::string bytes;
    for (const std::string* part : {&e.File, &e.Path, &e.Reason}) {
        const uint64_t n = part->size();
        bytes.append(reinterpret_cast<const char*>(&n), sizeof n);
        bytes += *part;
    }
    uint64_t at = 0;
    if ((!Spill_.IsOpen() && !Spill_.Open(err)) || !Spill_.Append(bytes, &at, err)) return false;
    End_ = at + bytes.size();
    ++Count_;
    return true;
}

bool ErrorSpill::ForEach(const std::function<void(Error&&)>& each, Error* err) const {
    uint64_t at = 0;
    std::string length;
    for (size_t k = 0; k < Count_; ++k) {
        Error e;
        for (std::string* part : {&e.File, &e.Path, &e.Reason}) {
            uint64_t n = 0;
            if (!Spill_.Read(at, sizeof n, &length, err)) return false;
            std::memcpy(&n, length.data(), sizeof n);
            if (n > End_ - at - sizeof n) { *err = Error{"a temporary file", "", "could not be read back"}; return false; }
            if (!Spill_.Read(at + sizeof n, (size_t)n, part, err)) return false;
            at += sizeof n + n;
        }
        each(std::move(e));
    }
    return true;
}

ItemSpill::~ItemSpill() { Close(); }

void ItemSpill::Close() {
    if (File_) std::fclose(File_);
    File_ = nullptr;
    End_ = 0;
}

bool ItemSpill::Open(Error* err) {
    File_ = std::tmpfile();
    if (!File_) { *err = Error{"a temporary file", "", std::string("could not be made: ") + std::strerror(errno)}; return false; }
    return true;
}

bool ItemSpill::Append(const std::string& bytes, uint64_t* offset, Error* err) {
    *offset = End_;
    if (std::fwrite(bytes.data(), 1, bytes.size(), File_) != bytes.size()) {
        *err = Error{"a temporary file", "", std::string("could not be written: ") + std::strerror(errno)};
        return false;
    }
    End_ += bytes.size();
    return true;
}

bool ItemSpill::Read(uint64_t offset, size_t size, std::string* out, Error* err) const {
    if (std::fflush(File_) != 0) { *err = Error{"a temporary file", "", std::strerror(errno)}; return false; }
    out->resize(size);
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fileno(File_), &(*out)[done], size - done, (off_t)(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) { *err = Error{"a temporary file", "", "could not be read back"}; return false; }
        done += (size_t)n;
    }
    return true;
}

} // namespace folio::cli
