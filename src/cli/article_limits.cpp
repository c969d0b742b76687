// FitToLimits: TrimKeywords and WithinLimits from the model, then the files build derives from the article, as
// the longest options a build accepts would make them: bounded cheaply, and measured when the bound is not enough.
#include "cli/article_limits.h"
#include "cli/bundle_layout.h"
#include "cli/html_snapshot.h"
#include "cli/media.h"
#include "cli/photo.h"
#include "cli/oembed.h"
#include "model/bundle_write.h"
#include "model/limits.h"
#include "model/url.h"

namespace folio::cli {

size_t SourceLines::Of(const std::string& member, size_t block) const {
    if (member == "body") return block < Blocks.size() ? Blocks[block] : 0;
    auto it = Members.find(member);
    return it == Members.end() ? 0 : it->second;
}

namespace {

constexpr size_t kLongest = kMaxUrlBytes > kMaxHeadlineBytes ? kMaxUrlBytes : kMaxHeadlineBytes;
const char* const kFiles[] = {"the article file", "its HTML snapshot", "its JSON-LD", "its oEmbed file"};
const size_t kLimits[] = {kMaxJsonBytes, kMaxSnapshotBytes, kMaxJsonBytes, kMaxJsonBytes};

std::string LineText(size_t line) { return line ? "line " + std::to_string(line) : ""; }

// The most variants build writes for one photo: each rung of the ladder as WebP, JPEG and AVIF.
constexpr size_t kVariantsPerPhoto = 3 * std::size(kPhotoLadder);

size_t Photos(const Article& a) {
    size_t n = a.Image.Empty() ? 0 : 1; // the lead image
    for (const Block& b : a.Body) n += b.Type == BlockType::Photo;
    return n;
}

// The files as build writes them for a site of stretch n: a --base-url of n "&" (which HTML and a script
// element escape longest: "&amp;", "\u0026"), a --viewer of n "&" (an absolute one, the longer: the snapshot's
// head names it eight times), a --title of n '"' ("&quot;", "\""), related headlines of n '"',
// the article's url and its photos' variants (media/<hash>.<ext>, every rung in both types, with the largest sizes) addressed under that URL. Each such string is
// copied, escaped, into the files a fixed number of times, so a file's size is linear in n.
BuiltSizes Measure(const Article& a, size_t n) {
    BundleSite site;
    site.BaseUrl = "https://" + std::string(n, '&') + "/";
    site.Viewer = "https://" + std::string(n, '&');
    site.Title = std::string(n, '"');
    Article built = a;
    if (built.Url.empty()) built.Url = Reference(site, ArticleJsonPath(built.Id), SnapshotPath(built.Id));
    const std::string longest_media = Reference(site, ArticleJsonPath(built.Id), kMediaFolder + std::string(kMediaNameDigits, '0') + ".webp");
    const auto widest = [&](Photo* p) {
        if (p->Empty() || SchemeLength(p->Src) > 0) return;
        p->Src = longest_media;
        p->Width = p->Height = kMaxPhotoPixels;
        p->Placeholder = std::string(kMaxPlaceholderChars, 'A');
        p->Variants.assign(kVariantsPerPhoto, ImageVariant{kMaxPhotoPixels, kMaxPhotoPixels, "image/webp", longest_media, kMaxVariantBytes});
    };
    widest(&built.Image);
    for (Block& b : built.Body)
        if (b.Type == BlockType::Photo) widest(&b.Image);
    std::map<std::string, std::string> related;
    for (const std::string& id : built.Related) related[id] = std::string(n, '"');
    return BuiltSizes{{WriteArticleJson(built).size(), WriteHtmlSnapshot(built, site, related).size(),
                       JsonLdForScript(built, site).size(), WriteOEmbedJson(built, site).size()}};
}

} // namespace

BuiltSizes WorstBuiltSizes(const Article& a) {
    // Measured at two short stretches and carried on along the line they give to the longest (measuring at full
    // stretch would write some 60 KB for every article).
    constexpr size_t kShort = 16;
    const BuiltSizes one = Measure(a, kShort), two = Measure(a, 2 * kShort);
    BuiltSizes worst;
    for (size_t f = 0; f < 4; ++f)
        worst.Bytes[f] = one.Bytes[f] + (two.Bytes[f] - one.Bytes[f] + kShort - 1) / kShort * (kLongest - kShort);
    return worst;
}

size_t QuickBound(const Article& a, size_t article_bytes) {
    // Each text of the article reaches a file at most a few times (the headline five times in the snapshot),
    // each time escaped to at most 6 bytes a byte ("&quot;", "\u003c"); each of the site's strings (the address,
    // the viewer's folder, the title, a related headline) likewise, a few times in all and once or twice more for each photo, each of its variants and each
    // related article. 64 covers these products with room to spare; tests/cli/article_limits_test.cpp checks it
    // against WorstBuiltSizes on articles made of the characters that escape longest.
    return 64 * (article_bytes + (16 + Photos(a) * (1 + kVariantsPerPhoto) + a.Related.size()) * (kLongest + 64) + a.Related.size() * kMaxHeadlineBytes);
}

bool FitToLimits(Article* a, const SourceLines& lines, const std::string& file, std::vector<Error>* warnings, Error* err) {
    const std::string trimmed = TrimKeywords(&a->Keywords);
    if (!trimmed.empty()) warnings->push_back(Error{file, LineText(lines.Of("keywords", 0)), trimmed});
    LimitBreach breach;
    size_t bytes = 0;
    if (!WithinLimits(*a, &breach, &bytes)) {
        *err = Error{file, LineText(lines.Of(breach.Member, breach.Block)), breach.Reason};
        return false;
    }
    if (QuickBound(*a, bytes) <= kMaxJsonBytes) return true; // most articles: far within every bound
    const BuiltSizes worst = WorstBuiltSizes(*a);
    for (size_t f = 0; f < 4; ++f)
        if (worst.Bytes[f] > kLimits[f]) {
            *err = Error{file, "", std::string(kFiles[f]) + " could be " + std::to_string(worst.Bytes[f]) + " bytes; the limit is " +
                                       std::to_string(kLimits[f]) + " (shorten the article)"};
            return false;
        }
    return true;
}

} // namespace folio::cli
