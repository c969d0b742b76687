// DecodeImage with libvips' C API (its C++ API throws): the type from the bytes, the loader libvips would use
// checked to be that type's, the header's size checked, then vips_thumbnail_buffer (shrink-on-load, autorotate,
// sRGB, never up) with fail_on=error, 8-bit sRGB RGBA out; and ImageDecoder's worker thread.
#include "platform/native/image_decoder.h"
#include "cli/media.h"
#include "cli/photo.h"

#include <vips/vips.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <memory>

namespace folio::platform {

namespace {

std::atomic<bool> g_started{false}; // libvips was started by a decode or a question (so StopImageDecoding stops it)

bool Start(std::string* why) {
    if (!cli::StartVips(why)) return false;
    g_started = true;
    return true;
}

struct Unref {
    void operator()(VipsImage* p) const { g_object_unref(p); }
};
using ImagePtr = std::unique_ptr<VipsImage, Unref>;

// Replaces img by what op made of it; false (img kept) when op failed.
template <typename Op>
bool Then(ImagePtr& img, Op op) {
    VipsImage* out = nullptr;
    if (op(img.get(), &out) != 0) return false;
    img.reset(out);
    return true;
}

bool ContainsNoCase(std::string hay, std::string needle) {
    for (char& c : hay) c = (char)std::tolower((unsigned char)c);
    for (char& c : needle) c = (char)std::tolower((unsigned char)c);
    return hay.find(needle) != std::string::npos;
}

// The part of libvips' loader class names for each of ImageKindOf's kinds ("VipsForeignLoadJpegBuffer").
const char* LoaderNameOf(const std::string& kind) {
    if (kind == "jpg") return "jpeg";
    if (kind == "png") return "png";
    if (kind == "gif") return "gif";
    if (kind == "webp") return "webp";
    if (kind == "avif") return "heif";
    return nullptr;
}

bool HasOperation(const char* nickname) {
    std::string why;
    return Start(&why) && vips_type_find("VipsOperation", nickname) != 0;
}

} // namespace

bool DecodesWebp() { return HasOperation("webpload_buffer"); }
bool DecodesAvif() { return HasOperation("heifload_buffer"); }

void StopImageDecoding() {
    if (g_started.exchange(false)) vips_shutdown();
}

DecodedImage DecodeImage(const std::string& bytes, int max_width, int max_height) {
    DecodedImage r;
    if (max_width < 1 || max_height < 1) {
        r.Error = "asked for a picture of " + std::to_string(max_width) + " x " + std::to_string(max_height) + " pixels";
        return r;
    }
    if (!Start(&r.Error)) return r;
    const std::string kind = cli::ImageKindOf(bytes);
    const char* loader_name = LoaderNameOf(kind);
    if (!loader_name) {
        r.Error = "not a picture the viewer decodes (its bytes are no JPEG, PNG, GIF, WebP or AVIF)";
        return r;
    }
    void* buf = const_cast<char*>(bytes.data());
    const size_t n = bytes.size();
    // The loader libvips picks by the bytes must be the one for the type they were taken to be.
    const char* loader = vips_foreign_find_load_buffer(buf, n);
    if (!loader || !ContainsNoCase(loader, loader_name)) {
        vips_error_clear();
        r.Error = "not a readable " + kind + " image (this libvips has no loader for it)";
        return r;
    }
    // The header only: no pixel is decoded before its size is checked.
    {
        ImagePtr header(vips_image_new_from_buffer(buf, n, "", "fail_on", VIPS_FAIL_ON_ERROR, NULL));
        if (!header) {
            r.Error = "not a readable " + kind + " image: " + cli::VipsReason();
            return r;
        }
        const int w = header->Xsize, h = header->Ysize;
        if (w > cli::kMaxDecodeSide || h > cli::kMaxDecodeSide || (uint64_t)w * (uint64_t)h > cli::kMaxDecodePixels) {
            r.Error = "claims " + std::to_string(w) + " x " + std::to_string(h) +
                      " pixels, more than the viewer decodes (" + std::to_string(cli::kMaxDecodeSide) + " on a side, " +
                      std::to_string(cli::kMaxDecodePixels / 1000000) + " megapixels)";
            return r;
        }
    }
    // Shrunk while loading (a JPEG at 1/2, 1/4 or 1/8), fitted within the box, upright, in sRGB; never enlarged.
    // The error buffer is emptied first for cli::VipsLostDecodeError.
    vips_error_clear();
    VipsImage* thumb = nullptr;
    if (vips_thumbnail_buffer(buf, n, &thumb, max_width, "height", max_height, "size", VIPS_SIZE_DOWN,
                              "option_string", "fail_on=error", NULL) != 0) {
        r.Error = "not a readable " + kind + " image: " + cli::VipsReason();
        return r;
    }
    ImagePtr img(thumb);
    // 8-bit sRGB (a grey or 16-bit image comes out of the thumbnail in its own space), then RGBA.
    const bool srgb8 = img->Type == VIPS_INTERPRETATION_sRGB && img->BandFmt == VIPS_FORMAT_UCHAR;
    if (!srgb8 && !Then(img, [](VipsImage* in, VipsImage** out) {
            return vips_colourspace(in, out, VIPS_INTERPRETATION_sRGB, NULL);
        })) {
        r.Error = "its colours could not be converted to sRGB: " + cli::VipsReason();
        return r;
    }
    if (img->BandFmt != VIPS_FORMAT_UCHAR &&
        !Then(img, [](VipsImage* in, VipsImage** out) { return vips_cast_uchar(in, out, NULL); })) {
        r.Error = "its colours could not be converted to 8 bits: " + cli::VipsReason();
        return r;
    }
    if (img->Bands == 3 && !Then(img, [](VipsImage* in, VipsImage** out) { return vips_addalpha(in, out, NULL); })) {
        r.Error = "an alpha channel could not be added: " + cli::VipsReason();
        return r;
    }
    if (img->Bands != 4) {
        r.Error = "it has " + std::to_string(img->Bands) + " bands after its conversion to sRGB";
        return r;
    }
    // The pixels are decoded here: a truncated or corrupt file fails now.
    size_t size = 0;
    void* mem = vips_image_write_to_memory(img.get(), &size);
    if (mem && cli::VipsLostDecodeError(kind)) {
        g_free(mem);
        mem = nullptr;
    }
    if (!mem) {
        r.Error = "truncated or corrupt: " + cli::VipsReason();
        return r;
    }
    const auto* px = static_cast<const unsigned char*>(mem);
    r.Rgba.assign(px, px + size);
    g_free(mem);
    r.Width = img->Xsize;
    r.Height = img->Ysize;
    r.Ok = true;
    return r;
}

ImageDecoder::~ImageDecoder() {
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        Stop_ = true;
        Queue_.clear();
    }
    Cv_.notify_all();
    if (Thread_.joinable()) Thread_.join();
}

