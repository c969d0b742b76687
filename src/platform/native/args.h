// The desktop viewer's command line:
//   folio [BUNDLE_DIR | BUNDLE_URL | ARTICLE.json | ARTICLE.txt] [--article ID]
//         [--screenshot PNG] [--size WxH] [--theme T] [--scale S] [--version] [--help]
#pragma once
#include <string>

namespace folio::platform {

struct NativeArgs {
    std::string Input;         // what to open (see open_target.h); empty: the sample bundle beside the program
    std::string ArticleId;     // empty: the newest
    std::string Screenshot;    // PNG to write, then exit
    int Width = 1280, Height = 800; // logical pixels (the window's or the screenshot's), before the scale
    bool SizeGiven = false;    // --size was given (it then wins over the remembered window size)
    std::string Theme;         // --theme: a ui::ThemeName; empty: the reader's stored choice
    float Scale = 0.0f;        // --scale: UI scale; 0: the monitor's content scale (screenshots: 1)
    bool Help = false, Version = false;
};

// Parses argv; on a mistake returns false with *error saying what is wrong.
bool ParseArgs(int argc, char** argv, NativeArgs* out, std::string* error);
const char* UsageText();

} // namespace folio::platform
