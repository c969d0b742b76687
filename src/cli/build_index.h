// What a streaming build keeps of each article between reading its source and writing the feed pages, so memory
// grows by about a hundred bytes per article rather than by the article: its id and related ids (for the checks),
// its headline only when another article names it as related (for that one's snapshot), its date as an instant and
// its source, each string kept once in one arena (StringArena). The feed items themselves, and the headlines until
// the related ids are known, wait on disk, in an ItemSpill.
#pragma once
#include "model/article.h"
#include "model/error.h"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::cli {

// Strings end to end in one buffer, each named by its number: a few bytes per string instead of a std::string's 32
// and its own allocation.
class StringArena {
public:
    uint32_t Add(std::string_view s);
    std::string_view Get(uint32_t n) const { return std::string_view(Bytes_).substr(Starts_[n], Starts_[n + 1] - Starts_[n]); }
    size_t Size() const { return Starts_.size() - 1; }
private:
    std::string Bytes_;
    std::vector<uint64_t> Starts_{0};
};

// Bytes written once and read back by offset, in an unnamed temporary file (tmpfile: created exclusively and
// unlinked at once, so nothing is left behind and no link can be planted at its name). Not thread-safe: one
// writer, the thread that consumes a build's results in order.
class ItemSpill {
public:
    ItemSpill() = default;
    ItemSpill(const ItemSpill&) = delete;
    ItemSpill& operator=(const ItemSpill&) = delete;
    ~ItemSpill();
    bool Open(Error* err);
    bool IsOpen() const { return File_ != nullptr; }
    void Close(); // and forget its bytes
    // Appends bytes; *offset gets where they start.
    bool Append(const std::string& bytes, uint64_t* offset, Error* err);
    bool Read(uint64_t offset, size_t size, std::string* out, Error* err) const;
private:
    std::FILE* File_ = nullptr;
    uint64_t End_ = 0;
};

// Errors (a build's warnings) kept on disk in the order they came, so a build of a million articles with a warning
// each holds none of them; read back in that order at the end.
class ErrorSpill {
public:
    bool Add(const Error& e, Error* err);
    size_t Size() const { return Count_; }
    bool ForEach(const std::function<void(Error&&)>& each, Error* err) const;
private:
    ItemSpill Spill_;
    uint64_t End_ = 0;
    size_t Count_ = 0;
};

// One article of the build, as the index keeps it.
struct IndexEntry {
    int64_t When;                     // datePublished as an instant (feed_pages.h: PublishedInstant)
    uint32_t Source;                  // the source it came from (the build's list of sources)
    uint32_t Id, Headline, From;      // in the index's arena; From is kNoName when messages name it by its source,
                                      // Headline until KeepRelatedHeadlines, and after it unless an article names it
    uint32_t RelatedBegin, RelatedEnd; // its related ids, in the index's related list
    uint32_t ItemBytes = 0;           // its feed item's bytes (WriteFeedItemJson): before its photos are placed,
    uint64_t ItemOffset = 0;          // then as placed, in the spill at ItemOffset
    uint64_t FileHash = 0;            // its article file's bytes' hash (the start of their SHA-256), once written:
                                      // what the search index compares to find a changed article
};

class BuildIndex {
public:
    static constexpr uint32_t kNoName = UINT32_MAX;

    // Records article a of source number `source`; `from` is how messages name it ("" for the source's own name).
    // Its headline goes to a spill (false, with *err, when that cannot be written).
    bool Add(const Article& a, uint32_t source, std::string_view from, uint32_t item_bytes, Error* err);
    size_t Size() const { return Entries_.size(); }
    const IndexEntry& operator[](size_t i) const { return Entries_[i]; }
    IndexEntry& operator[](size_t i) { return Entries_[i]; }
    std::string_view Id(size_t i) const { return Strings_.Get(Entries_[i].Id); }
    // After KeepRelatedHeadlines: article i's headline when an article names it as related, else "".
    std::string_view Headline(size_t i) const {
        return Entries_[i].Headline == kNoName ? std::string_view() : Strings_.Get(Entries_[i].Headline);
    }
    std::vector<std::string_view> Related(size_t i) const;
    // How messages name article i, given how they name a source by its number.
    std::string From(size_t i, const std::function<std::string(size_t)>& source_name) const;

    // Sorts the ids for Find (after the last Add); *duplicates gets each later article whose id an earlier one
    // has, as (later, earlier).
    void IndexIds(std::vector<std::pair<size_t, size_t>>* duplicates);
    // The k-th id in sorted order (after IndexIds).
    std::string_view IdInOrder(size_t k) const { return Id(ById_[k]); }
    // After IndexIds: the headlines of the articles some article names as related, read back from the spill into
    // the arena; the others are dropped with the spill.
    bool KeepRelatedHeadlines(Error* err);
    // The article with this id, or SIZE_MAX.
    size_t Find(std::string_view id) const;
    // The order pages are cut in (feed_pages.h: OldestFirst): by date as an instant, undated oldest, ties by id.
    std::vector<uint32_t> OldestFirst() const;

private:
    StringArena Strings_;
    std::vector<IndexEntry> Entries_;
    std::vector<uint32_t> Related_; // arena numbers
    std::vector<uint32_t> ById_;    // entries sorted by id
    ItemSpill Headlines_;            // every headline, until KeepRelatedHeadlines
    std::vector<uint64_t> HeadlineEnds_;
};

} // namespace folio::cli
