// WebImages: pictures through the browser. JavaScript fetches (Module.folioFetch: the page's bundle origins and
// response limit, downloads shared between viewers), decodes (createImageBitmap), scales and uploads; the answer
// comes back through the exported folio_image_done(images, ...) with the address of the WebImages that asked, between
// frames as a fetch's does. Each load has an AbortController (Module.folioImageLoads, by id) that Cancel aborts.
#include "platform/web/web_images.h"
#include "platform/gl_texture.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <stdlib.h>

// clang-format off
// url fetched, decoded and scaled down to fit box_w x box_h (<= 0: no bound) and max_side, never up, aspect kept;
// then a texture made on this instance's WebGL context (GLctx) and registered in Emscripten's table (GL.textures,
// named by GL.getNewId as glGenTextures names them), so glBindTexture and glDeleteTextures of that name work.
// RGBA8, LINEAR, CLAMP_TO_EDGE, straight alpha (premultiplyAlpha "none"), colours as the browser shows images
// (colorSpaceConversion "default"), orientation as the browser's default (the EXIF orientation applied). The
// decode is off the main thread; the scaling is done while the browser makes the second bitmap.
EM_JS(void, folio_js_load_image, (void* images, int id, const char* url_c, int box_w, int box_h, int max_side), {
    var url = UTF8ToString(url_c);
    var loads = Module["folioImageLoads"] || (Module["folioImageLoads"] = new Map());
    var controller = new AbortController();
    var signal = controller.signal;
    loads.set(id, controller);
    var bw = box_w > 0 ? Math.min(box_w, max_side) : max_side;
    var bh = box_h > 0 ? Math.min(box_h, max_side) : max_side;
    var decode = {premultiplyAlpha: "none", colorSpaceConversion: "default"};
    var answered = false;
    var answer = function(texture, width, height, message) {
        if (answered || signal.aborted) return;
        answered = true;
        loads.delete(id);
        var bytes = new TextEncoder().encode(message);
        var ptr = 0;
        if (bytes.length) { ptr = _malloc(bytes.length); HEAPU8.set(bytes, ptr); }
        Module["_folio_image_done"](images, id, texture, width, height, ptr, bytes.length);
    };
    var upload = function(bitmap) {
        var gl = GLctx;
        var width = bitmap.width, height = bitmap.height;
        gl.getError(); // an earlier call's error is not this upload's
        var texture = gl.createTexture();
        if (!texture) { bitmap.close(); throw new Error("the WebGL context was lost"); }
        gl.bindTexture(gl.TEXTURE_2D, texture);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
        // WebGL ignores UNPACK_FLIP_Y and UNPACK_PREMULTIPLY_ALPHA for an ImageBitmap: its rows (top first) and its
        // straight alpha are what createImageBitmap made.
        gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
        bitmap.close();
        if (gl.getError() !== gl.NO_ERROR) {
            gl.deleteTexture(texture);
            throw new Error("the GPU could not hold it (" + width + " x " + height + ")");
        }
        var name = GL.getNewId(GL.textures);
        texture.name = name;
        GL.textures[name] = texture;
        answer(name, width, height, "");
    };
    Promise.resolve().then(function() {
        if (max_side <= 0 || typeof GLctx === "undefined" || !GLctx) throw new Error("this viewer has no WebGL to show pictures");
        return Module["folioFetch"](url, {signal: signal});
    }).then(function(buffer) {
        if (signal.aborted) return null;
        return createImageBitmap(new Blob([buffer]), decode).then(function(bitmap) {
            var scale = Math.min(1, bw / bitmap.width, bh / bitmap.height);
            if (scale >= 1) return bitmap;
            var w = Math.max(1, Math.min(bw, Math.round(bitmap.width * scale)));
            var h = Math.max(1, Math.min(bh, Math.round(bitmap.height * scale)));
            var scaled = createImageBitmap(bitmap, Object.assign({resizeWidth: w, resizeHeight: h, resizeQuality: "high"}, decode));
            return scaled.finally(function() { bitmap.close(); });
        }, function() { throw new Error("not an image the browser decodes"); });
    }).then(function(bitmap) {
        if (!bitmap) return;
        if (signal.aborted) { bitmap.close(); return; }
        upload(bitmap);
    }).catch(function(err) {
        answer(0, 0, 0, err && err.message ? err.message : String(err));
    });
});
EM_JS(void, folio_js_cancel_image, (int id), {
    var loads = Module["folioImageLoads"];
    var controller = loads && loads.get(id);
    if (!controller) return;
    loads.delete(id);
    controller.abort();
});
// Which types the browser decodes: a 2 x 2 AVIF and a 2 x 2 lossless WebP (both written for this with libvips) decoded
// once; the answer comes through folio_image_types. Until then neither is reported, so JPEG is chosen.
EM_JS(void, folio_js_detect_image_types, (void* images), {
    var bytes = function(b64) { return Uint8Array.from(atob(b64), function(c) { return c.charCodeAt(0); }); };
    var decodes = function(b64, type) {
        return createImageBitmap(new Blob([bytes(b64)], {type: type}))
            .then(function(bitmap) { var ok = bitmap.width === 2; bitmap.close(); return ok; }, function() { return false; });
    };
    Promise.all([
        decodes("UklGRjoAAABXRUJQVlA4TC0AAAAvAUAAAB8gECCkCpcgSCBADIqQJkyMQIAQKFKYmPmP/siAgYK0DVjU3Yj+xwMA", "image/webp"),
        decodes("AAAAHGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZgAAAOptZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAAA5waXRtAAAAAAABAAAAImlsb2MAAAAAREAAAQABAAAAAAEOAAEAAAAAAAAAHgAAACNpaW5mAAAAAAABAAAAFWluZmUCAAAAAAEAAGF2MDEAAAAAamlwcnAAAABLaXBjbwAAABNjb2xybmNseAACAAIABoAAAAAMYXYxQ4EADAAAAAAUaXNwZQAAAAAAAAACAAAAAgAAABBwaXhpAAAAAAMICAgAAAAXaXBtYQAAAAAAAAABAAEEgYIDhAAAACZtZGF0EgAKCBgANggQEDQgMhAbAAAAQPuD6hHF2JlSfqdY", "image/avif"),
    ]).then(function(ok) { Module["_folio_image_types"](images, ok[0] ? 1 : 0, ok[1] ? 1 : 0); });
});
// The texture budget in MiB: 32 on a phone (its primary pointer is coarse, or its screen's shorter side is under 600
// CSS pixels), else 64. Read once when the viewer starts.
EM_JS(int, folio_js_texture_budget_mib, (), {
    var coarse = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;
    var small = Math.min(screen.width, screen.height) < 600;
    return coarse || small ? 32 : 64;
});
// clang-format on

