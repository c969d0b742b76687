// Layout's path with the platform's text services (text_services.h), taken when a job has a right-to-left or
// shaped character (or a Thai, Lao, Khmer or Burmese one, which breaks by dictionary): paragraphs split at '\n',
// bidi levels per paragraph (UAX #9), break opportunities from the LineBreaker, runs in shaped faces itemized by
// (style run, level, face) and shaped, greedy filling on logical widths, then each line reordered into visual
// pieces. Internal to layout: Layout() calls it.
#pragma once
#include "layout/galley.h"
#include "layout/layout_steps.h"
#include "layout/text_job.h"
#include "layout/text_services.h"

#include <vector>

namespace folio::layout {

// Whether the job needs the services: a character in a face the shaper sets, a right-to-left character or bidi
// control (or a right-to-left job) with a bidi resolver, a complex-context character (class SA) with a breaker.
// Otherwise the fast path's result is exactly what it was before services existed.
bool NeedsServices(const LayoutJob& job, const std::vector<Char>& chars, const TextServices& services);
Galley LayoutWithServices(const LayoutJob& job, const FontMetrics& m, const TextServices& services, std::vector<Char> chars);

} // namespace folio::layout
