// DirectMappedMemo: what is found is what was claimed for the same key and tag, a slot holds only its last key, and
// a key under another tag is another entry.
#include "search/direct_mapped_memo.h"

#include <doctest/doctest.h>

#include <string>

using folio::search::DirectMappedMemo;

TEST_CASE("memo: nothing before a claim; the answer claimed for a key and tag, and only for them") {
    DirectMappedMemo<std::string, 8> memo;
    CHECK(memo.Find("word", 0) == nullptr);
    memo.Claim("word", 0) = "stem";
    REQUIRE(memo.Find("word", 0) != nullptr);
    CHECK(*memo.Find("word", 0) == "stem");
    CHECK(memo.Find("word", 1) == nullptr);
    CHECK(memo.Find("wor", 0) == nullptr);
    CHECK(memo.Find("words", 0) == nullptr);
    memo.Claim("word", 1) = "other";
    CHECK(*memo.Find("word", 1) == "other");
}

TEST_CASE("memo: more keys than slots: each slot keeps its last, and nothing found is another key's answer") {
    DirectMappedMemo<std::string, 4> memo;
    for (int i = 0; i < 64; ++i) memo.Claim("k" + std::to_string(i), 7) = "v" + std::to_string(i);
    int found = 0;
    for (int i = 0; i < 64; ++i) {
        const std::string* v = memo.Find("k" + std::to_string(i), 7);
        if (!v) continue;
        ++found;
        CHECK(*v == "v" + std::to_string(i));
    }
    CHECK(found >= 1);
    CHECK(found <= 4);
    // The last key claimed is always found.
    CHECK(*memo.Find("k63", 7) == "v63");
}
