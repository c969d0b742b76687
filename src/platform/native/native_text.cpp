// NativeTextServices: the desktop's bidi, line breaking (with the dictionary segmenter) and shaping, owned together
// so the line breaker's segmenter lives as long as it does.
#include "platform/native/native_text.h"

namespace folio::platform {

NativeTextServices::NativeTextServices() : Breaker_(&Segmenter_) {}
NativeTextServices::~NativeTextServices() = default;

} // namespace folio::platform
