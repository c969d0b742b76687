// Text layout: a job in, an immutable galley out. Lines break at the opportunities of line_breaks.h; a word
// wider than the measure breaks between characters instead of overflowing.
#pragma once
#include "layout/font_metrics.h"
#include "layout/galley.h"
#include "layout/text_job.h"

namespace folio::layout {

Galley Layout(const LayoutJob& job, const FontMetrics& metrics);

} // namespace folio::layout
