// Test hooks of the web's pictures: the exports folio_test_* (main_web.cpp) let a browser test load, cancel, make and
// destroy pictures through ui::Host as the UI would, and read the answers back as JSON. Nothing of the App uses them;
// they exist so that tests/browser/photos.test.mjs can check the platform's side on its own.
#pragma once
#include "ui/host.h"

#include <string>
#include <vector>

namespace folio::platform {

class ImageProbe {
public:
    void Load(ui::Host& host, const std::string& url, int max_width, int max_height);
    // A width x height texture of a known pattern (a red-to-green gradient, opaque), as a placeholder is made.
    ui::TextureId Create(ui::Host& host, int width, int height);
    // {"answers":[{"url","ok","texture","width","height","error"}],"support":{"webp","avif","maxTextureSize",
    //  "textureBudget","pixelRatio"}}: every load's answer in the order they came.
    std::string Json(ui::Host& host) const;

private:
    struct Answer {
        std::string Url;
        ui::ImageResult Result;
    };
    std::vector<Answer> Answers_;
};

// {"live","bytes","peakBytes","loading"} of a viewer's picture textures, appended to its state as "textures".
std::string AppendTextureStats(std::string state_json, int live, size_t bytes, size_t peak_bytes, int loading);

} // namespace folio::platform
