// The oEmbed 1.0 response of an article, as a static JSON file of type "rich": a small, script-free card.
#pragma once
#include "cli/bundle_layout.h"
#include "model/article.h"

#include <string>

namespace folio::cli {

constexpr int kOEmbedWidth = 600;

std::string WriteOEmbedJson(const Article& a, const BundleSite& site);

} // namespace folio::cli
