// ImageStore headless: the variant chosen for a size and a screen, loads near the view in order, the budget's
// eviction of the least recently seen, placeholders, fades, failures and cancellation, against the fake host.
#include "fake_host.h"
#include "model/base64.h"
#include "model/thumbhash.h"
#include "ui/image_store.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::ui;
using folio::test::FakeHost;

namespace {

// A photo of width x height with the bundle tool's ladder (WebP and JPEG at each width up to its own), at name.
Photo Ladder(const std::string& name, int width, int height) {
    Photo p;
    p.Src = name + "-1280.jpg";
    p.Width = width;
    p.Height = height;
    for (int w : {320, 640, 960, 1280, 1920}) {
        if (w > width) break;
        const int h = (int)((double)height * w / width + 0.5);
        p.Variants.push_back(ImageVariant{w, h, "image/webp", name + "-" + std::to_string(w) + ".webp", w * 10});
        p.Variants.push_back(ImageVariant{w, h, "image/jpeg", name + "-" + std::to_string(w) + ".jpg", w * 15});
    }
    return p;
}

std::string Hash() {
    std::vector<uint8_t> rgba(8 * 6 * 4), hash;
    for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = (uint8_t)(i * 7);
    std::string why;
    REQUIRE(ThumbHashFromRgba(8, 6, rgba.data(), rgba.size(), &hash, &why));
    return ToBase64(hash);
}

struct Frame {
    ImageStore& Store;
    Frame(ImageStore& s, double now = 0.0, bool reduced = false) : Store(s) { s.BeginFrame(now, reduced); }
    ~Frame() { Store.EndFrame(); }
};

} // namespace

TEST_CASE("the variant chosen is the narrowest at least as wide as the device pixels, in the best type taken") {
    const Photo p = Ladder("a", 1920, 1280);
    ImageSupport webp{true, false, 4096, 64u << 20, 1.0f};
    CHECK(ChooseVariant(p.Variants, 300.0f, webp)->Url == "a-320.webp");
    CHECK(ChooseVariant(p.Variants, 321.0f, webp)->Url == "a-640.webp");
    CHECK(ChooseVariant(p.Variants, 640.0f * 3, webp)->Url == "a-1920.webp"); // 640 px at DPR 3
    CHECK(ChooseVariant(p.Variants, 5000.0f, webp)->Url == "a-1920.webp");    // none is wide enough: the widest
    ImageSupport jpeg_only{false, false, 4096, 64u << 20, 1.0f};
    CHECK(ChooseVariant(p.Variants, 700.0f, jpeg_only)->Url == "a-960.jpg");
    // A type the platform does not decode is never chosen; neither is one the viewer does not know.
    std::vector<ImageVariant> odd = {ImageVariant{640, 480, "image/avif", "x.avif", 1}, ImageVariant{320, 240, "image/png", "x.png", 1}};
    CHECK(ChooseVariant(odd, 300.0f, webp) == nullptr);
    ImageSupport avif{true, true, 4096, 64u << 20, 1.0f};
    odd.push_back(ImageVariant{640, 480, "image/webp", "x.webp", 1});
    CHECK(ChooseVariant(odd, 300.0f, avif)->Url == "x.avif");
    CHECK(ChooseVariant(odd, 300.0f, webp)->Url == "x.webp");
}

TEST_CASE("a photo in view loads at its shown size times the pixel ratio, shows its placeholder, then fades in") {
    FakeHost host;
    host.Support.PixelRatio = 2.0f;
    ImageStore store;
    store.Init(&host);
    Photo p = Ladder("a", 1920, 1280);
    p.Placeholder = Hash();
    PhotoPaint paint;
    { Frame f(store, 0.0); paint = store.Show(p, 400.0f); }
    CHECK(paint.Texture == 0);
    CHECK(paint.Placeholder != 0);
    CHECK_FALSE(paint.Failed);
    REQUIRE(host.ImageLoads.size() == 1);
    CHECK(host.ImageLoads[0].Url == "a-960.webp"); // 800 device pixels
    CHECK(host.ImageLoads[0].MaxWidth == 800);
    CHECK(host.ImageLoads[0].MaxHeight == 534);    // the variant's shape (960 x 640), rounded up
    host.AnswerImage("a-960.webp", 960, 640);
    CHECK(store.TextureBytes() == 800 * 533 * 4 + host.Textures.begin()->second.first * host.Textures.begin()->second.second * 4);
    { Frame f(store, 1.0); paint = store.Show(p, 400.0f); }
    CHECK(paint.Texture != 0);
    CHECK(paint.Width == 800);
    CHECK(paint.Alpha == 0.0f);            // the fade starts at the first frame it is drawn
    CHECK(paint.Placeholder != 0);         // under it while it fades
    { Frame f(store, 1.1); paint = store.Show(p, 400.0f); }
    CHECK(paint.Alpha == doctest::Approx(0.5));
    CHECK(store.EndFrame());               // a fade under way wants frames
    { Frame f(store, 1.3); paint = store.Show(p, 400.0f); }
    CHECK(paint.Alpha == 1.0f);
    CHECK(paint.Placeholder == 0);
    store.BeginFrame(1.4, false);
    store.Show(p, 400.0f);
    CHECK_FALSE(store.EndFrame());         // drawn plainly: no frames wanted
    CHECK(host.ImagesLoaded.size() == 1);  // and never loaded twice
}

