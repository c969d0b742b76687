// Pictures for the desktop viewer, from their URL to their pixels, without a window: a path read by the host's
// file rules (FileReader: inside the source's folder, no links followed, the size bound) on the decoder's thread,
// an http(s) address downloaded by an HttpFetcher of its own (so a large photo never delays an article's fetch),
// then decoded (ImageDecoder) to fit the box asked for. The download's thread hands its bytes straight to the
// decoder, so only a finished decode wakes the main loop; Deliver answers finished ones between frames. A load
// cancelled (CancelImage: its source closed) leaves the download and decode queues, and is never answered.
// NativeHost turns the pixels into textures.
#pragma once
#include "platform/native/http_fetch.h"
#include "platform/native/image_decoder.h"

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace folio::platform {

class ImageLoader {
public:
    // The reader of a path, made on the main thread when the load starts (so it holds the source's folder as it
    // was then) and run on the decoder's thread.
    using FileReader = std::function<ImageDecoder::Reader(const std::string& path)>;
    using Done = std::function<void(DecodedImage&&)>;

    // wake: called on a worker thread when a decode finishes (glfwPostEmptyEvent).
    ImageLoader(std::function<void()> wake, FileReader read_file);
    ~ImageLoader() = default; // the download thread stops first, then the decoder's

    // Loads url (a path, or an http(s) address) to fit within max_width x max_height; done is called later by Deliver.
    void Load(const std::string& url, int max_width, int max_height, Done done);
    void Cancel(const std::string& url); // every load of url not yet answered: never answered
    bool Deliver();                      // answers finished loads; true if there were any
    bool Busy() const { return !Loads_.empty(); } // loads not yet answered
    void SetCache(HttpCache* cache) { Http_.SetCache(cache); } // downloaded pictures kept for offline reading

private:
    struct Pending {
        std::string Url;
        Done Callback;
    };
    void ForwardDownloads(); // on the download thread: finished downloads to the decoder

    FileReader ReadFile_;
    std::unordered_map<uint64_t, Pending> Loads_; // id -> load, on the main thread only
    uint64_t NextId_ = 1;
    std::mutex BoxesMutex_;
    std::unordered_map<uint64_t, std::pair<int, int>> Boxes_; // downloads in progress -> their box
    ImageDecoder Decoder_;
    HttpFetcher Http_; // last: its thread stops first, so it never forwards to a decoder that is gone
};

} // namespace folio::platform
