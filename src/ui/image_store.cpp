// ImageStore: choosing variants, loading photos near the view, their textures within the budget, placeholders
// and fades.
#include "ui/image_store.h"
#include "model/base64.h"
#include "model/thumbhash.h"

#include <algorithm>
#include <cmath>

namespace folio::ui {

int TypeRank(const std::string& type, const ImageSupport& s) {
    if (type == "image/avif") return s.Avif ? 3 : 0;
    if (type == "image/webp") return s.Webp ? 2 : 0;
    if (type == "image/jpeg") return 1;
    return 0; // a type this viewer does not know
}

const ImageVariant* ChooseVariant(const std::vector<ImageVariant>& variants, float device_width, const ImageSupport& support) {
    const ImageVariant* best = nullptr;
    for (const ImageVariant& v : variants) {
        const int rank = TypeRank(v.Type, support);
        if (rank == 0) continue;
        if (!best) { best = &v; continue; }
        const bool fits = v.Width >= device_width, best_fits = best->Width >= device_width;
        if (fits != best_fits) { if (fits) best = &v; continue; }
        // Both wide enough: the narrower; both too narrow: the wider; the same width: the better type.
        if (v.Width != best->Width) {
            if (fits ? v.Width < best->Width : v.Width > best->Width) best = &v;
        } else if (rank > TypeRank(best->Type, support)) {
            best = &v;
        }
    }
    return best;
}

void ImageStore::BeginFrame(double now_seconds, bool reduced_motion) {
    // What the platform supports can change after start (a browser's types are known once probed; the GPU once its
    // context is made); the pixel ratio is the App's, from the display.
    const float ratio = Support_.PixelRatio;
    if (Host_) Support_ = Host_->Images();
    Support_.PixelRatio = ratio;
    ++Frame_;
    Now_ = now_seconds;
    ReducedMotion_ = reduced_motion;
    Fading_ = false;
    Wanted_.clear();
}

ImageStore::Entry* ImageStore::Want(const Photo& photo, float width, float distance) {
    if (!Enabled() || width <= 0.0f) return nullptr;
    const float device = std::ceil(width * Support_.PixelRatio);
    const ImageVariant* v = ChooseVariant(photo.Variants, device, Support_);
    const std::string& url = v ? v->Url : photo.Src;
    if (url.empty() || (!v && !photo.Variants.empty())) return nullptr; // no variant this platform decodes
    // A photo without variants (a remote one) is loaded at the size it is wanted at, in steps of powers of two, so
    // the full-screen view gets a sharper one than the column's: such entries are keyed by the step too (after a
    // newline, which no cleaned URL holds, so no key of a variant's URL is ever the same).
    const std::string* key = &url;
    if (!v) {
        int step = 256;
        while (step < device && step < Support_.MaxTextureSize) step *= 2;
        Key_.assign("\n");
        Key_ += std::to_string(step);
        Key_ += '\n';
        Key_ += url;
        key = &Key_;
    }
    auto it = Entries_.find(*key);
    if (it == Entries_.end()) {
        it = Entries_.emplace(*key, Entry()).first;
        it->second.Url = &it->first;
        it->second.Source = url;
        it->second.Photo = photo.Src;
    }
    Entry& e = it->second;
    // The box to decode into: the device width, as tall as the photo's shape says, within the GPU's limit.
    const int side = Support_.MaxTextureSize;
    const int w = std::min(side, std::max(1, (int)device));
    const int pw = v ? v->Width : photo.Width, ph = v ? v->Height : photo.Height;
    const int h = pw > 0 && ph > 0 ? std::min(side, std::max(1, (int)std::ceil((double)w * ph / pw))) : side;
    if (e.Is == State::Idle) {
        e.BoxWidth = w;
        e.BoxHeight = h;
        // A photo of unknown shape is decoded into a box as tall as the GPU allows, but counting that box (a
        // portrait of 1:10 or more) would evict every photo held and stop loading ahead while it loads: it is
        // counted as a square until it arrives (the budget is kept then, as for any photo).
        e.Expected = (size_t)w * (pw > 0 && ph > 0 ? h : std::min(h, w)) * 4;
    }
    if (e.WantedFrame != Frame_) {
        e.WantedFrame = Frame_;
        e.Distance = distance;
        Wanted_.push_back(&e);
    } else {
        e.Distance = std::min(e.Distance, distance);
    }
    return &e;
}

PhotoPaint ImageStore::Show(const Photo& photo, float width) {
    PhotoPaint paint;
    Entry* e = Want(photo, width, 0.0f);
    if (e) e->SeenFrame = Frame_;
    if (e && e->Is == State::Ready) {
        paint.Texture = e->Texture;
        paint.Width = e->Width;
        paint.Height = e->Height;
        if (e->WaitedInView && !ReducedMotion_) {
            if (e->FadeStart < 0.0) e->FadeStart = Now_;
            paint.Alpha = (float)std::min(1.0, (Now_ - e->FadeStart) / kFadeSeconds);
            if (paint.Alpha < 1.0f) {
                Fading_ = true;
                paint.Placeholder = PlaceholderFor(photo.Placeholder);
            } else {
                e->WaitedInView = false; // faded in: drawn plainly from now on
            }
        }
        return paint;
    }
    // Not (yet) this variant: another of the same photo already held stands in, else the placeholder.
    auto held = Enabled() ? BestHeld_.find(photo.Src) : BestHeld_.end();
    if (held != BestHeld_.end()) {
        auto it = Entries_.find(held->second);
        if (it != Entries_.end() && it->second.Is == State::Ready) {
            it->second.SeenFrame = Frame_;
            paint.Texture = it->second.Texture;
            paint.Width = it->second.Width;
            paint.Height = it->second.Height;
            return paint;
        }
    }
    if (e && e->Is != State::Failed) e->WaitedInView = true;
    paint.Placeholder = PlaceholderFor(photo.Placeholder);
    paint.Failed = !e || e->Is == State::Failed;
    return paint;
}

void ImageStore::Prefetch(const Photo& photo, float width, float distance) { Want(photo, width, std::max(1.0f, distance)); }

TextureId ImageStore::PlaceholderFor(const std::string& base64) {
    if (base64.empty() || !Enabled()) return 0;
    auto it = Placeholders_.find(base64);
    if (it == Placeholders_.end()) {
        Placeholder p;
        std::vector<uint8_t> hash, rgba;
        std::string why;
        int w = 0, h = 0;
        if (FromBase64(base64, &hash) && ThumbHashToRgba(hash, &w, &h, &rgba, &why)) {
            p.Texture = Host_->CreateTexture(rgba.data(), w, h);
            if (p.Texture) p.Bytes = (size_t)w * h * 4;
            Add(p.Bytes);
        }
        it = Placeholders_.emplace(base64, p).first; // one that cannot be decoded is remembered as none
    }
    it->second.SeenFrame = Frame_;
    return it->second.Texture;
}

void ImageStore::Add(size_t bytes) {
    Bytes_ += bytes;
    PeakBytes_ = std::max(PeakBytes_, Bytes_);
}

void ImageStore::Start(Entry& e) {
    e.Is = State::Loading;
    e.Bytes = e.Expected;
    Reserved_ += e.Bytes;
    ++InFlight_;
    const std::string url = *e.Url;
    Host_->LoadImage(e.Source, e.BoxWidth, e.BoxHeight, [this, url, generation = Generation_](ImageResult&& r) {
        if (generation == Generation_) Loaded(url, std::move(r));
        else if (r.Ok && r.Texture) Host_->DestroyTexture(r.Texture);
    });
}

void ImageStore::Loaded(const std::string& url, ImageResult&& r) {
    auto it = Entries_.find(url);
    if (it == Entries_.end() || it->second.Is != State::Loading) { // cancelled, yet answered: not ours to keep
        if (r.Ok && r.Texture) Host_->DestroyTexture(r.Texture);
        return;
    }
    Entry& e = it->second;
    Reserved_ -= e.Bytes;
    --InFlight_;
    if (!r.Ok || !r.Texture) {
        e.Is = State::Failed;
        e.Bytes = 0;
    } else {
        e.Is = State::Ready;
        e.Texture = r.Texture;
        e.Width = r.Width;
        e.Height = r.Height;
        e.Bytes = (size_t)r.Width * r.Height * 4;
        Add(e.Bytes);
        auto held = BestHeld_.find(e.Photo);
        if (held == BestHeld_.end()) {
            BestHeld_.emplace(e.Photo, url);
        } else {
            auto other = Entries_.find(held->second);
            if (other == Entries_.end() || other->second.Is != State::Ready || other->second.Width < e.Width) held->second = url;
        }
        while (Bytes_ > Support_.TextureBudget && EvictOne(false)) {}
    }
    Host_->RequestFrame();
}

void ImageStore::Release(Entry& e) {
    if (e.Is == State::Loading) {
        // Cancelling drops every load of the URL: another step of the same remote photo loading too goes back to
        // Idle with it (it is started again if still wanted).
        Host_->CancelImage(e.Source);
        for (auto& [key, other] : Entries_) {
            if (&other == &e || other.Is != State::Loading || other.Source != e.Source) continue;
            Reserved_ -= other.Bytes;
            --InFlight_;
            other.Is = State::Idle;
            other.Bytes = 0;
        }
        Reserved_ -= e.Bytes;
        --InFlight_;
    } else if (e.Is == State::Ready) {
        Host_->DestroyTexture(e.Texture);
        Bytes_ -= e.Bytes;
        auto held = BestHeld_.find(e.Photo);
        if (held != BestHeld_.end() && held->second == *e.Url) BestHeld_.erase(held);
    }
    e.Is = State::Idle;
    e.Texture = 0;
    e.Bytes = 0;
    e.WaitedInView = false;
    e.FadeStart = -1.0;
}

bool ImageStore::EvictOne(bool wanted_too) {
    // Candidates: photos held and not in view (wanted_too: also those only near it, farthest first), and
    // placeholders not in view; the least recently used first.
    Entry* victim = nullptr;
    Placeholder* victim_p = nullptr;
    auto older = [&](uint64_t used, float distance) {
        if (!victim && !victim_p) return true;
        const uint64_t v_used = victim ? std::max(victim->SeenFrame, victim->WantedFrame) : victim_p->SeenFrame;
        if (used != v_used) return used < v_used;
        return victim && distance > victim->Distance;
    };
    for (auto& [url, e] : Entries_) {
        if (e.Is != State::Ready || e.SeenFrame == Frame_) continue;
        if (e.WantedFrame == Frame_ && !wanted_too) continue;
        const uint64_t used = std::max(e.SeenFrame, e.WantedFrame);
        if (older(used, e.WantedFrame == Frame_ ? e.Distance : 0.0f)) { victim = &e; victim_p = nullptr; }
    }
    for (auto& [hash, p] : Placeholders_) {
        if (!p.Texture || p.SeenFrame == Frame_) continue;
        if (older(p.SeenFrame, 0.0f)) { victim_p = &p; victim = nullptr; }
    }
    if (victim) { Release(*victim); return true; }
    if (victim_p) {
        Host_->DestroyTexture(victim_p->Texture);
        Bytes_ -= victim_p->Bytes;
        victim_p->Texture = 0;
        victim_p->Bytes = 0;
        // Forgotten, so it is made again when next seen.
        for (auto it = Placeholders_.begin(); it != Placeholders_.end(); ++it)
            if (&it->second == victim_p) { Placeholders_.erase(it); break; }
        return true;
    }
    return false;
}

bool ImageStore::EndFrame() {
    if (!Enabled()) return false;
    // Loads no longer wanted (scrolled past, another article) are cancelled; entries never loaded are forgotten.
    for (auto it = Entries_.begin(); it != Entries_.end();) {
        Entry& e = it->second;
        if (e.WantedFrame != Frame_ && e.Is == State::Loading) Release(e);
        if (e.Is == State::Idle && e.WantedFrame != Frame_) it = Entries_.erase(it);
        else ++it;
    }
    // Over the budget (the view moved on): the least recently seen go, then those only near the view.
    while (Bytes_ > Support_.TextureBudget && EvictOne(false)) {}
    while (Bytes_ > Support_.TextureBudget && EvictOne(true)) {}
    // Loads, in view first then nearest, while there is room: one in view always starts.
    std::sort(Wanted_.begin(), Wanted_.end(), [](const Entry* a, const Entry* b) { return a->Distance < b->Distance; });
    for (Entry* e : Wanted_) {
        if (InFlight_ >= (size_t)kMaxLoads) break;
        if (e->Is != State::Idle) continue;
        const size_t need = e->Expected;
        while (Bytes_ + Reserved_ + need > Support_.TextureBudget && EvictOne(false)) {}
        if (e->Distance > 0.0f && Bytes_ + Reserved_ + need > Support_.TextureBudget) break; // no room ahead
        Start(*e);
    }
    return Fading_;
}

void ImageStore::Clear() {
    if (!Host_) return;
    for (auto& [url, e] : Entries_) Release(e);
    for (auto& [hash, p] : Placeholders_)
        if (p.Texture) Host_->DestroyTexture(p.Texture);
    Entries_.clear();
    Placeholders_.clear();
    BestHeld_.clear();
    Wanted_.clear();
    Bytes_ = Reserved_ = InFlight_ = 0;
    ++Generation_;
}

} // namespace folio::ui
