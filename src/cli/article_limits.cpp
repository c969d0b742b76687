// FitToLimits: TrimKeywords and WithinLimits from the model, then the files build derives from the article,
// measured as the longest options a build accepts would make them.
#include "cli/article_limits.h"
#include "cli/bundle_layout.h"
#include "cli/html_snapshot.h"
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

static std::string LineText(size_t line) { return line ? "line " + std::to_string(line) : ""; }

// The largest site a build accepts: the longest --base-url and a --title of the character HTML escapes longest.
static BundleSite WorstSite() {
    BundleSite site;
    site.BaseUrl = "https://" + std::string(kMaxUrlBytes - 10, 'x') + "/";
    site.Title = std::string(kMaxHeadlineBytes, '"');
    return site;
}

bool FitToLimits(Article* a, const SourceLines& lines, const std::string& file, std::vector<Error>* warnings, Error* err) {
    const std::string trimmed = TrimKeywords(&a->Keywords);
    if (!trimmed.empty()) warnings->push_back(Error{file, LineText(lines.Of("keywords", 0)), trimmed});
    LimitBreach breach;
    if (!WithinLimits(*a, &breach)) {
        *err = Error{file, LineText(lines.Of(breach.Member, breach.Block)), breach.Reason};
        return false;
    }
    // What build makes of the article at worst: its url and its photos' copies (media/<hash>.<ext>) addressed
    // under the longest base URL, and related articles of the longest headlines.
    static const BundleSite site = WorstSite();
    Article built = *a;
    if (built.Url.empty()) built.Url = Reference(site, ArticleJsonPath(built.Id), SnapshotPath(built.Id));
    for (Block& b : built.Body)
        if (b.Type == BlockType::Photo && SchemeLength(b.Image.Src) == 0)
            b.Image.Src = Reference(site, ArticleJsonPath(built.Id), "media/" + std::string(32, '0') + ".avif");
    std::map<std::string, std::string> related;
    for (const std::string& id : built.Related) related[id] = std::string(kMaxHeadlineBytes, '"');
    const struct { const char* What; size_t Bytes, Limit; } files[] = {
        {"the article file", WriteArticleJson(built).size(), kMaxJsonBytes},
        {"its HTML snapshot", WriteHtmlSnapshot(built, site, related).size(), kMaxSnapshotBytes},
        {"its JSON-LD", JsonLdForScript(built, site).size(), kMaxJsonBytes},
        {"its oEmbed file", WriteOEmbedJson(built, site).size(), kMaxJsonBytes},
    };
    for (const auto& f : files)
        if (f.Bytes > f.Limit) {
            *err = Error{file, "", std::string(f.What) + " could be " + std::to_string(f.Bytes) + " bytes; the limit is " +
                                       std::to_string(f.Limit) + " (shorten the article)"};
            return false;
        }
    return true;
}

} // namespace folio::cli
