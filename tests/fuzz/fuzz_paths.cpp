// libFuzzer target: any bytes as a reference met in a bundle (BundlePathOf, model/bundle_path.h), against each
// kind of bundle address. What is accepted must be a plain path inside the bundle: IsBundlePath agrees, no
// segment climbs (also once percent-decoded), and resolving it again from the bundle's root changes nothing.
// Build with -DFOLIO_FUZZ=ON and clang (tests/fuzz/README.md); run: fuzz_paths CORPUS_DIR.
#include "model/bundle_path.h"
#include "model/url.h"

#include <cstdint>
#include <string>

using namespace folio;

namespace {

// The path with "%xx" decoded, as a web server would before mapping it to a file.
std::string Decoded(const std::string& s) { return PercentDecode(s); }

void Check(const BundleRoots& roots, const std::string& from, const std::string& ref) {
    std::string out, why;
    if (!BundlePathOf(roots, from, ref, &out, &why)) {
        if (why.empty()) __builtin_trap(); // a refusal always says why
        return;
    }
    std::string again;
    if (!IsBundlePath(out, &again)) __builtin_trap();
    const std::string path = out.substr(0, out.find('?'));
    if (path.empty() || path[0] == '/' || path.find('\\') != std::string::npos) __builtin_trap();
    for (unsigned char c : path) if (c < 0x20 || c == 0x7F) __builtin_trap();
    // No segment climbs, before or after percent-decoding (a decoded "/" splits segments too).
    for (const std::string& p : {path, Decoded(path)}) {
        const std::string wrapped = "/" + p + "/";
        if (wrapped.find("/../") != std::string::npos || wrapped.find("/./") != std::string::npos) __builtin_trap();
    }
    // Resolved from the root, the path is already in its final form: nothing to fold, nothing outside.
    if (ResolveUrl(roots.Local + "x", path) != roots.Local + path) __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const size_t nl = text.find('\n');
    const std::string from = nl == std::string::npos ? "feed.json" : text.substr(0, nl);
    const std::string ref = nl == std::string::npos ? text : text.substr(nl + 1);
    static const BundleRoots kRoots[] = {
        {"", ""},
        {"", "https://news.example/bundle/"},
        {"/srv/bundle/", ""},
        {"https://mirror.example/b/", "https://news.example/bundle/"},
    };
    // `from` is a bundle path the reader already accepted; an unacceptable one is not a case to check.
    std::string ignored;
    for (const BundleRoots& roots : kRoots) {
        if (IsBundlePath(from, &ignored)) Check(roots, from, ref);
        Check(roots, "feed.json", ref);
        Check(roots, "articles/a.json", ref);
    }
    (void)BundleBaseOf(ref);
    (void)FolderOf(ref);
    return 0;
}
