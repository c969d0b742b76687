// ParseArgs and the --help text.
#include "platform/native/args.h"
#include "ui/settings.h"

#include <cstdio>
#include <cstring>

namespace folio::platform {

const char* UsageText() {
    return "Usage: folio [BUNDLE_DIR | BUNDLE_URL | ARTICLE.json | ARTICLE.txt] [options]\n"
           "Reads news articles: a Folio bundle (a folder or an http(s) address holding feed.json), or one\n"
           "article file (article JSON, or plain text in the wire shape). Default: the sample bundle.\n"
           "\n"
           "  BUNDLE_DIR           a bundle folder (its feed.json), or a feed page's file\n"
           "  BUNDLE_URL           http:// or https:// address of a bundle: ending in / means .../feed.json\n"
           "  ARTICLE.json         one article file, shown without a feed\n"
           "  ARTICLE.txt          one plain-text article (section, headline, standfirst, body), imported\n"
           "  --article ID         open this article (default: the newest)\n"
           "  --screenshot PNG     draw one settled frame off screen into PNG and exit (no user input needed);\n"
           "                       exits 1 (after drawing the error view) when the article cannot be loaded\n"
           "  --size WxH           window or screenshot size in logical pixels (default 1280x800)\n"
           "  --scale S            UI scale, 0.5 to 4 (default: the monitor's; screenshots: 1). A screenshot is\n"
           "                       WxH times S pixels: the same layout, S times as sharp\n"
           "  --theme T            light, dark, sepia, high-contrast or auto (in a window it is remembered)\n"
           "  --version            print the version and exit\n"
           "  --help               show this help\n"
           "\n"
           "A bundle folder or article file dropped onto the window opens in it.\n"
           "Settings, reading positions and the window's place are kept in $XDG_CONFIG_HOME/folio\n"
           "(else ~/.config/folio); what it downloads is kept for offline reading in $XDG_CACHE_HOME/folio\n"
           "(else ~/.cache/folio).\n"
           "\n"
           "Keys: arrows, Space, Page Up/Down, Home/End scroll; j/k next and previous article; Escape the feed;\n"
           "Backspace or Alt+Left back; / search the bundle; Ctrl+F find in the article; S settings; Ctrl+A, Ctrl+C copy;\n"
           "Ctrl+V pastes into Find or the search field;\n"
           "Ctrl+= and Ctrl+- text size; N reads the article aloud or stops (Left/Right a paragraph back or on while\n"
           "it reads; speech-dispatcher, where it is installed).\n";
}

bool ParseArgs(int argc, char** argv, NativeArgs* out, std::string* error) {
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) { *error = std::string(name) + " needs a value"; return nullptr; }
            return argv[++i];
        };
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) out->Help = true;
        else if (!strcmp(a, "--version")) out->Version = true;
        else if (!strcmp(a, "--article")) { const char* v = value(a); if (!v) return false; out->ArticleId = v; }
        else if (!strcmp(a, "--screenshot")) { const char* v = value(a); if (!v) return false; out->Screenshot = v; }
        else if (!strcmp(a, "--size")) {
            const char* v = value(a);
            if (!v) return false;
            int w = 0, h = 0;
            char tail = 0;
            if (sscanf(v, "%dx%d%c", &w, &h, &tail) != 2 || w < 64 || h < 64 || w > 16384 || h > 16384) {
                *error = std::string("--size wants WIDTHxHEIGHT between 64 and 16384, like 1280x800; got \"") + v + "\"";
                return false;
            }
            out->Width = w;
            out->Height = h;
            out->SizeGiven = true;
        } else if (!strcmp(a, "--scale")) {
            const char* v = value(a);
            if (!v) return false;
            float s = 0.0f;
            char tail = 0;
            if (sscanf(v, "%f%c", &s, &tail) != 1 || !(s >= 0.5f && s <= 4.0f)) {
                *error = std::string("--scale wants a number from 0.5 to 4, like 2; got \"") + v + "\"";
                return false;
            }
            out->Scale = s;
        } else if (!strcmp(a, "--theme")) {
            const char* v = value(a);
            if (!v) return false;
            ui::ThemeChoice t;
            if (!ui::ParseThemeName(v, &t)) {
                *error = std::string("--theme wants light, dark, sepia, high-contrast or auto; got \"") + v + "\"";
                return false;
            }
            out->Theme = v;
        } else if (a[0] == '-' && a[1]) { *error = std::string("unknown option ") + a; return false; }
        else if (out->Input.empty()) out->Input = a;
        else { *error = std::string("one bundle or article at a time; also got \"") + a + "\""; return false; }
    }
    const float scale = out->Scale > 1.0f ? out->Scale : 1.0f;
    if (out->Width * scale > 16384 || out->Height * scale > 16384) {
        *error = "--size times --scale must stay within 16384 pixels a side";
        return false;
    }
    if (!out->Screenshot.empty() && out->Screenshot == out->Input) {
        *error = "--screenshot would overwrite the file being read: " + out->Input;
        return false;
    }
    return true;
}

} // namespace folio::platform