void ImageDecoder::Decode(uint64_t id, std::string bytes, int max_width, int max_height) {
    Job job;
    job.Id = id;
    job.Bytes = std::move(bytes);
    job.MaxWidth = max_width;
    job.MaxHeight = max_height;
    Enqueue(std::move(job));
}

void ImageDecoder::DecodeRead(uint64_t id, Reader read, int max_width, int max_height) {
    Job job;
    job.Id = id;
    job.Read = std::move(read);
    job.MaxWidth = max_width;
    job.MaxHeight = max_height;
    Enqueue(std::move(job));
}

void ImageDecoder::Enqueue(Job&& job) {
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        Queue_.push_back(std::move(job));
        if (!Thread_.joinable()) Thread_ = std::thread([this] { Run(); });
    }
    Cv_.notify_one();
}

void ImageDecoder::Cancel(uint64_t id) {
    std::lock_guard<std::mutex> lock(Mutex_);
    Queue_.erase(std::remove_if(Queue_.begin(), Queue_.end(), [id](const Job& j) { return j.Id == id; }), Queue_.end());
    if (CurrentId_ == id) CancelCurrent_ = true;
    Finished_.erase(std::remove_if(Finished_.begin(), Finished_.end(), [id](const auto& f) { return f.first == id; }),
                    Finished_.end());
}

std::vector<std::pair<uint64_t, DecodedImage>> ImageDecoder::TakeFinished() {
    std::lock_guard<std::mutex> lock(Mutex_);
    std::vector<std::pair<uint64_t, DecodedImage>> out;
    out.swap(Finished_);
    return out;
}

bool ImageDecoder::Busy() const {
    std::lock_guard<std::mutex> lock(Mutex_);
    return !Queue_.empty() || CurrentId_ != 0 || !Finished_.empty();
}

void ImageDecoder::Run() {
    std::unique_lock<std::mutex> lock(Mutex_);
    for (;;) {
        Cv_.wait(lock, [this] { return Stop_ || !Queue_.empty(); });
        if (Stop_) return;
        Job job = std::move(Queue_.front());
        Queue_.pop_front();
        CurrentId_ = job.Id;
        CancelCurrent_ = false;
        lock.unlock();
        DecodedImage result;
        if (job.Read) {
            ui::FetchResult read = job.Read();
            if (read.Ok) result = DecodeImage(read.Body, job.MaxWidth, job.MaxHeight);
            else result.Error = std::move(read.Error);
        } else {
            result = DecodeImage(job.Bytes, job.MaxWidth, job.MaxHeight);
        }
        lock.lock();
        const bool answer = !CancelCurrent_ && !Stop_;
        CurrentId_ = 0;
        if (answer) Finished_.emplace_back(job.Id, std::move(result));
        if (answer) {
            lock.unlock();
            Wake_();
            lock.lock();
        }
    }
}

} // namespace folio::platform
