// What the UI asks of the platform it runs on. The platform layer implements Host; the UI never includes a
// platform header. Every call is made outside of an ImGui frame, or is safe within one.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace folio::layout { class TextServices; }
namespace folio::search { class SearchService; class TextFolder; }

namespace folio::ui {

class SpeechEngine;
class OfflineShelf;

struct FetchResult {
    bool Ok = false;
    std::string Body;   // the bytes fetched, when Ok
    std::string Error;  // why not, when !Ok ("HTTP 404 Not Found", "No such file or directory")
    bool Offline = false; // when !Ok: the device is offline and keeps no copy (the reader sees a note, not an error)
};
using FetchCallback = std::function<void(FetchResult&&)>;

// A picture on the GPU, made by the platform's renderer: what ImGui draws it by (an ImTextureID); 0 is none.
using TextureId = uint64_t;

struct ImageResult {
    bool Ok = false;
    TextureId Texture = 0;  // when Ok: an RGBA texture the caller owns (DestroyTexture), drawn straight (not premultiplied)
    int Width = 0, Height = 0; // its pixels
    std::string Error;      // why not, when !Ok ("HTTP 404 Not Found", "not an image the browser decodes")
};
using ImageCallback = std::function<void(ImageResult&&)>;

// What the platform's pictures can be.
struct ImageSupport {
    bool Webp = false, Avif = false; // types it decodes besides JPEG
    int MaxTextureSize = 0;          // the GPU's largest side (GL_MAX_TEXTURE_SIZE); 0: it shows no images
    size_t TextureBudget = 0;        // bytes of texture memory pictures may hold at once (smaller on phones)
    float PixelRatio = 1.0f;         // device pixels per layout pixel
};

class Host {
public:
    virtual ~Host() = default;
    virtual void Fetch(const std::string& url, FetchCallback done) = 0; // done is called later, between frames
    // Drops the fetches of url not yet answered (their source was closed): their callbacks are never called, and
    // a download of it in flight or queued is stopped, so what is fetched next waits for none of them.
    virtual void CancelFetch(const std::string& url) = 0;
    virtual void SetTitle(const std::string& title) = 0;                 // the page or window title
    virtual void StateChanged(const std::string& state_json) = 0;        // App::StateJson(), on each change
    virtual void RequestFrame() = 0;                                     // something changed: draw soon
    virtual std::string LoadSetting(const std::string& key) = 0;         // "" when never saved
    virtual void SaveSetting(const std::string& key, const std::string& value) = 0;
    virtual void SetClipboard(const std::string& text) = 0;
    virtual void OpenUrl(const std::string& url) = 0;                    // in a new tab or the system's browser
    // The address of what is shown ("#/article/<id>"); push adds a history entry (Back returns), else replaces.
    virtual void SetRoute(const std::string& route, bool push) = 0;
    // A link a reader can share that opens route here (the page's address with the route), or "" if none.
    virtual std::string LinkTo(const std::string& route) = 0;

    // Pictures. LoadImage fetches url and decodes it off the main thread, scaled down (never up, aspect kept) to
    // fit within max_width x max_height and the GPU's MaxTextureSize, then makes it a texture; done is called later,
    // between frames, as a fetch's is. CancelImage drops the loads of url not yet answered (done is never called).
    virtual void LoadImage(const std::string& url, int max_width, int max_height, ImageCallback done) = 0;
    virtual void CancelImage(const std::string& url) = 0;
    // A texture from RGBA pixels already in memory (a ThumbHash placeholder); 0 on failure.
    virtual TextureId CreateTexture(const unsigned char* rgba, int width, int height) = 0;
    virtual void DestroyTexture(TextureId texture) = 0;
    virtual ImageSupport Images() = 0;

    // Bidi, line breaking and shaping for every script (layout/text_services.h), owned by the platform; null: the
    // layout's fast path only (a headless test, or a platform without them).
    virtual layout::TextServices* Text() { return nullptr; }
    // Search's Unicode fold (search/fold.h: NFKD, marks off, lower case, NFKC, punctuation to spaces), owned by the
    // platform (ICU on the desktop, the browser's normalize() on the web); null: no search (a headless test without one).
    virtual const search::TextFolder* Folder() { return nullptr; }
    // The search engine over the open bundle's index (search/search_service.h), owned by the platform: in this
    // process on the desktop, in a module loaded on the first search on the web. Null: no search.
    virtual search::SearchService* Search() { return nullptr; }
    // Speech synthesis for read aloud (ui/speech.h), owned by the platform: the browser's Web Speech API, or
    // speech-dispatcher loaded at run time on the desktop. Null: none here (read aloud is not offered).
    virtual SpeechEngine* Speech() { return nullptr; }
    // The store of articles saved for offline reading (ui/offline_shelf.h), owned by the platform: Cache Storage
    // on the web. Null: none here ("Save for offline" is not offered).
    virtual OfflineShelf* Offline() { return nullptr; }
    // A language's name in English for a BCP 47 tag ("ru": "Russian", "pt-BR": "Portuguese (Brazil)"), from CLDR
    // through the platform (the browser's Intl.DisplayNames, ICU on the desktop); "": unknown (the tag is shown).
    virtual std::string LanguageName(const std::string& tag) {
        (void)tag;
        return std::string();
    }
};

} // namespace folio::ui
