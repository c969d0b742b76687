// DirectMappedMemo: a memo of the last answers for string keys, used where an answer costs far more than a lookup
// and the same keys recur (the fold of a word, its stem). A table of Slots entries, each holding the last key whose
// hash chose it, so its size never grows and a lookup is one hash and one compare. A key may carry a tag (what else
// the answer depends on: a stemmer, a flag) that is part of its identity. The table is made on the first Claim.
// Not thread-safe: one instance per thread.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::search {

template <typename Value, size_t Slots = (1u << 16)>
class DirectMappedMemo {
    static_assert(Slots > 0 && (Slots & (Slots - 1)) == 0, "Slots is a power of two");

public:
    // The answer held for key and tag, or null.
    const Value* Find(std::string_view key, size_t tag) const {
        if (slots_.empty()) return nullptr;
        const Slot& s = slots_[Index(key, tag)];
        return s.Used && s.Tag == tag && s.Key == key ? &s.Answer : nullptr;
    }

    // The slot for key and tag, now theirs (what it held before is forgotten): the caller writes the answer in it.
    Value& Claim(std::string_view key, size_t tag) {
        if (slots_.empty()) slots_.resize(Slots);
        Slot& s = slots_[Index(key, tag)];
        s.Used = true;
        s.Tag = tag;
        s.Key.assign(key);
        return s.Answer;
    }

private:
    struct Slot {
        bool Used = false;
        size_t Tag = 0;
        std::string Key;
        Value Answer{};
    };
    static size_t Index(std::string_view key, size_t tag) { return (std::hash<std::string_view>{}(key) ^ tag) & (Slots - 1); }
    std::vector<Slot> slots_;
};

} // namespace folio::search
