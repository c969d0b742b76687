// FitToLimits: TrimKeywords and WithinLimits from the model, and the sizes of the files build derives from an article.
#include "cli/article_limits.h"
#include "cli/html_snapshot.h"
#include "cli/oembed.h"
#include "model/limits.h"

namespace folio::cli {

size_t SourceLines::Of(const std::string& member, size_t block) const {
    if (member == "body") return block < Blocks.size() ? Blocks[block] : 0;
    auto it = Members.find(member);
    return it == Members.end() ? 0 : it->second;
}

static std::string LineText(size_t line) { return line ? "line " + std::to_string(line) : ""; }

bool FitToLimits(Article* a, const SourceLines& lines, const std::string& file, std::vector<Error>* warnings, Error* err) {
    const std::string trimmed = TrimKeywords(&a->Keywords);
    if (!trimmed.empty()) warnings->push_back(Error{file, LineText(lines.Of("keywords", 0)), trimmed});
    LimitBreach breach;
    if (!WithinLimits(*a, &breach)) {
        *err = Error{file, LineText(lines.Of(breach.Member, breach.Block)), breach.Reason};
        return false;
    }
    // Measured without a site: a bundle's address, title and related titles add at most kSiteReserveBytes.
    const BundleSite site;
    const struct { const char* What; size_t Bytes, Limit; } derived[] = {
        {"its HTML snapshot", WriteHtmlSnapshot(*a, site, {}).size(), kMaxSnapshotBytes},
        {"its JSON-LD", JsonLdForScript(*a, site).size(), kMaxJsonBytes},
        {"its oEmbed file", WriteOEmbedJson(*a, site).size(), kMaxJsonBytes},
    };
    for (const auto& d : derived)
        if (d.Bytes + kSiteReserveBytes > d.Limit) {
            *err = Error{file, "", std::string(d.What) + " would be " + std::to_string(d.Bytes) + " bytes; the limit is " +
                                       std::to_string(d.Limit - kSiteReserveBytes) + " (shorten the article)"};
            return false;
        }
    return true;
}

} // namespace folio::cli
