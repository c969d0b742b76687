// ImageProbe: the test hooks' record of picture answers (see image_probe.h), and the state's texture counters.
#include "platform/web/image_probe.h"

#include <cstdio>

namespace folio::platform {
namespace {

void AppendJsonString(std::string* out, const std::string& s) {
    out->push_back('"');
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out->push_back('\\'); out->push_back((char)c); }
        else if (c < 0x20) { char buf[8]; snprintf(buf, sizeof buf, "\\u%04x", c); *out += buf; }
        else out->push_back((char)c);
    }
    out->push_back('"');
}

} // namespace

void ImageProbe::Load(ui::Host& host, const std::string& url, int max_width, int max_height) {
    host.LoadImage(url, max_width, max_height, [this, url](ui::ImageResult&& r) { Answers_.push_back({url, std::move(r)}); });
}

ui::TextureId ImageProbe::Create(ui::Host& host, int width, int height) {
    if (width <= 0 || height <= 0 || width > 4096 || height > 4096) return 0;
    std::vector<unsigned char> rgba((size_t)width * (size_t)height * 4);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            unsigned char* p = &rgba[((size_t)y * (size_t)width + (size_t)x) * 4];
            p[0] = (unsigned char)(255 * (width - 1 - x) / (width > 1 ? width - 1 : 1));
            p[1] = (unsigned char)(255 * x / (width > 1 ? width - 1 : 1));
            p[2] = 0;
            p[3] = 255;
        }
    return host.CreateTexture(rgba.data(), width, height);
}

std::string ImageProbe::Json(ui::Host& host) const {
    std::string out = "{\"answers\":[";
    char buf[160];
    for (size_t i = 0; i < Answers_.size(); ++i) {
        const Answer& a = Answers_[i];
        if (i) out.push_back(',');
        out += "{\"url\":";
        AppendJsonString(&out, a.Url);
        snprintf(buf, sizeof buf, ",\"ok\":%s,\"texture\":%llu,\"width\":%d,\"height\":%d,\"error\":", a.Result.Ok ? "true" : "false",
                 (unsigned long long)a.Result.Texture, a.Result.Width, a.Result.Height);
        out += buf;
        AppendJsonString(&out, a.Result.Error);
        out.push_back('}');
    }
    const ui::ImageSupport s = host.Images();
    snprintf(buf, sizeof buf, "],\"support\":{\"webp\":%s,\"avif\":%s,\"maxTextureSize\":%d,\"textureBudget\":%zu,\"pixelRatio\":%g}}",
             s.Webp ? "true" : "false", s.Avif ? "true" : "false", s.MaxTextureSize, s.TextureBudget, (double)s.PixelRatio);
    return out + buf;
}

std::string AppendTextureStats(std::string state_json, int live, size_t bytes, size_t peak_bytes, int loading) {
    if (state_json.empty() || state_json.back() != '}') return state_json;
    state_json.pop_back();
    char buf[160];
    snprintf(buf, sizeof buf, ",\"textures\":{\"live\":%d,\"bytes\":%zu,\"peakBytes\":%zu,\"loading\":%d}}", live, bytes, peak_bytes, loading);
    return state_json + buf;
}

} // namespace folio::platform
