// ImageLoader: loads by id, downloads forwarded to the decoder on the download thread, answers between frames.
#include "platform/native/image_loader.h"
#include "model/url.h"

#include <memory>
#include <vector>

namespace folio::platform {

ImageLoader::ImageLoader(std::function<void()> wake, FileReader read_file)
    : ReadFile_(std::move(read_file)), Decoder_(std::move(wake)), Http_([this] { ForwardDownloads(); }) {}

void ImageLoader::Load(const std::string& url, int max_width, int max_height, Done done) {
    const uint64_t id = NextId_++;
    Loads_.emplace(id, Pending{url, std::move(done)});
    if (IsHttpUrl(url)) {
        {
            std::lock_guard<std::mutex> lock(BoxesMutex_);
            Boxes_[id] = {max_width, max_height};
        }
        Http_.Start(id, url);
    } else {
        Decoder_.DecodeRead(id, ReadFile_(url), max_width, max_height);
    }
}

void ImageLoader::Cancel(const std::string& url) {
    for (auto it = Loads_.begin(); it != Loads_.end();) {
        if (it->second.Url != url) { ++it; continue; }
        const uint64_t id = it->first;
        {
            std::lock_guard<std::mutex> lock(BoxesMutex_);
            Boxes_.erase(id);
        }
        Http_.Cancel(id);
        Decoder_.Cancel(id);
        it = Loads_.erase(it);
    }
}

// The download thread's wake: called as bytes arrive and when a download ends. A finished download (or its
// error) goes to the decoder, which answers it; a cancelled one has no box any more and is dropped.
void ImageLoader::ForwardDownloads() {
    for (auto& [id, result] : Http_.TakeFinished()) {
        std::lock_guard<std::mutex> lock(BoxesMutex_);
        auto box = Boxes_.find(id);
        if (box == Boxes_.end()) continue;
        auto fetched = std::make_shared<ui::FetchResult>(std::move(result));
        Decoder_.DecodeRead(id, [fetched] { return std::move(*fetched); }, box->second.first, box->second.second);
        Boxes_.erase(box);
    }
}

bool ImageLoader::Deliver() {
    auto finished = Decoder_.TakeFinished();
    bool any = false;
    for (auto& [id, image] : finished) {
        auto it = Loads_.find(id);
        if (it == Loads_.end()) continue; // cancelled after it was decoded
        Done done = std::move(it->second.Callback);
        Loads_.erase(it);
        done(std::move(image)); // may load or cancel again
        any = true;
    }
    return any;
}

} // namespace folio::platform
