// The pictures the viewer draws. For each photo in view or near it: which variant to load for the size it is shown
// at (ChooseVariant), the load through the Host (which fetches, decodes off the main thread and makes a texture),
// its ThumbHash placeholder until the pixels arrive, and a short fade-in after (none with reduced motion).
// Textures are held within the platform's budget (ImageSupport::TextureBudget): past it, those least recently seen
// go first, never one in view; a load not wanted any more (the reader scrolled on) is cancelled. ImGui-free: the
// App and the reader view draw what Show() returns.
//
// A frame: BeginFrame, then Show for each photo in view and Prefetch for those within reach, then EndFrame,
// which starts and cancels loads and evicts. A frame with nothing new allocates nothing.
#pragma once
#include "model/article.h"
#include "ui/host.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace folio::ui {

// How a platform ranks an image type it decodes: AVIF 3, WebP 2, JPEG 1; 0 for one it does not decode.
int TypeRank(const std::string& type, const ImageSupport& support);

// The variant to load for a photo shown device_width device pixels wide: the narrowest at least that wide (else
// the widest), in the best type the platform decodes (AVIF, then WebP, then JPEG). nullptr when there is none.
const ImageVariant* ChooseVariant(const std::vector<ImageVariant>& variants, float device_width, const ImageSupport& support);

// What to draw for a photo this frame.
struct PhotoPaint {
    TextureId Texture = 0;     // the photo (or a smaller variant of it already held), or 0
    int Width = 0, Height = 0; // the texture's pixels
    float Alpha = 1.0f;        // the photo's fade-in, over its placeholder
    TextureId Placeholder = 0; // the ThumbHash as a texture (tiny, drawn smoothly scaled up), or 0
    bool Failed = false;       // it cannot be shown (nor is any other variant held): its alt text stands in
};

class ImageStore {
public:
    static constexpr int kMaxLoads = 4;           // loads in flight at once, nearest first
    static constexpr double kFadeSeconds = 0.2;

    ~ImageStore() { Clear(); }
    void Init(Host* host) { Host_ = host; Support_ = host->Images(); }
    // The display's, each frame before BeginFrame (which reads the rest of ImageSupport again from the host).
    void SetPixelRatio(float ratio) { Support_.PixelRatio = ratio > 0.0f ? ratio : 1.0f; }
    bool Enabled() const { return Host_ && Support_.MaxTextureSize > 0; } // the platform shows pictures
    const ImageSupport& Support() const { return Support_; }

    void BeginFrame(double now_seconds, bool reduced_motion);
    // A photo in view, shown width layout pixels wide (the store asks for width x pixel ratio device pixels).
    PhotoPaint Show(const Photo& photo, float width);
    // A photo near the view, distance layout pixels away from it: loaded after those in view, nearest first.
    void Prefetch(const Photo& photo, float width, float distance);
    // Starts the loads wanted (nearest first, kMaxLoads at once, within the budget), cancels those not wanted this
    // frame, evicts the least recently seen beyond the budget. True while a fade wants more frames.
    bool EndFrame();
    void Clear(); // every texture destroyed and every load cancelled (a new source; Retry)

    size_t TextureBytes() const { return Bytes_; }            // held now (photos and placeholders)
    size_t PeakTextureBytes() const { return PeakBytes_; }    // the most held at once since Init
    size_t LoadsInFlight() const { return InFlight_; }

private:
    enum class State : unsigned char { Idle, Loading, Ready, Failed };
    struct Entry {
        const std::string* Url = nullptr; // its key in Entries_
        std::string Source;         // the URL loaded: the key, or (a photo without variants) what its key names
        std::string Photo;          // the photo's Src: its variants stand in for each other
        State Is = State::Idle;
        TextureId Texture = 0;
        int Width = 0, Height = 0, BoxWidth = 0, BoxHeight = 0; // the texture, and the box it was asked to fit
        size_t Bytes = 0;           // the texture's (Ready), or what it is expected to take (Loading)
        size_t Expected = 0;        // what it is expected to take: its box, or (shape unknown) a square of its width
        uint64_t SeenFrame = 0, WantedFrame = 0;
        float Distance = 0.0f;      // this frame's: 0 in view
        bool WaitedInView = false;  // shown as a placeholder while loading: it fades in when it arrives
        double FadeStart = -1.0;
    };
    struct Placeholder {
        TextureId Texture = 0;
        size_t Bytes = 0;
        uint64_t SeenFrame = 0;
    };
    Entry* Want(const Photo& photo, float width, float distance);
    void Start(Entry& e);
    void Loaded(const std::string& url, ImageResult&& r);
    TextureId PlaceholderFor(const std::string& base64);
    void Release(Entry& e);      // its texture destroyed, its load cancelled: Idle
    bool EvictOne(bool wanted_too); // the least recently used not in view (wanted_too: also those only near it)
    void Add(size_t bytes);

    Host* Host_ = nullptr;
    ImageSupport Support_;
    std::unordered_map<std::string, Entry> Entries_;          // by the URL loaded
    std::unordered_map<std::string, std::string> BestHeld_;   // photo Src -> the URL of a Ready variant of it
    std::unordered_map<std::string, Placeholder> Placeholders_; // by ThumbHash (base64)
    std::string Key_;                                         // a key being made (its capacity kept: no allocation)
    std::vector<Entry*> Wanted_;                              // this frame's, to start nearest first
    uint64_t Frame_ = 0;
    double Now_ = 0.0;
    bool ReducedMotion_ = false, Fading_ = false;
    size_t Bytes_ = 0, PeakBytes_ = 0, Reserved_ = 0, InFlight_ = 0;
    uint64_t Generation_ = 0;   // bumped by Clear: answers of loads from before are dropped
};

} // namespace folio::ui
