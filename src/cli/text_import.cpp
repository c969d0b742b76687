// ImportWireText: the seed's plain-text shape -> Article (section, headline, standfirst, dateline, date, quotes).
#include "cli/text_import.h"
#include "cli/source_text.h"
#include "cli/wire_dateline.h"
#include "cli/wire_photos.h"
#include "cli/wire_quotes.h"

#include <cstdio>

namespace folio::cli {

static std::string Line(size_t n) { return "line " + std::to_string(n); }

// A section label is a short line without a full stop: "All news", "World".
static bool LooksLikeSection(const std::string& s) {
    return s.size() <= 40 && s.find_first_of(".!?") == std::string::npos;
}

static std::string TwoDigits(int n) { char b[8]; std::snprintf(b, sizeof b, "%02d", n); return b; }

// datePublished: --date wins; else the dateline's day with the year inferred (and a warning saying how).
static std::string PublicationDate(const WireDateline& d, const std::string& lede, size_t line, const std::string& file,
                                   const ImportOptions& o, std::vector<Error>* warnings) {
    if (!o.Date.empty()) return DateTimeFromOption(o.Date, o.UtcOffset);
    DatelineDate date;
    if (d.Date.empty() || !ReadDatelineDate(d.Date, &date)) {
        warnings->push_back(Error{file, Line(line), "no date in the dateline; the article is undated (pass --date)"});
        return "";
    }
    const int month = date.Month, day = date.Day;
    if (date.Year) // "14 novembre 2026": nothing to infer
        return std::to_string(date.Year) + "-" + TwoDigits(month) + "-" + TwoDigits(day) + "T00:00:00" + o.UtcOffset;
    std::string weekday_name;
    const int weekday = date.DayFirst ? WeekdayWordNamed(lede, &weekday_name) : WeekdayNamed(lede, &weekday_name);
    const int year = InferYear(month, day, weekday, o.TodayY, o.TodayM, o.TodayD);
    const std::string today = std::to_string(o.TodayY) + "-" + TwoDigits(o.TodayM) + "-" + TwoDigits(o.TodayD);
    if (year == 0) {
        warnings->push_back(Error{file, Line(line), "no year in the dateline and none fits \"" + d.Date +
                                                        "\"; the article is undated (pass --date)"});
        return "";
    }
    std::string why = weekday < 0      ? "the latest year up to " + today + " (the text names no weekday)"
                      : date.DayFirst ? "the latest year up to " + today + " in which " + d.Date +
                                            " fell on the weekday the text names (\"" + weekday_name + "\")"
                                      : "the latest year up to " + today + " in which " + d.Date + " was a " + weekday_name +
                                            ", as the text says (\"on " + weekday_name + "\")";
    warnings->push_back(Error{file, Line(line), "no year in the dateline; took " + std::to_string(year) + ", " + why +
                                                    "; pass --date to set it"});
    return std::to_string(year) + "-" + TwoDigits(month) + "-" + TwoDigits(day) + "T00:00:00" + o.UtcOffset;
}

bool ImportWireText(const std::string& text, const std::string& file, const ImportOptions& o, Article* out,
                    SourceLines* lines, std::vector<Error>* warnings, Error* err) {
    // Photo lines (wire_photos.h) are set aside first, each remembering the paragraph it stood before, so the
    // story's shape is read from its text alone.
    std::vector<SourceParagraph> paras;
    struct Placed { Photo Image; size_t Before, Line; };
    std::vector<Placed> photos;
    // A photo line is one line: the text under it, even with no blank line between, is the story's own.
    auto photo_line = [](const std::string& line) {
        Photo ignored;
        std::string why;
        return ReadWirePhotoLine(line, &ignored, &why) != WirePhotoLine::NotPhoto;
    };
    for (SourceParagraph& p : SplitParagraphs(text, photo_line)) {
        Photo photo;
        std::string why;
        switch (ReadWirePhotoLine(p.Text, &photo, &why)) {
        case WirePhotoLine::NotPhoto: paras.push_back(std::move(p)); break;
        case WirePhotoLine::Photo: photos.push_back(Placed{std::move(photo), paras.size(), p.Line}); break;
        case WirePhotoLine::Refused: *err = Error{file, Line(p.Line), why}; return false;
        }
    }
    // Where the body starts: the paragraph that opens with a dateline, within the first four.
    size_t body = paras.size();
    WireDateline dateline;
    std::string lede;
    for (size_t i = 1; i < paras.size() && i <= 3; ++i)
        if (SplitDateline(paras[i].Text, &dateline, &lede)) { body = i; break; }
    Article a;
    size_t head = 0; // paragraphs before the body: [section] headline [standfirst]
    if (body == paras.size()) {
        warnings->push_back(Error{file, paras.empty() ? "" : Line(paras[0].Line),
                                  "no dateline (\"PLACE, Month Day. /AGENCY/.\") found; reading section, headline and standfirst by position"});
        const size_t n = paras.size();
        body = n >= 4 && LooksLikeSection(paras[0].Text) ? 3 : n >= 3 ? 2 : 1;
    }
    SourceLines at;
    if (body == 3) {
        at.Members["articleSection"] = paras[head].Line;
        a.Section = paras[head++].Text;
    }
    if (body == 0 || head >= paras.size()) {
        *err = Error{file, "", "no headline: expected a section line, the headline, the standfirst and the body, separated by blank lines"};
        return false;
    }
    at.Members["headline"] = paras[head].Line;
    a.Headline = paras[head++].Text;
    if (head < body) {
        at.Members["description"] = paras[head].Line;
        a.Description = paras[head++].Text;
    }
    if (body >= paras.size()) {
        *err = Error{file, Line(paras.back().Line), "no body after the headline"};
        return false;
    }
    a.Id = o.Id.empty() ? IdFromFileName(file) : o.Id;
    if (!ValidArticleId(a.Id)) {
        *err = Error{file, "", "article id \"" + a.Id + "\" is not 1 to 128 of A-Z a-z 0-9 . _ - (pass --id)"};
        return false;
    }
    // a.Language stays empty: a wire text does not say its language, so ImportSource fills it (importer.h).
    a.Dateline = dateline;
    a.Publisher = dateline.Agency;
    a.DatePublished = PublicationDate(dateline, lede, paras[body].Line, file, o, warnings);
    for (const char* member : {"dateline", "publisher", "datePublished"}) at.Members[member] = paras[body].Line;

    // A photo line before the body's first paragraph is the lead image (one only); the others are body photos.
    size_t next_photo = 0;
    for (; next_photo < photos.size() && photos[next_photo].Before <= body; ++next_photo) {
        if (!a.Image.Empty()) {
            *err = Error{file, Line(photos[next_photo].Line), "a second photo line before the story's first paragraph "
                                                              "(the first is the lead image; put this one in the body)"};
            return false;
        }
        a.Image = photos[next_photo].Image;
        at.Members["image"] = photos[next_photo].Line;
    }
    const auto photos_before = [&](size_t para) {
        for (; next_photo < photos.size() && photos[next_photo].Before <= para; ++next_photo) {
            Block b;
            b.Type = BlockType::Photo;
            b.Image = photos[next_photo].Image;
            a.Body.push_back(std::move(b));
            at.Blocks.push_back(photos[next_photo].Line);
        }
    };

    std::vector<std::string> texts;
    for (size_t i = body; i < paras.size(); ++i) texts.push_back(i == body && !dateline.Empty() ? lede : paras[i].Text);
    const SpeakerIndex speakers(FindNamedPeople(texts), texts);
    std::string previous;
    for (size_t i = 0; i < texts.size(); ++i) {
        photos_before(body + i);
        Block b;
        QuotedParagraph q;
        if (i > 0 && SplitQuote(texts[i], &q)) {
            b.Type = BlockType::Quote;
            b.Text = RichText::Plain(q.Text);
            if (!q.Speaker.empty()) {
                bool resolved = false;
                b.Attribution = ResolveSpeaker(q.Speaker, i, speakers, previous, &resolved);
                if (!resolved)
                    warnings->push_back(Error{file, Line(paras[body + i].Line),
                                              "could not tell who \"" + q.Speaker + "\" is; attributed as written"});
                previous = b.Attribution;
            }
        } else {
            b.Text = RichText::Plain(texts[i]);
        }
        if (b.Text.Empty()) continue;
        a.Body.push_back(std::move(b));
        at.Blocks.push_back(paras[body + i].Line);
    }
    photos_before(paras.size()); // those after the last paragraph
    *out = std::move(a);
    *lines = std::move(at);
    return true;
}

} // namespace folio::cli
