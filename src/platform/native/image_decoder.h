// The desktop viewer's picture decoding: an image's bytes (in memory, or read by a function on the worker) decoded
// with libvips on one worker thread, so the window never waits on a decode. DecodeImage is the decode itself:
// only the types media.h's ImageKindOf names (JPEG, PNG, GIF's first frame, WebP, AVIF), the header checked
// against photo.h's kMaxDecodePixels/kMaxDecodeSide before a pixel is decoded (a decompression bomb is refused),
// shrunk while it loads to fit a box (never enlarged, aspect kept), turned upright by its EXIF orientation,
// converted to 8-bit sRGB with an alpha channel (RGBA, straight alpha, rows top down), and a truncated or corrupt
// file is an error rather than grey rows. ImageDecoder queues such decodes; finished ones are collected by the
// main thread (TakeFinished) between frames, and the thread wakes the main loop (`wake`: glfwPostEmptyEvent) when
// one finishes. A decode cancelled leaves the queue, or, in flight, is never answered. libvips is started once per
// process (cli::StartVips); StopImageDecoding shuts it down at exit.
#pragma once
#include "ui/host.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace folio::platform {

struct DecodedImage {
    bool Ok = false;
    std::vector<unsigned char> Rgba; // Width x Height x 4 bytes when Ok
    int Width = 0, Height = 0;
    std::string Error;               // why not, when !Ok ("claims 50000 x 50000 pixels, more than …")
};

// Decodes bytes now, on the calling thread, to fit within max_width x max_height (both at least 1).
DecodedImage DecodeImage(const std::string& bytes, int max_width, int max_height);

// Whether this libvips loads WebP, and AVIF (its HEIF loader).
bool DecodesWebp();
bool DecodesAvif();

// Shuts libvips down (its threads and buffers), once every ImageDecoder is gone; at the end of main.
void StopImageDecoding();

class ImageDecoder {
public:
    using Reader = std::function<ui::FetchResult()>; // the bytes, read on the worker thread (a file)

    explicit ImageDecoder(std::function<void()> wake) : Wake_(std::move(wake)) {}
    ~ImageDecoder(); // drops the queue, lets the decode in flight end, joins the thread

    // Queues a decode of bytes, or of what read() returns (its error is the answer when it fails). The thread
    // starts with the first decode.
    void Decode(uint64_t id, std::string bytes, int max_width, int max_height);
    void DecodeRead(uint64_t id, Reader read, int max_width, int max_height);
    void Cancel(uint64_t id); // dropped from the queue, or its result dropped when it ends; never answered
    std::vector<std::pair<uint64_t, DecodedImage>> TakeFinished();
    bool Busy() const; // decodes queued, in flight or not yet taken

private:
    struct Job {
        uint64_t Id = 0;
        std::string Bytes;
        Reader Read;
        int MaxWidth = 0, MaxHeight = 0;
    };
    void Enqueue(Job&& job);
    void Run();

    std::function<void()> Wake_;
    mutable std::mutex Mutex_;
    std::condition_variable Cv_;
    std::deque<Job> Queue_;
    uint64_t CurrentId_ = 0;        // the decode in flight; 0 when none
    bool CancelCurrent_ = false;    // ... is cancelled: its result is dropped
    std::vector<std::pair<uint64_t, DecodedImage>> Finished_;
    bool Stop_ = false;
    std::thread Thread_;
};

} // namespace folio::platform
