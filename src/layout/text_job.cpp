// LayoutJob: building runs, and the hash that keys the layout cache (FNV-1a over text, runs and settings).
#include "layout/text_job.h"

#include <cmath>
#include <cstring>

namespace folio::layout {

void LayoutJob::Append(const std::string& text, const TextStyle& style) {
    if (text.empty() && !Runs.empty()) return; // an empty first run still gives an empty text its style
    const uint32_t begin = (uint32_t)Text.size();
    Text += text;
    if (!Runs.empty() && Runs.back().Style == style && Runs.back().End == begin) Runs.back().End = (uint32_t)Text.size();
    else Runs.push_back(Run{begin, (uint32_t)Text.size(), style});
}

static void Mix(uint64_t* h, const void* data, size_t n) {
    const unsigned char* p = (const unsigned char*)data;
    for (size_t i = 0; i < n; ++i) { *h ^= p[i]; *h *= 1099511628211ull; }
}

uint64_t LayoutJob::Hash() const {
    uint64_t h = 14695981039346656037ull;
    Mix(&h, Text.data(), Text.size());
    for (const Run& r : Runs) {
        Mix(&h, &r.Begin, sizeof r.Begin);
        Mix(&h, &r.End, sizeof r.End);
        Mix(&h, &r.Style.Face, sizeof r.Style.Face);
        Mix(&h, &r.Style.Size, sizeof r.Style.Size);
        Mix(&h, &r.Style.Color, sizeof r.Style.Color);
        Mix(&h, &r.Style.Link, sizeof r.Style.Link);
        Mix(&h, &r.Style.Unbreakable, sizeof r.Style.Unbreakable);
    }
    const float width = std::round(Width);
    Mix(&h, &width, sizeof width);
    Mix(&h, &Leading, sizeof Leading);
    Mix(&h, &Alignment, sizeof Alignment);
    Mix(&h, &Wrap, sizeof Wrap);
    Mix(&h, &Dir, sizeof Dir);
    Mix(&h, Language.data(), Language.size());
    return h;
}

} // namespace folio::layout
