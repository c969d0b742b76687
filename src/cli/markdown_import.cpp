// ImportMarkdown: front matter (front_matter.cpp) for the article's fields, md4c (markdown_body.cpp) for its body.
#include "cli/markdown_import.h"
#include "cli/front_matter.h"
#include "cli/markdown_body.h"
#include "cli/source_text.h"
#include "model/date.h"
#include "model/json_read.h"

namespace folio::cli {

namespace {

struct Fields {
    const FrontMatter& Fm;
    const std::string& File;
    std::vector<Error>* Warnings;
    Error* Err;

    // The value of the first of `keys` present; single text only.
    bool Text(std::initializer_list<const char*> keys, std::string* out) const {
        for (const char* k : keys) {
            auto it = Fm.Values.find(k);
            if (it == Fm.Values.end()) continue;
            if (it->second.IsList || it->second.IsMap) {
                *Err = Error{File, "line " + std::to_string(it->second.Line), std::string("front matter: \"") + k + "\" must be text, not a " +
                                                                                   (it->second.IsList ? "list" : "mapping")};
                return false;
            }
            *out = CleanText(it->second.Items[0]);
            return true;
        }
        return true;
    }
    // A list, or comma-separated text. An item with nothing visible left after cleaning is left out, with a
    // warning (an author of only control characters would otherwise be an empty name the bundle refuses).
    bool List(std::initializer_list<const char*> keys, std::vector<std::string>* out) const {
        for (const char* k : keys) {
            auto it = Fm.Values.find(k);
            if (it == Fm.Values.end()) continue;
            if (it->second.IsMap) {
                *Err = Error{File, "line " + std::to_string(it->second.Line), std::string("front matter: \"") + k + "\" must be a list or text, not a mapping"};
                return false;
            }
            out->clear();
            for (const std::string& item : it->second.Items) {
                size_t start = 0;
                while (start <= item.size()) {
                    size_t comma = it->second.IsList ? std::string::npos : item.find(',', start);
                    if (comma == std::string::npos) comma = item.size();
                    const std::string part = item.substr(start, comma - start);
                    const size_t b = part.find_first_not_of(" \t"), e = part.find_last_not_of(" \t");
                    if (b != std::string::npos) {
                        std::string value = CleanText(part.substr(b, e - b + 1));
                        if (value.find_first_not_of(" \t") != std::string::npos) out->push_back(std::move(value));
                        else Warnings->push_back(Error{File, "line " + std::to_string(it->second.Line),
                                                       std::string("front matter: an item of \"") + k + "\" has no visible text; left out"});
                    }
                    start = comma + 1;
                }
            }
            return true;
        }
        return true;
    }
    // The lead image: `image: path` or `image:` with src, alt, caption and credit fields (other fields are ignored
    // with a warning). Its file is found and encoded by the build (bundle_build), which names this line.
    bool Image(Photo* out) const {
        auto it = Fm.Values.find("image");
        if (it == Fm.Values.end()) return true;
        const FrontMatterValue& v = it->second;
        const std::string line = "line " + std::to_string(v.Line);
        Photo p;
        if (v.IsList) {
            *Err = Error{File, line, "front matter: \"image\" must be a path or src, alt, caption and credit fields, not a list"};
            return false;
        }
        if (!v.IsMap) p.Src = Trimmed(v.Items[0]);
        for (const FrontMatterValue::Field& f : v.Fields) {
            if (f.Key == "src") p.Src = Trimmed(f.Value);
            else if (f.Key == "alt") p.Alt = CleanText(f.Value);
            else if (f.Key == "caption") p.Caption = CleanText(f.Value);
            else if (f.Key == "credit") p.Credit = CleanText(f.Value);
            else Warnings->push_back(Error{File, "line " + std::to_string(f.Line), "front matter: unknown field \"image." + f.Key +
                                                                                    "\" ignored (src, alt, caption, credit)"});
        }
        if (p.Src.empty()) {
            *Err = Error{File, line, "front matter: \"image\" names no file (give a path, or \"src:\" under it)"};
            return false;
        }
        *out = std::move(p);
        return true;
    }
    static std::string Trimmed(const std::string& s) {
        const size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
        return b == std::string::npos ? "" : s.substr(b, e - b + 1);
    }
    size_t LineOf(const char* key) const {
        auto it = Fm.Values.find(key);
        return it == Fm.Values.end() ? 1 : it->second.Line;
    }
};

// The front matter's keys and the article file's member each gives; where two keys give one member, the first
// present wins (as Fields reads them).
const std::pair<const char*, const char*> kKeys[] = {
    {"id", "id"}, {"title", "headline"}, {"headline", "headline"}, {"description", "description"},
    {"standfirst", "description"}, {"summary", "description"}, {"section", "articleSection"}, {"date", "datePublished"},
    {"modified", "dateModified"}, {"language", "inLanguage"}, {"author", "author"}, {"authors", "author"},
    {"publisher", "publisher"}, {"keywords", "keywords"}, {"tags", "keywords"}, {"url", "url"}, {"related", "related"},
    {"dateline", "dateline"}, {"image", "image"}};

} // namespace

bool ImportMarkdown(const std::string& text, const std::string& file, const ImportOptions& o, Article* out,
                    SourceLines* lines, std::vector<Error>* warnings, Error* err) {
    FrontMatter fm;
    std::string body;
    if (!ReadFrontMatter(text, file, &fm, &body, err)) return false;
    SourceLines at;
    for (const auto& [key, member] : kKeys) {
        auto it = fm.Values.find(key);
        if (it != fm.Values.end()) at.Members.emplace(member, it->second.Line);
    }
    for (const auto& kv : fm.Values) {
        bool known = false;
        for (const auto& k : kKeys) known = known || kv.first == k.first;
        if (!known)
            warnings->push_back(Error{file, "line " + std::to_string(kv.second.Line), "front matter: unknown key \"" + kv.first + "\" ignored"});
    }
    const Fields f{fm, file, warnings, err};
    Article a;
    std::string date, modified, dateline;
    if (!f.Text({"id"}, &a.Id) || !f.Text({"title", "headline"}, &a.Headline) ||
        !f.Text({"description", "standfirst", "summary"}, &a.Description) || !f.Text({"section"}, &a.Section) ||
        !f.Text({"date"}, &date) || !f.Text({"modified"}, &modified) || !f.Text({"language"}, &a.Language) ||
        !f.Text({"publisher"}, &a.Publisher) || !f.Text({"url"}, &a.Url) || !f.Text({"dateline"}, &dateline) ||
        !f.List({"author", "authors"}, &a.Authors) || !f.List({"keywords", "tags"}, &a.Keywords) ||
        !f.List({"related"}, &a.Related) || !f.Image(&a.Image))
        return false;
    MarkdownBody md;
    if (!ParseMarkdownBody(body, file, fm.BodyLine, &md, warnings, err)) return false;
    if (a.Headline.empty()) {
        a.Headline = md.H1;
        at.Members["headline"] = md.H1Line;
    }
    else if (!md.H1.empty()) warnings->push_back(Error{file, "line " + std::to_string(fm.BodyLine), "the level-1 heading \"" + md.H1 + "\" was dropped: the front matter gives the title"});
    if (a.Headline.empty()) {
        *err = Error{file, "", "no title: give \"title:\" in the front matter or start the text with \"# Title\""};
        return false;
    }
    if (!o.Id.empty()) a.Id = o.Id;
    if (a.Id.empty()) a.Id = IdFromFileName(file);
    if (!ValidArticleId(a.Id)) {
        *err = Error{file, "line " + std::to_string(f.LineOf("id")), "article id \"" + a.Id + "\" is not 1 to 128 of A-Z a-z 0-9 . _ -"};
        return false;
    }
    for (size_t i = 0; i < a.Related.size(); ++i)
        if (!ValidArticleId(a.Related[i])) {
            *err = Error{file, "line " + std::to_string(f.LineOf("related")), "related id \"" + a.Related[i] + "\" is not a valid article id"};
            return false;
        }
    if (!o.Date.empty()) date = o.Date;
    a.DatePublished = date.empty() ? "" : DateTimeFromOption(date, o.UtcOffset);
    if (!date.empty() && a.DatePublished.empty()) {
        *err = Error{file, "line " + std::to_string(f.LineOf("date")), "date \"" + date + "\" is not YYYY-MM-DD or an RFC 3339 date-time"};
        return false;
    }
    if (date.empty()) warnings->push_back(Error{file, "", "no date: the article is undated (give \"date:\" in the front matter)"});
    a.DateModified = modified.empty() ? "" : DateTimeFromOption(modified, o.UtcOffset);
    if (!modified.empty() && a.DateModified.empty()) {
        *err = Error{file, "line " + std::to_string(f.LineOf("modified")), "modified \"" + modified + "\" is not YYYY-MM-DD or an RFC 3339 date-time"};
        return false;
    }
    a.Dateline.Text = dateline;
    a.Body = std::move(md.Blocks);
    at.Blocks = std::move(md.BlockLines);
    *out = std::move(a);
    *lines = std::move(at);
    return true;
}

} // namespace folio::cli
