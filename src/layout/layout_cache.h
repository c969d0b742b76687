// Galleys cached on (job, width in whole pixels, display scale, font generation), as egui caches its text:
// a frame asks for what it shows, and entries no frame asked for in a while are evicted.
#pragma once
#include "layout/layout.h"

#include <memory>
#include <unordered_map>

namespace folio::layout {

class LayoutCache {
public:
    // The galley for job, laid out now or earlier. `scale` is the display's pixel ratio; `font_generation`
    // changes when fonts change (a fallback face arrived), so old measurements are not reused.
    std::shared_ptr<const Galley> Get(const LayoutJob& job, const FontMetrics& metrics, float scale, uint32_t font_generation);
    void EndFrame(int max_idle_frames = 120); // counts a frame; now and then evicts entries unused that long
    size_t Size() const { return Entries_.size(); }
    uint64_t Hits() const { return Hits_; }
    uint64_t Misses() const { return Misses_; }

private:
    struct Entry {
        std::shared_ptr<const Galley> Result; // its Text is compared on a hit: a hash collision cannot show wrong text
        uint64_t LastUsed = 0;
    };
    std::unordered_map<uint64_t, Entry> Entries_;
    uint64_t Frame_ = 0, Hits_ = 0, Misses_ = 0;
};

} // namespace folio::layout