TEST_CASE("with reduced motion a photo appears at once; one loaded ahead of the view appears without a fade") {
    FakeHost host;
    ImageStore store;
    store.Init(&host);
    const Photo a = Ladder("a", 640, 480), b = Ladder("b", 640, 480);
    { Frame f(store, 0.0, true); store.Show(a, 300.0f); store.Prefetch(b, 300.0f, 500.0f); }
    host.AnswerImage("a-320.webp", 320, 240);
    host.AnswerImage("b-320.webp", 320, 240);
    PhotoPaint pa, pb;
    { Frame f(store, 0.05, true); pa = store.Show(a, 300.0f); }
    CHECK(pa.Alpha == 1.0f);
    { Frame f(store, 0.1, false); pb = store.Show(b, 300.0f); }
    CHECK(pb.Texture != 0);
    CHECK(pb.Alpha == 1.0f);
}

TEST_CASE("loads start in view first, then nearest, a few at a time; those scrolled past are cancelled") {
    FakeHost host;
    ImageStore store;
    store.Init(&host);
    std::vector<Photo> photos;
    for (int i = 0; i < 8; ++i) photos.push_back(Ladder("p" + std::to_string(i), 640, 480));
    {
        Frame f(store);
        for (int i = 7; i >= 2; --i) store.Prefetch(photos[i], 300.0f, 100.0f * i);
        store.Show(photos[1], 300.0f);
        store.Show(photos[0], 300.0f);
    }
    REQUIRE(host.ImageLoads.size() == (size_t)ImageStore::kMaxLoads);
    CHECK(host.ImageLoads[0].Url == "p1-320.webp"); // the two in view (in the order shown)
    CHECK(host.ImageLoads[1].Url == "p0-320.webp");
    CHECK(host.ImageLoads[2].Url == "p2-320.webp"); // then nearest first
    CHECK(host.ImageLoads[3].Url == "p3-320.webp");
    // The reader flings on: the photos of the next frame are others; the loads of these are cancelled.
    { Frame f(store); store.Show(photos[6], 300.0f); store.Show(photos[7], 300.0f); }
    CHECK(host.ImagesCancelled.size() == 4);
    REQUIRE(host.ImageLoads.size() == 2);
    CHECK(host.ImageLoads[0].Url == "p6-320.webp");
    CHECK(store.LoadsInFlight() == 2);
}

TEST_CASE("the texture budget evicts the least recently seen, never a photo in view, and stays within it") {
    FakeHost host;
    const size_t one = 320 * 240 * 4;
    host.Support.TextureBudget = 3 * one; // three photos' textures
    ImageStore store;
    store.Init(&host);
    std::vector<Photo> photos;
    for (int i = 0; i < 10; ++i) photos.push_back(Ladder("p" + std::to_string(i), 640, 480));
    for (int i = 0; i < 10; ++i) {
        { Frame f(store); store.Show(photos[i], 320.0f); } // one photo in view at a time, scrolling down
        host.AnswerImage(photos[i].Variants[0].Url, 320, 240);
        { Frame f(store); CHECK(store.Show(photos[i], 320.0f).Texture != 0); }
        CHECK(store.TextureBytes() <= host.Support.TextureBudget);
    }
    CHECK(store.PeakTextureBytes() <= host.Support.TextureBudget);
    CHECK(host.Textures.size() == 3);
    // The newest three are held; the first photos were evicted, oldest first.
    REQUIRE(host.Destroyed.size() == 7);
    CHECK(host.Destroyed[0] == 1);
    // Scrolling back up loads the first again.
    { Frame f(store); store.Show(photos[0], 320.0f); }
    CHECK(host.Loading("p0-320.webp"));
    // More in view than the budget holds: all in view are still loaded and kept (a budget cannot blank the screen).
    host.AnswerImage("p0-320.webp", 320, 240);
    {
        Frame f(store);
        for (int i = 0; i < 5; ++i) store.Show(photos[i], 320.0f);
    }
    for (int i = 0; i < 5; ++i) if (host.Loading(photos[i].Variants[0].Url)) host.AnswerImage(photos[i].Variants[0].Url, 320, 240);
    Frame f(store);
    for (int i = 0; i < 5; ++i) CHECK(store.Show(photos[i], 320.0f).Texture != 0);
}

