// Tests of cli/bundle_layout.cpp's URLs from options: IsPlainUrl (--base-url, --viewer, --bundle-href), FolderUrl
// (what --viewer and prerender's --bundle-href accept, anything else being bad usage, exit 2, in main.cpp) and
// ViewerFromSnapshots (the viewer's folder as articles/ID.html addresses it). IsBuildOutputPath is tested with the
// manifest (bundle_manifest_test.cpp).
#include "cli/bundle_layout.h"
#include "model/limits.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::cli;

namespace {

// FolderUrl's answer: the folder, or "refused: " and why.
std::string Folder(const std::string& url) {
    std::string folder = "(unset)", why;
    return FolderUrl(url, &folder, &why) ? folder : "refused: " + why;
}

bool Refused(const std::string& url) { return Folder(url).rfind("refused: ", 0) == 0; }

} // namespace

TEST_CASE("a viewer's folder: relative to the bundle's or an http(s) URL, one trailing '/' dropped") {
    CHECK(Folder("..") == "..");
    CHECK(Folder("../") == "..");
    CHECK(Folder("../app/") == "../app");
    CHECK(Folder("viewer") == "viewer");
    CHECK(Folder("https://cdn.example.org/folio/") == "https://cdn.example.org/folio");
    CHECK(Folder("HTTP://cdn.example.org") == "HTTP://cdn.example.org");
    CHECK(Folder("https://cdn.example.org/a%20b") == "https://cdn.example.org/a%20b");
    CHECK(Folder("../it's") == "../it's"); // as --base-url: escaped where it is written
}

TEST_CASE("what is no viewer's folder is refused, saying why") {
    for (const char* bad : {"", "/", "/app", "//cdn.example.org/folio", "javascript:alert(1)", "data:text/html,x",
                            "file:///srv/folio", "https://", "https:///srv", "../a b", "../a\"b", "../<app>", "..\\app",
                            "../app?v=1", "../app#top", "../caf\xC3\xA9", "../two\nlines", "../tab\there", "../a`b", "../{a}",
                            "../a|b", "../a^b"}) {
        CAPTURE(bad);
        CHECK(Refused(bad));
    }
    CHECK(Folder("/app") == "refused: a folder relative to the bundle's (.., ../app) or an http(s) URL");
    CHECK(Folder("../app?v=1") == "refused: a folder's address takes no query (?) or fragment (#)");
    CHECK(Folder("") == "refused: names no folder");
    // Under kMaxUrlBytes, as --base-url.
    CHECK_FALSE(Refused("https://e.org/" + std::string(kMaxUrlBytes - 15, 'a')));
    CHECK(Refused("https://e.org/" + std::string(kMaxUrlBytes - 14, 'a')));
}

TEST_CASE("IsPlainUrl: printable ASCII without spaces, quotes, <, >, \\, ^, `, {, | or }") {
    CHECK(IsPlainUrl("https://news.example.org/b/?a=1&b=2#x"));
    CHECK(IsPlainUrl("../app"));
    for (const char* bad : {"https://e.org/a b", "https://e.org/\"", "https://e.org/\x7F", "https://e.org/\xC3\xA9"}) {
        CAPTURE(bad);
        CHECK_FALSE(IsPlainUrl(bad));
    }
}

TEST_CASE("the viewer as the snapshots in articles/ address it") {
    BundleSite site;
    CHECK(ViewerFromSnapshots(site) == "");
    site.Viewer = "..";
    CHECK(ViewerFromSnapshots(site) == "../..");
    site.Viewer = "../app";
    CHECK(ViewerFromSnapshots(site) == "../../app");
    site.Viewer = "viewer";
    CHECK(ViewerFromSnapshots(site) == "../viewer");
    site.Viewer = "https://cdn.example.org/folio";
    site.BaseUrl = "https://news.example.org/b/"; // a relative viewer would stay relative under it too
    CHECK(ViewerFromSnapshots(site) == "https://cdn.example.org/folio");
}
