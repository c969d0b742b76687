// LayoutCache: lookup by hash (with the text compared), insertion, and eviction of what frames stopped using.
#include "layout/layout_cache.h"

#include <cstring>

namespace folio::layout {

std::shared_ptr<const Galley> LayoutCache::Get(const LayoutJob& job, const FontMetrics& metrics, float scale, uint32_t font_generation) {
    uint64_t key = job.Hash();
    key ^= (uint64_t)font_generation * 0x9E3779B97F4A7C15ull;
    uint32_t scale_bits;
    memcpy(&scale_bits, &scale, sizeof scale_bits);
    key ^= ((uint64_t)scale_bits << 17) * 0xC2B2AE3D27D4EB4Full;
    auto it = Entries_.find(key);
    if (it != Entries_.end() && it->second.Result->Text == job.Text) {
        it->second.LastUsed = Frame_;
        ++Hits_;
        return it->second.Result;
    }
    ++Misses_;
    Entry e{std::make_shared<const Galley>(Layout(job, metrics)), Frame_};
    auto g = e.Result;
    Entries_[key] = std::move(e);
    return g;
}

void LayoutCache::EndFrame(int max_idle_frames) {
    if (++Frame_ % 64 != 0) return; // sweep now and then: a frame's cost stays independent of the cache's size
    for (auto it = Entries_.begin(); it != Entries_.end();) {
        if (Frame_ - it->second.LastUsed > (uint64_t)max_idle_frames) it = Entries_.erase(it);
        else ++it;
    }
}

} // namespace folio::layout