TEST_CASE("a photo loaded ahead is not evicted for one not wanted any more; no prefetch is started past the budget") {
    FakeHost host;
    const size_t one = 320 * 240 * 4;
    host.Support.TextureBudget = 2 * one + one / 2;
    ImageStore store;
    store.Init(&host);
    const Photo a = Ladder("a", 640, 480), b = Ladder("b", 640, 480), c = Ladder("c", 640, 480);
    { Frame f(store); store.Show(a, 320.0f); store.Prefetch(b, 320.0f, 100.0f); store.Prefetch(c, 320.0f, 900.0f); }
    CHECK(host.Loading("a-320.webp"));
    CHECK(host.Loading("b-320.webp"));
    CHECK_FALSE(host.Loading("c-320.webp")); // two fit; the third would pass the budget
    host.AnswerImage("a-320.webp", 320, 240);
    host.AnswerImage("b-320.webp", 320, 240);
    // Scrolled to b: a is no longer near; c now is, and a makes room for it.
    { Frame f(store); store.Show(b, 320.0f); store.Prefetch(c, 320.0f, 100.0f); }
    CHECK(host.Loading("c-320.webp"));
    host.AnswerImage("c-320.webp", 320, 240);
    Frame f(store);
    CHECK(store.Show(b, 320.0f).Texture != 0);
    CHECK(store.Show(c, 320.0f).Texture != 0);
    CHECK(store.TextureBytes() <= host.Support.TextureBudget);
}

TEST_CASE("a smaller variant held stands in while a larger one loads (the full-screen view)") {
    FakeHost host;
    ImageStore store;
    store.Init(&host);
    const Photo a = Ladder("a", 1920, 1280);
    { Frame f(store); store.Show(a, 300.0f); }
    host.AnswerImage("a-320.webp", 1920, 1280);
    PhotoPaint big;
    { Frame f(store); big = store.Show(a, 1500.0f); }
    CHECK(host.Loading("a-1920.webp"));
    CHECK(big.Texture != 0);
    CHECK(big.Width == 300);
    CHECK(big.Alpha == 1.0f);
    host.AnswerImage("a-1920.webp", 1920, 1280);
    { Frame f(store); big = store.Show(a, 1500.0f); }
    CHECK(big.Width == 1500);
}

TEST_CASE("a photo that cannot be loaded is failed (its alt text shows) and not asked for again; Clear frees all") {
    FakeHost host;
    ImageStore store;
    store.Init(&host);
    Photo a = Ladder("a", 640, 480), b = Ladder("b", 640, 480);
    b.Placeholder = Hash();
    { Frame f(store); store.Show(a, 300.0f); store.Show(b, 300.0f); }
    host.AnswerImage("a-320.webp", 0, 0, "HTTP 404 Not Found");
    host.AnswerImage("b-320.webp", 320, 240);
    PhotoPaint pa;
    { Frame f(store); pa = store.Show(a, 300.0f); store.Show(b, 300.0f); }
    CHECK(pa.Failed);
    CHECK(pa.Texture == 0);
    { Frame f(store); store.Show(a, 300.0f); }
    CHECK(host.ImagesLoaded.size() == 2);
    // A photo of no type this platform decodes fails at once, without a load.
    Photo odd;
    odd.Src = "x.png";
    odd.Variants = {ImageVariant{100, 100, "image/png", "x.png", 9}};
    { Frame f(store); CHECK(store.Show(odd, 100.0f).Failed); }
    CHECK(host.ImagesLoaded.size() == 2);
    // Clear: every texture destroyed, every load cancelled; answers of old loads are not kept.
    { Frame f(store); store.Show(Ladder("c", 640, 480), 300.0f); }
    CHECK(host.Loading("c-320.webp"));
    store.Clear();
    CHECK(host.Textures.empty());
    CHECK(store.TextureBytes() == 0);
    CHECK_FALSE(host.Loading("c-320.webp"));
}

