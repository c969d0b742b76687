// BoundAttributes: one pass over the text, copying it, skipping the attributes of a tag past the bound.
#include "cli/html_guard.h"

#include <cstring>

namespace folio::cli {

namespace {

bool Letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

// Elements whose content is text up to their end tag (so a "<" in a script starts no tag).
bool RawText(const std::string& name) {
    for (const char* raw : {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"})
        if (name == raw) return true;
    return false;
}

// Where the end tag "</name" starts at or after `from` (in any case), or size when there is none.
size_t EndTagOf(const std::string& html, size_t from, const std::string& name) {
    for (size_t at = html.find("</", from); at != std::string::npos; at = html.find("</", at + 2)) {
        size_t i = 0;
        while (i < name.size() && at + 2 + i < html.size() && Lower(html[at + 2 + i]) == name[i]) ++i;
        if (i == name.size()) return at;
    }
    return html.size();
}

} // namespace

std::string BoundAttributes(const std::string& html, size_t max, size_t* cut) {
    std::string out;
    out.reserve(html.size());
    size_t at = 0, tags_cut = 0;
    const size_t n = html.size();
    while (at < n) {
        const size_t lt = html.find('<', at);
        if (lt == std::string::npos || lt + 1 >= n) { out.append(html, at, std::string::npos); break; }
        out.append(html, at, lt - at);
        at = lt;
        if (html.compare(at, 4, "<!--") == 0) { // a comment, as it is
            const size_t end = html.find("-->", at + 4);
            const size_t stop = end == std::string::npos ? n : end + 3;
            out.append(html, at, stop - at);
            at = stop;
            continue;
        }
        if (!Letter(html[at + 1])) { out += '<'; ++at; continue; } // an end tag, a declaration or text
        // A start tag: its name, then its attributes.
        size_t i = at + 1;
        std::string name;
        while (i < n && !Space(html[i]) && html[i] != '/' && html[i] != '>') name += Lower(html[i++]);
        out.append(html, at, i - at);
        size_t count = 0;
        bool over = false;
        while (i < n && html[i] != '>') {
            const size_t start = i;
            if (Space(html[i]) || html[i] == '/') { ++i; out += html[start]; continue; }
            // An attribute: a name, and perhaps "=" and a value, quoted or not.
            while (i < n && !Space(html[i]) && html[i] != '/' && html[i] != '>' && (html[i] != '=' || i == start)) ++i;
            size_t j = i;
            while (j < n && Space(html[j])) ++j;
            if (j < n && html[j] == '=') {
                ++j;
                while (j < n && Space(html[j])) ++j;
                if (j < n && (html[j] == '"' || html[j] == '\'')) {
                    const size_t close = html.find(html[j], j + 1);
                    j = close == std::string::npos ? n : close + 1;
                } else {
                    while (j < n && !Space(html[j]) && html[j] != '>') ++j;
                }
                i = j;
            }
            if (++count <= max) out.append(html, start, i - start);
            else over = true;
        }
        tags_cut += over;
        if (i < n) out += html[i++]; // the ">"
        at = i;
        if (RawText(name)) {
            const size_t end = EndTagOf(html, at, name);
            out.append(html, at, end - at);
            at = end;
        }
    }
    if (cut) *cut = tags_cut;
    return out;
}

} // namespace folio::cli
