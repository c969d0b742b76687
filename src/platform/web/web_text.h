// The web's TextServices: bidi, line breaking and shaping by calls through JavaScript into the text module
// (folio-text.js + .wasm, src/platform/web/text_module/), which the page loads once, on the first viewer's Need(),
// and shares between viewers (web/embed/runtime.js loadTextModule, handed to the viewer as Module.folioLoadText).
// Until it arrives every service is null (the layout's fast path); when it arrives Generation() changes and a frame
// is asked for, so what was laid out without it is laid out again. Arguments are copied into the module's heap and
// answers back; the module's context (this viewer's shaped faces) goes with this object.
#pragma once
#include "layout/text_services.h"

#include <string>
#include <vector>

namespace folio::platform {

class WebTextServices final : public layout::TextServices {
public:
    // request_frame(context) asks the viewer for a frame.
    WebTextServices(void (*request_frame)(void*), void* context);
    ~WebTextServices() override;
    WebTextServices(const WebTextServices&) = delete;
    WebTextServices& operator=(const WebTextServices&) = delete;

    const layout::BidiResolver* Bidi() const override { return Module_ ? &Bidi_ : nullptr; }
    const layout::LineBreaker* Breaker() const override { return Module_ ? &Breaker_ : nullptr; }
    layout::TextShaper* Shaper() override { return Module_ ? &Shaper_ : nullptr; }
    const layout::TextShaper* Shaper() const override { return Module_ ? &Shaper_ : nullptr; }
    uint32_t Generation() const override { return Generation_; }
    void Need() override;

    // From JavaScript (the export folio_text_arrived): the module's context for this viewer, or 0 and why not.
    void Arrived(int module_context, const char* error);
    bool Loading() const { return Loading_; }
    const std::string& LoadError() const { return Error_; } // empty unless the module failed to load
    int Faces() const { return Faces_; }                        // shaped faces the module took for this viewer

private:
    class Resolver final : public layout::BidiResolver {
    public:
        explicit Resolver(const WebTextServices& s) : S_(s) {}
        uint8_t ResolveLevels(const uint32_t* cps, size_t n, layout::Direction base, uint8_t* levels) const override;
        void ReorderLine(const uint32_t* cps, const uint8_t* levels, size_t begin, size_t end, uint8_t paragraph_level,
                         uint8_t* line_levels, uint32_t* visual) const override;
        uint32_t Mirror(uint32_t cp) const override;

    private:
        const WebTextServices& S_;
    };
    class Breaking final : public layout::LineBreaker {
    public:
        explicit Breaking(const WebTextServices& s) : S_(s) {}
        void Breaks(const uint32_t* cps, size_t n, const char* lang, layout::BreakKind* breaks) const override;

    private:
        const WebTextServices& S_;
    };
    class Shaping final : public layout::TextShaper {
    public:
        explicit Shaping(WebTextServices& s) : S_(s) {}
        void AddFace(layout::FaceId face, const std::string& font_bytes) override;
        bool HasFace(layout::FaceId face) const override;
        bool Shape(layout::FaceId face, float em_px, const char* utf8, size_t length, size_t begin, size_t end, bool rtl,
                   const char* lang, std::vector<layout::ShapedGlyph>* out) const override;

    private:
        WebTextServices& S_;
    };

    void (*RequestFrame_)(void*);
    void* Context_;
    int Module_ = 0; // the text module's context for this viewer; 0 until it arrives
    bool Loading_ = false;
    uint32_t Generation_ = 0;
    int Faces_ = 0;
    std::string Error_;
    Resolver Bidi_{*this};
    Breaking Breaker_{*this};
    Shaping Shaper_{*this};
};

} // namespace folio::platform
