// ParseArgs and the --help text.
#include "platform/native/args.h"

#include <cstdio>
#include <cstring>

namespace folio::platform {

const char* UsageText() {
    return "Usage: folio [BUNDLE_DIR] [options]\n"
           "Reads the news articles of a Folio bundle (a folder holding feed.json).\n"
           "\n"
           "  BUNDLE_DIR           the bundle to open (default: the sample bundle beside the program)\n"
           "  --article ID         open this article (default: the newest)\n"
           "  --screenshot PNG     draw one settled frame into PNG and exit (no user input needed)\n"
           "  --size WxH           window or screenshot size in pixels (default 1280x800)\n"
           "  --help               show this help\n"
           "\n"
           "Keys: arrows, Space, Page Up/Down, Home/End scroll the article.\n";
}

bool ParseArgs(int argc, char** argv, NativeArgs* out, std::string* error) {
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) { *error = std::string(name) + " needs a value"; return nullptr; }
            return argv[++i];
        };
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) out->Help = true;
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
        } else if (a[0] == '-' && a[1]) { *error = std::string("unknown option ") + a; return false; }
        else if (out->BundleDir.empty()) out->BundleDir = a;
        else { *error = std::string("one bundle at a time; also got \"") + a + "\""; return false; }
    }
    return true;
}

} // namespace folio::platform
