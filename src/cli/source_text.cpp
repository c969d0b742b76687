// CleanSource, SplitParagraphs and IdFromFileName: the text of source files.
#include "cli/source_text.h"
#include "model/json_read.h"

namespace folio::cli {

static size_t LineOf(const std::string& s, size_t offset) {
    size_t line = 1;
    for (size_t i = 0; i < offset && i < s.size(); ++i) line += s[i] == '\n';
    return line;
}

bool CleanSource(const std::string& raw, const std::string& file, std::string* out, std::vector<Error>* warnings,
                 Error* err) {
    if (raw.size() > kMaxSourceBytes) {
        *err = Error{file, "", "file is " + std::to_string(raw.size()) + " bytes; the limit is " + std::to_string(kMaxSourceBytes)};
        return false;
    }
    const std::string body = raw.substr(Utf8BomLength(raw));
    std::string cleaned = CleanText(body);
    if (cleaned != body) {
        // Name the first line that changed, in the original's numbering (CR LF endings are not a change).
        std::string lf;
        for (size_t i = 0; i < body.size(); ++i)
            if (!(body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n')) lf += body[i] == '\r' ? '\n' : body[i];
        if (lf != cleaned) {
            size_t i = 0;
            while (i < lf.size() && i < cleaned.size() && lf[i] == cleaned[i]) ++i;
            warnings->push_back(Error{file, "line " + std::to_string(LineOf(lf, i)),
                                      "invalid UTF-8 became U+FFFD; control characters and bidi overrides were removed"});
        }
    }
    if (cleaned.find_first_not_of(" \t\n") == std::string::npos) {
        *err = Error{file, "", raw.empty() ? "empty file" : "the file holds no text"};
        return false;
    }
    *out = std::move(cleaned);
    return true;
}

std::vector<SourceParagraph> SplitParagraphs(const std::string& text, const std::function<bool(const std::string&)>& stands_alone) {
    std::vector<SourceParagraph> paras;
    SourceParagraph cur;
    size_t line = 0, start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        ++line;
        std::string s = text.substr(start, end - start);
        const size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
        s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
        if (s.empty()) {
            if (!cur.Text.empty()) paras.push_back(std::move(cur));
            cur = SourceParagraph{};
        } else if (stands_alone && stands_alone(s)) {
            if (!cur.Text.empty()) paras.push_back(std::move(cur));
            paras.push_back(SourceParagraph{s, line});
            cur = SourceParagraph{};
        } else {
            if (cur.Text.empty()) cur.Line = line;
            cur.Text += (cur.Text.empty() ? "" : " ") + s;
        }
        if (end == text.size()) break;
        start = end + 1;
    }
    if (!cur.Text.empty()) paras.push_back(std::move(cur));
    return paras;
}

std::string IdFromFileName(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    const size_t dot = name.rfind('.');
    if (dot != std::string::npos && dot > 0) name.resize(dot);
    size_t digits = 0;
    while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
    if (digits > 0 && digits + 1 < name.size() && name[digits] == '_') name = name.substr(digits + 1);
    return name;
}

} // namespace folio::cli
