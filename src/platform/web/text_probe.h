// Test hooks of the web's text services: the exports folio_test_text_* (main_web.cpp) let a browser test start the
// text module's load, hand it a font, and put a paragraph through the viewer's Host::Text() as the layout would
// (bidi levels, one line's reordering, a mirrored bracket, break opportunities, one shaped run), reading the answers
// back as JSON. Nothing of the App uses them; they exist so that tests/browser/text-services.test.mjs can check the
// bridge into the text module (web_text.h) in a real browser on its own.
#pragma once
#include "layout/text_services.h"

#include <string>

namespace folio::platform {

class WebTextServices;

// {"ready","loading","generation","error"} and, once ready, {"paragraph","levels","lineLevels","visual","mirror",
// "breaks","glyphs":[{"g","cl","ax","dx","dy"}] (absent when the face is not there)} for text (UTF-8) as one
// paragraph and one line, base 0 auto / 1 LTR / 2 RTL, shaped whole in face at em_px, right to left when rtl.
std::string TextProbeJson(WebTextServices& services, const char* text, int base, const char* lang, int face, float em_px, bool rtl);

// The state's "text": {"ready","loading","faces","error"} (docs/embedding.md), appended to a viewer's state JSON.
std::string AppendTextStats(std::string state_json, const WebTextServices& services);

} // namespace folio::platform
