// The desktop viewer's command line: folio [BUNDLE_DIR] [--article ID] [--screenshot PNG --size WxH] [--help].
#pragma once
#include <string>

namespace folio::platform {

struct NativeArgs {
    std::string BundleDir;     // empty: the sample bundle installed beside the program
    std::string ArticleId;     // empty: the newest
    std::string Screenshot;    // PNG to write, then exit
    int Width = 1280, Height = 800;
    bool Help = false;
};

// Parses argv; on a mistake returns false with *error saying what is wrong.
bool ParseArgs(int argc, char** argv, NativeArgs* out, std::string* error);
const char* UsageText();

} // namespace folio::platform
