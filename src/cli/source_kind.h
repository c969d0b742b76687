// What kind of source a file is, told by its extension and, for .json and .xml, by its content: the one place
// `build` and `import` decide which importer reads a file. A file of none of these kinds is not a source (it may be
// a photo an article refers to); a .json or .xml file whose content is none of the kinds is reported, not skipped.
#pragma once
#include <string>

namespace folio::cli {

enum class SourceKind {
    NotSource,     // an extension no importer reads (photos, READMEs): build lists it nowhere
    Unrecognised,  // a .json/.xml/.html extension whose content is none of the kinds below: an error
    WireText,      // .txt: a wire story (text_import)
    Markdown,      // .md, .markdown: Markdown with YAML front matter (markdown_import)
    RssAtom,       // .rss, .atom, or .xml whose root is <rss> or Atom's <feed>: many articles
    Ninjs,         // .json: IPTC ninjs 2.x (an object with "uri" and ninjs members, or a "$schema" naming ninjs)
    JsonFeed,      // .json: JSON Feed 1.x ("version": "https://jsonfeed.org/version/1…"): many articles
    WordPress,     // .json: a WordPress REST API post ("title": {"rendered"}, "content": {"rendered"}), or an array
    FolioArticle,  // .json: a Folio article file ("folioFormat")
    HtmlPage,      // .html, .htm: a publisher's article page (html_page_import)
};

// Whether the extension is one an importer reads (.txt .md .markdown .rss .atom .xml .json .html .htm), so the
// file is a source whatever its content turns out to be.
bool HasSourceExtension(const std::string& path);

// The kind of a source: by extension, then by content for .json (the top-level members of its first object) and
// .xml (the name of its root element). `text` is the file's cleaned bytes. NotSource for other extensions.
SourceKind SourceKindOf(const std::string& path, const std::string& text);

// "RSS or Atom feed", "IPTC ninjs", … for messages.
const char* SourceKindName(SourceKind kind);

// Why an Unrecognised file is not a source, for its error: what was expected of a file with this extension.
std::string WhyUnrecognised(const std::string& path, const std::string& text);

} // namespace folio::cli