TEST_CASE("a platform without pictures is never asked to load; every photo shows its alt text") {
    FakeHost host;
    host.Support.MaxTextureSize = 0;
    ImageStore store;
    store.Init(&host);
    CHECK_FALSE(store.Enabled());
    Photo a = Ladder("a", 640, 480);
    a.Placeholder = Hash();
    PhotoPaint p;
    { Frame f(store); p = store.Show(a, 300.0f); }
    CHECK(p.Failed);
    CHECK(p.Placeholder == 0);
    CHECK(host.ImagesLoaded.empty());
    CHECK(host.Textures.empty());
}

TEST_CASE("textures are clamped to the GPU's largest side") {
    FakeHost host;
    host.Support.MaxTextureSize = 1024;
    host.Support.PixelRatio = 3.0f;
    ImageStore store;
    store.Init(&host);
    Photo remote;
    remote.Src = "https://example.org/big.jpg"; // no variants: loaded as it is, fitted by the platform
    remote.Width = 4000;
    remote.Height = 3000;
    { Frame f(store); store.Show(remote, 1000.0f); }
    REQUIRE(host.ImageLoads.size() == 1);
    CHECK(host.ImageLoads[0].Url == "https://example.org/big.jpg");
    CHECK(host.ImageLoads[0].MaxWidth == 1024);
    CHECK(host.ImageLoads[0].MaxHeight == 768);
}

TEST_CASE("a photo of unknown size is expected to take its width squared, not the GPU's tallest texture") {
    // A remote photo without width and height is decoded into a box as tall as the GPU allows (its shape is not
    // known), but what it will take is counted as a square: it neither evicts every photo held nor stops loading
    // ahead while it loads. The budget still holds once it arrives.
    FakeHost host;
    host.Support.MaxTextureSize = 8192;
    host.Support.TextureBudget = 8u << 20;
    ImageStore store;
    store.Init(&host);
    const Photo a = Ladder("a", 1280, 960), b = Ladder("b", 1280, 960);
    { Frame f(store); store.Show(a, 640.0f); }
    host.AnswerImage("a-640.webp", 640, 480);
    Photo remote;
    remote.Src = "https://example.org/r.jpg";
    { Frame f(store); store.Show(remote, 640.0f); store.Prefetch(b, 640.0f, 100.0f); }
    REQUIRE(host.Loading("https://example.org/r.jpg"));
    CHECK(host.ImageLoads.front().MaxWidth == 640);
    CHECK(host.ImageLoads.front().MaxHeight == 8192);  // decoded to fit whatever its shape
    CHECK(host.Destroyed.empty());                     // a is still held
    CHECK(host.Loading("b-640.webp"));                 // and b loads ahead
    host.AnswerImage("https://example.org/r.jpg", 1600, 1200);
    host.AnswerImage("b-640.webp", 640, 480);
    Frame f(store);
    CHECK(store.Show(remote, 640.0f).Texture != 0);
    CHECK(store.TextureBytes() <= host.Support.TextureBudget);
}

TEST_CASE("a photo without variants is loaded again, larger, when it is shown larger (the full-screen view)") {
    FakeHost host;
    ImageStore store;
    store.Init(&host);
    Photo remote;
    remote.Src = "https://example.org/p.jpg";
    remote.Width = 3000;
    remote.Height = 2000;
    { Frame f(store); store.Show(remote, 300.0f); }
    REQUIRE(host.ImageLoads.size() == 1);
    CHECK(host.ImageLoads[0].Url == "https://example.org/p.jpg");
    CHECK(host.ImageLoads[0].MaxWidth == 300);
    host.AnswerImage("https://example.org/p.jpg", 3000, 2000);
    PhotoPaint big;
    { Frame f(store); big = store.Show(remote, 1400.0f); }
    REQUIRE(host.ImageLoads.size() == 1);           // the same URL, for a larger box
    CHECK(host.ImageLoads[0].MaxWidth == 1400);
    CHECK(big.Width == 300);                        // the column's copy stands in meanwhile
    host.AnswerImage("https://example.org/p.jpg", 3000, 2000);
    { Frame f(store); big = store.Show(remote, 1400.0f); }
    CHECK(big.Width == 1400);
    // Two sizes loading at once, one cancelled: the other is not left waiting for an answer that never comes.
    Photo other = remote;
    other.Src = "https://example.org/q.jpg";
    { Frame f(store); store.Show(other, 300.0f); store.Show(other, 1400.0f); }
    CHECK(store.LoadsInFlight() == 2);
    { Frame f(store); store.Show(other, 1400.0f); } // the 300 one is no longer wanted: its cancel drops both loads
    CHECK(store.LoadsInFlight() <= 1);
    { Frame f(store); store.Show(other, 1400.0f); }
    CHECK(host.Loading("https://example.org/q.jpg")); // the one still wanted is asked for again
    CHECK(store.LoadsInFlight() == 1);
}
