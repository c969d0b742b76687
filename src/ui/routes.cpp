// Making and taking apart routes (routes.h): percent-encoding, and the cleaning of a name taken from a route.
#include "ui/routes.h"
#include "model/json_read.h"

namespace folio::ui {

std::string PercentEncode(const std::string& text) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '.' || c == '_' || c == '~';
        if (plain) { out += (char)c; continue; }
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    return out;
}

std::string PercentDecode(const std::string& text) {
    auto hex = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    };
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out += (char)(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

RouteParts ParseRoute(const std::string& route) {
    if (route.empty() || route == "#") return {RouteKind::Start, {}};
    for (auto [prefix, kind] : {std::make_pair(&kArticlePrefix, RouteKind::Article), std::make_pair(&kSectionPrefix, RouteKind::Section),
                                std::make_pair(&kTagPrefix, RouteKind::Tag)}) {
        if (!HasRoutePrefix(route, *prefix)) continue;
        std::string name = CleanText(PercentDecode(route.substr(prefix->size())));
        if (name.empty()) break; // nothing to open or filter by
        return {kind, std::move(name)};
    }
    return {RouteKind::Feed, {}};
}

std::string MakeRoute(const RouteParts& parts) {
    switch (parts.Kind) {
    case RouteKind::Start: return {};
    case RouteKind::Feed: return kFeedRoute;
    case RouteKind::Article: return ArticleRoute(parts.Name);
    case RouteKind::Section: return SectionRoute(parts.Name);
    case RouteKind::Tag: return TagRoute(parts.Name);
    }
    return kFeedRoute;
}

} // namespace folio::ui
