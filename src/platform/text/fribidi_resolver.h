// The Unicode Bidirectional Algorithm (UAX #9) by FriBidi, built from Debian's source package for the desktop and
// the web's text module alike (cmake/text_libs.cmake), so both pass the same conformance files.
#pragma once
#include "layout/text_services.h"

namespace folio::platform {

class FribidiResolver final : public layout::BidiResolver {
public:
    uint8_t ResolveLevels(const uint32_t* cps, size_t n, layout::Direction base, uint8_t* levels) const override;
    void ReorderLine(const uint32_t* cps, const uint8_t* levels, size_t begin, size_t end, uint8_t paragraph_level,
                     uint8_t* line_levels, uint32_t* visual) const override;
    uint32_t Mirror(uint32_t cp) const override;
};

} // namespace folio::platform