namespace folio::platform {

void WebImages::Start() {
    GLint side = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &side);
    MaxTextureSize_ = side > 0 ? side : 0;
    Budget_ = (size_t)folio_js_texture_budget_mib() << 20;
    folio_js_detect_image_types(this);
}

ui::ImageSupport WebImages::Support() const {
    ui::ImageSupport s;
    s.Webp = Webp_;
    s.Avif = Avif_;
    s.MaxTextureSize = MaxTextureSize_;
    s.TextureBudget = MaxTextureSize_ > 0 ? Budget_ : 0;
    s.PixelRatio = (float)emscripten_get_device_pixel_ratio();
    return s;
}

void WebImages::Load(const std::string& url, int max_width, int max_height, ui::ImageCallback done) {
    const int id = NextId_++;
    Pending_.emplace(id, std::make_pair(url, std::move(done)));
    Stats_.Loading = (int)Pending_.size();
    folio_js_load_image(this, id, url.c_str(), max_width, max_height, MaxTextureSize_);
}

void WebImages::Cancel(const std::string& url) {
    for (auto it = Pending_.begin(); it != Pending_.end();) {
        if (it->second.first != url) { ++it; continue; }
        folio_js_cancel_image(it->first);
        it = Pending_.erase(it);
    }
    Stats_.Loading = (int)Pending_.size();
}

void WebImages::CancelAll() {
    for (const auto& [id, pending] : Pending_) folio_js_cancel_image(id);
    Pending_.clear();
    Stats_.Loading = 0;
}

void WebImages::LoadDone(int id, unsigned texture, int width, int height, char* error, int error_size) {
    ui::ImageResult r;
    r.Ok = texture != 0;
    if (r.Ok) {
        r.Texture = texture;
        r.Width = width;
        r.Height = height;
    } else {
        r.Error.assign(error ? error : "", error ? (size_t)error_size : 0);
    }
    free(error);
    auto it = Pending_.find(id);
    if (it == Pending_.end()) { // cancelled after JavaScript answered: nobody owns the texture
        if (texture) { GLuint name = texture; glDeleteTextures(1, &name); }
        return;
    }
    ui::ImageCallback done = std::move(it->second.second);
    Pending_.erase(it);
    Stats_.Loading = (int)Pending_.size();
    if (r.Ok) Track(r.Texture, width, height);
    done(std::move(r));
    RequestFrame_(Context_);
}

ui::TextureId WebImages::Create(const unsigned char* rgba, int width, int height) {
    if (MaxTextureSize_ <= 0 || !rgba || width > MaxTextureSize_ || height > MaxTextureSize_) return 0;
    const unsigned id = MakeRgbaTexture(rgba, width, height);
    if (id) Track(id, width, height);
    return id;
}

void WebImages::Track(ui::TextureId texture, int width, int height) {
    const size_t bytes = (size_t)width * (size_t)height * 4;
    Textures_[texture] = bytes;
    Stats_.Live = (int)Textures_.size();
    Stats_.Bytes += bytes;
    if (Stats_.Bytes > Stats_.PeakBytes) Stats_.PeakBytes = Stats_.Bytes;
}

void WebImages::Destroy(ui::TextureId texture) {
    auto it = Textures_.find(texture);
    if (it == Textures_.end()) return;
    GLuint name = (GLuint)texture;
    glDeleteTextures(1, &name); // Emscripten's glDeleteTextures also empties its GL.textures entry
    Stats_.Bytes -= it->second;
    Textures_.erase(it);
    Stats_.Live = (int)Textures_.size();
}

void WebImages::DestroyAll() {
    for (const auto& [texture, bytes] : Textures_) {
        GLuint name = (GLuint)texture;
        glDeleteTextures(1, &name);
    }
    Textures_.clear();
    Stats_.Live = 0;
    Stats_.Bytes = 0;
}

} // namespace folio::platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void folio_image_done(folio::platform::WebImages* images, int id, unsigned texture, int width, int height,
                                           char* error, int error_size) {
    if (images) images->LoadDone(id, texture, width, height, error, error_size);
    else free(error);
}
EMSCRIPTEN_KEEPALIVE void folio_image_types(folio::platform::WebImages* images, int webp, int avif) {
    if (images) images->TypesKnown(webp != 0, avif != 0);
}
}
