// The reader's typefaces: Noto Serif and Noto Sans in four styles, Noto Sans Mono for code, and fallback faces (CJK, Korean, rarer Latin,
// arrows and mathematical signs, symbols; slices listed in fonts/fallback.json), fetched through the
// Host as TTF files and handed to ImGui's atlas, which rasterises each size on demand (ImGui 1.92 dynamic
// fonts) at the display's framebuffer scale, so text stays crisp. FaceSet is also the layout layer's
// FontMetrics. The five faces a first view needs load at start; the others when first asked for, and a fallback
// slice only when text needs one of its characters (WantText).
// Shaped faces (script faces: Arabic, Hebrew, Devanagari, Thai, ...; fonts/fallback.json entries with "shaped":
// true, a "script" (ISO 15924) and optionally a "bold" file) are fallback faces whose text layout shapes through the
// platform's TextServices (Host::Text()): they go into the atlas as glyph-index fonts (glyph_index_font.h) and their
// bytes to the shaper; they load when text needs their characters or when an article names their script
// (WantScripts), and only then is the platform's text module asked for (TextServices::Need()).
#pragma once
#include "layout/font_metrics.h"
#include "layout/text_services.h"
#include "ui/host.h"

#include <functional>
#include <string>
#include <vector>

struct ImFont;
struct ImFontBaked;

namespace folio::ui {

enum Face : layout::FaceId {
    SerifRegular, SerifItalic, SerifBold, SerifBoldItalic,
    SansRegular, SansItalic, SansBold, SansBoldItalic,
    Mono,      // code: Noto Sans Mono, fetched only for an article with code (Want(Mono))
    FaceCount,
    FirstFallback = FaceCount, // the fallback slices of fonts/fallback.json follow
};

// A face's style as a reader asks for it.
Face FaceFor(bool sans, bool italic, bool bold);

class FaceSet final : public layout::FontMetrics {
public:
    // Fetches the first-view faces from base_url ("fonts/"); ready(ok, error) runs once they are all in.
    void Start(Host* host, const std::string& base_url, std::function<void(bool, const std::string&)> ready);
    bool Ready() const { return Ready_; }
    // Changes whenever a face arrives or the text services do (the web's text module loading): both only grow.
    uint32_t Generation() const { return Generation_ + (Text_ ? Text_->Generation() : 0); }
    // Forgets cached ImGui baked-font pointers; hands shaped faces that arrived before the shaper to it.
    void BeginFrame();

    ImFont* Font(layout::FaceId face) const;             // the face, or its stand-in while it loads
    float ImGuiSize(layout::FaceId face, float em) const; // ImGui sizes by ascent-to-descent height, CSS by em; whole
    void Want(Face face);                                 // loads an optional face if it is not in yet
    void WantText(const std::string& text);               // loads fallback faces for characters no face has
    // Loads the shaped faces of these scripts (ISO 15924 codes: "Arab", "Hebr", ...) before their text is laid out,
    // so the fonts and the text module arrive in parallel with the article.
    void WantScripts(const std::vector<std::string>& scripts);

    float Advance(layout::FaceId face, float size, uint32_t codepoint) const override;
    float Ascent(layout::FaceId face, float size) const override;
    float Descent(layout::FaceId face, float size) const override;
    layout::FaceId Resolve(layout::FaceId face, uint32_t codepoint) const override;
    bool Shaped(layout::FaceId face) const override; // a shaped face that is in, its bytes handed to the shaper
    float PixelEm(layout::FaceId face, float size) const override;
    const layout::TextServices* Services() const override { return Text_; }

private:
    struct Slot {
        ImFont* Font = nullptr;
        float EmScale = 1.0f;
        bool Requested = false;
        std::vector<std::pair<uint32_t, uint32_t>> Ranges; // fallback faces: what they cover
        std::string File;
        // Shaped faces: drawn by glyph index; Bold is the slot of the bold face (-1: none), for bold text.
        bool Shaped = false, Regular = true, InShaper = false;
        int Bold = -1;
        std::string Script;
        std::string Bytes; // a shaped face's file, kept until the shaper takes it
    };
    void Load(layout::FaceId face);
    void LoadShaped(layout::FaceId face); // and its bold face, and asks for the text module
    void HandToShaper();
    void FetchManifest();
    bool Usable(layout::FaceId face, uint32_t codepoint) const; // a fallback face that can draw codepoint now
    void Arrived(layout::FaceId face, FetchResult&& r);
    void LoadManifest(const std::string& text);
    ImFontBaked* Baked(layout::FaceId face, float size) const;

    Host* Host_ = nullptr;
    std::string BaseUrl_;
    std::vector<Slot> Slots_;
    std::function<void(bool, const std::string&)> ReadyFn_;
    int PendingFirst_ = 0;
    bool Ready_ = false, Failed_ = false;
    uint32_t Generation_ = 0;
    enum class Manifest { None, Loading, Loaded, Failed } Manifest_ = Manifest::None;
    std::string WantedText_; // characters waiting for the fallback manifest, or for the first-view faces
    std::vector<std::string> WantedScripts_; // scripts waiting for it
    layout::TextServices* Text_ = nullptr;
    bool ForShaper_ = false; // a shaped face arrived that the shaper has not taken yet
    mutable layout::FaceId CachedFace_ = 255;
    mutable float CachedSize_ = 0.0f;
    mutable ImFontBaked* CachedBaked_ = nullptr;
};

// (ascender - descender) / unitsPerEm from a TrueType file's 'hhea' and 'head' tables, as stb_truetype
// measures them; 1 when the tables cannot be read.
float EmScaleOfTrueType(const unsigned char* data, size_t size);

} // namespace folio::ui
