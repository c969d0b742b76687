// The web's pictures for ui::Host (WebHost forwards its picture calls here): photos fetched through the page's
// folioFetch, decoded by the browser (createImageBitmap, off the main thread, scaled to the box asked for) and
// uploaded by JavaScript into a WebGL texture registered in Emscripten's GL table, so the wasm side draws and deletes
// it by its GL name like any other; textures from pixels in memory (placeholders); what the browser decodes and the
// GPU holds. No image decoder is compiled into the wasm. It keeps count of its textures (the state's "textures").
#pragma once
#include "ui/host.h"

#include <cstddef>
#include <string>
#include <unordered_map>

namespace folio::platform {

class WebImages {
public:
    // request_frame(context) asks the viewer for a frame (an answer arrived).
    WebImages(void (*request_frame)(void*), void* context) : RequestFrame_(request_frame), Context_(context) {}
    // The viewer's WebGL context is current: pictures can be made from now on (before, or without WebGL, Support()
    // reports MaxTextureSize 0 and every load fails). Starts the one-time check of the types the browser decodes.
    void Start();
    void Load(const std::string& url, int max_width, int max_height, ui::ImageCallback done);
    void Cancel(const std::string& url);
    void CancelAll();   // the viewer stops: no load answers any more, and their downloads are aborted
    void DestroyAll();  // the viewer stops: every texture made here is deleted (before the context goes)
    ui::TextureId Create(const unsigned char* rgba, int width, int height);
    void Destroy(ui::TextureId texture); // only textures made here; others (ImGui's font atlas) are left alone
    ui::ImageSupport Support() const;

    // From JavaScript (the exports folio_image_done and folio_image_types).
    void LoadDone(int id, unsigned texture, int width, int height, char* error, int error_size);
    void TypesKnown(bool webp, bool avif) { Webp_ = webp; Avif_ = avif; }

    struct Stats {
        int Live = 0;            // textures made here and not yet destroyed
        size_t Bytes = 0;        // their memory (4 bytes a pixel)
        size_t PeakBytes = 0;    // the most Bytes ever was
        int Loading = 0;         // loads not yet answered
    };
    const Stats& Counts() const { return Stats_; }

private:
    void Track(ui::TextureId texture, int width, int height);

    void (*RequestFrame_)(void*);
    void* Context_;
    int MaxTextureSize_ = 0;
    size_t Budget_ = 0;
    bool Webp_ = false, Avif_ = false;
    int NextId_ = 1;
    std::unordered_map<int, std::pair<std::string, ui::ImageCallback>> Pending_; // id -> (url, callback)
    std::unordered_map<ui::TextureId, size_t> Textures_;                        // texture -> bytes
    Stats Stats_;
};

} // namespace folio::platform
