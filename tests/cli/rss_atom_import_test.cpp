// Tests of cli/rss_atom_import.cpp (through ImportSource, as build calls it): RSS 2.0, RSS 1.0 and Atom 1.0 items to
// articles, and the feeds it refuses or reads safely: malformed XML (with its line), an <rss> without a channel,
// entity expansion ("billion laughs"), external entities, duplicate guids, too many items, bad dates.
#include "cli/feed_entries.h"
#include "cli/importer.h"
#include "cli/rss_atom_import.h"
#include "model/limits.h"
#include "test_errors.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <unistd.h>

using namespace folio;
using namespace folio::cli;
using folio::test::Messages;

namespace {

std::vector<ImportedArticle> Imported(const std::string& xml, const std::string& file = "wire.rss",
                                      std::vector<Error>* warnings = nullptr, const ImportOptions& o = ImportOptions{}) {
    std::vector<ImportedArticle> got;
    std::vector<Error> w;
    Error e;
    REQUIRE_MESSAGE(ImportSource(xml, file, o, &got, warnings ? warnings : &w, &e), e.Message());
    return got;
}

Error Refused(const std::string& xml, const std::string& file = "wire.rss", const ImportOptions& o = ImportOptions{}) {
    std::vector<ImportedArticle> got;
    std::vector<Error> w;
    Error e;
    CHECK_FALSE(ImportSource(xml, file, o, &got, &w, &e));
    CHECK(got.empty());
    CHECK(e.File == file);
    return e;
}

bool Warned(const std::vector<Error>& warnings, const std::string& text) {
    return Messages(warnings).find(text) != std::string::npos;
}

std::string Rss(const std::string& items, const std::string& channel_extra = "<language>en-GB</language>") {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n"
           "<channel><title>Harbour Gazette</title><link>https://gazette.example/</link>" + channel_extra + "\n" + items +
           "</channel></rss>\n";
}

// The feed with a document type declaration after its XML declaration.
std::string WithDoctype(const std::string& doctype, const std::string& xml) {
    const size_t after = xml.find('\n') + 1;
    return xml.substr(0, after) + doctype + "\n" + xml.substr(after);
}

std::string Item(const std::string& guid, const std::string& title, const std::string& more = "") {
    return "<item><guid>" + guid + "</guid><title>" + title + "</title><description>Text of " + title +
           ".</description>" + more + "</item>\n";
}

} // namespace

TEST_CASE("an RSS item's members become the article's") {
    const std::string xml = Rss(
        "<item>\n"
        "<title>Ferry &amp;amp; tram &lt;b&gt;strike&lt;/b&gt; ends</title>\n"
        "<link>https://gazette.example/2026/03/ferry-strike-ends.html</link>\n"
        "<guid isPermaLink=\"false\">gazette-4412</guid>\n"
        "<description>&lt;p&gt;Crews return &lt;em&gt;on Monday&lt;/em&gt;.&lt;/p&gt;</description>\n"
        "<content:encoded><![CDATA[<p>The strike is <strong>over</strong>.</p><h2>What next</h2><p>Talks.</p>]]></content:encoded>\n"
        "<dc:creator>Mira Holm</dc:creator><author>desk@gazette.example (Jon Bly)</author>\n"
        "<category>Transport</category><category>Labour</category>\n"
        "<pubDate>Sat, 07 Mar 2026 09:05:00 +0100</pubDate>\n"
        "<enclosure url=\"https://gazette.example/img/ferry.jpg\" length=\"48213\" type=\"image/jpeg\"/>\n"
        "</item>\n");
    const auto got = Imported(xml);
    REQUIRE(got.size() == 1);
    const Article& a = got[0].Item;
    CHECK(got[0].From == "wire.rss: item 1");
    CHECK(a.Headline == "Ferry & tram strike ends");
    CHECK(a.Description == "Crews return on Monday.");
    REQUIRE(a.Body.size() == 3);
    CHECK(a.Body[0].Text.PlainText() == "The strike is over.");
    CHECK(a.Body[1].Type == BlockType::Heading);
    CHECK(a.Url == "https://gazette.example/2026/03/ferry-strike-ends.html");
    CHECK(a.DatePublished == "2026-03-07T09:05:00+01:00");
    CHECK(a.Language == "en-GB");
    CHECK(a.Publisher == "Harbour Gazette");
    CHECK(a.Authors == std::vector<std::string>{"Mira Holm", "Jon Bly"});
    CHECK(a.Keywords == std::vector<std::string>{"Transport", "Labour"});
    CHECK(a.Image.Src == "https://gazette.example/img/ferry.jpg");
    CHECK(a.Id.rfind("ferry-strike-ends-", 0) == 0);
    CHECK(a.Id == FeedItemId(a.Url, a.Headline, "gazette-4412"));
}

TEST_CASE("ids are stable, distinct, and a guid used twice is refused naming both items") {
    const std::string feed = Rss(Item("a-1", "Same title") + Item("a-2", "Same title") + Item("a-3", "Other"));
    const auto first = Imported(feed), again = Imported(feed);
    REQUIRE(first.size() == 3);
    CHECK(first[0].Item.Id != first[1].Item.Id);
    CHECK(first[0].Item.Id.rfind("same-title-", 0) == 0);
    for (size_t i = 0; i < 3; ++i) CHECK(first[i].Item.Id == again[i].Item.Id);
    // an item's id does not depend on its place in the feed
    const auto reordered = Imported(Rss(Item("a-3", "Other") + Item("a-1", "Same title")));
    CHECK(reordered[1].Item.Id == first[0].Item.Id);
    const Error e = Refused(Rss(Item("a-1", "One") + Item("a-2", "Two") + Item("a-1", "Three")));
    CHECK(e.Path == "item 3 (line 6)");
    CHECK(e.Reason.find("\"a-1\" is also item 1 (line 4)'s") != std::string::npos);
}

TEST_CASE("malformed XML is refused with libxml2's reason and line") {
    const Error e = Refused("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>Open</item>\n</channel></rss>\n");
    CHECK(e.Path == "line 3");
    CHECK(e.Reason.find("malformed XML") == 0);
    CHECK(e.Reason.find("title") != std::string::npos);
    CHECK(Refused("<rss><channel><item>", "cut.rss").Reason.find("malformed XML") == 0);
    CHECK(Refused("not xml at all\n").Reason.find("malformed XML") == 0);
}

TEST_CASE("an <rss> without a channel, an unknown root and a feed without items are refused") {
    CHECK(Refused("<rss version=\"2.0\">\n<item><title>x</title></item></rss>").Reason ==
          "the <rss> element has no <channel>: not an RSS feed");
    const Error root = Refused("<?xml version=\"1.0\"?>\n\n<html><body/></html>");
    CHECK(root.Path == "line 3");
    CHECK(root.Reason == "the root element <html> is neither RSS's <rss> nor Atom's <feed>");
    CHECK(Refused(Rss("")).Reason == "the feed has no items");
    // <feed> outside Atom's namespace is not Atom
    CHECK(Refused("<feed><entry/></feed>", "x.atom").Reason.find("neither") != std::string::npos);
}

TEST_CASE("a billion laughs is refused, never expanded") {
    std::string dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lollollollollollollollollollol\">\n";
    for (int i = 1; i <= 9; ++i) {
        dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j) dtd += "&lol" + std::to_string(i - 1) + ";";
        dtd += "\">\n";
    }
    dtd += "]>\n";
    const std::string xml = dtd + "<rss version=\"2.0\"><channel><item><guid>1</guid><title>&lol9;</title>"
                                  "<description>x</description></item></channel></rss>\n";
    // libxml2 2.9 refuses it while parsing ("Detected an entity reference loop"); later versions say "amplification"
    const Error e = Refused(xml);
    CHECK(e.Reason.find("malformed XML: ") == 0);
    CHECK((e.Reason.find("entity reference loop") != std::string::npos || e.Reason.find("amplification") != std::string::npos));
    // in an attribute too
    const std::string attr = dtd + "<rss version=\"2.0\"><channel><item><guid>1</guid><title>T</title>"
                                   "<enclosure url=\"&lol9;\" type=\"image/jpeg\"/></item></channel></rss>\n";
    Refused(attr);
}

TEST_CASE("a quadratic blowup (one large entity referenced many times) is refused past the budget") {
    std::string refs;
    for (int i = 0; i < 1000; ++i) refs += "&big;";
    const std::string xml = WithDoctype("<!DOCTYPE rss [<!ENTITY big \"" + std::string(20000, 'a') + "\">]>",
                                        Rss(Item("1", "T", "<category>" + refs + "</category>")));
    const Error e = Refused(xml);
    CHECK(e.Reason.find("its entities expand past") == 0);
}

TEST_CASE("an internal entity of a modest size is taken as its text") {
    const std::string xml = WithDoctype("<!DOCTYPE rss [<!ENTITY paper \"Harbour Gazette\">]>", Rss(Item("1", "News from the &paper;")));
    CHECK(Imported(xml)[0].Item.Headline == "News from the Harbour Gazette");
}

TEST_CASE("an external entity is never read") {
    char path[] = "/tmp/folio-xxe-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    const std::string secret = "SECRET-7d1f09-DO-NOT-READ";
    REQUIRE(write(fd, secret.data(), secret.size()) == (ssize_t)secret.size());
    close(fd);
    for (const std::string& where : {std::string("file://") + path, std::string(path)}) {
        const std::string xml = WithDoctype("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + where + "\">]>",
                                            Rss(Item("1", "Leak: &xxe;", "<category>&xxe;</category>")));
        std::vector<ImportedArticle> got;
        std::vector<Error> w;
        Error e;
        if (ImportSource(xml, "xxe.rss", ImportOptions{}, &got, &w, &e)) {
            REQUIRE(got.size() == 1);
            CHECK(got[0].Item.Headline.find(secret) == std::string::npos);
            CHECK(got[0].Item.Headline == "Leak:");
            for (const std::string& k : got[0].Item.Keywords) CHECK(k.find(secret) == std::string::npos);
        } else {
            CHECK(e.Message().find(secret) == std::string::npos);
        }
        CHECK(Messages(w).find(secret) == std::string::npos);
        CHECK(Messages(w).find("xxe.rss: the external entity &xxe; was left out") != std::string::npos);
    }
    // an external DTD is not fetched either (a parameter entity reference in the internal subset)
    const std::string pe = WithDoctype("<!DOCTYPE rss [<!ENTITY % ext SYSTEM \"" + std::string(path) + "\"> %ext;]>",
                                       Rss(Item("1", "Title")));
    std::vector<ImportedArticle> got;
    std::vector<Error> w;
    Error e;
    const bool ok = ImportSource(pe, "pe.rss", ImportOptions{}, &got, &w, &e);
    CHECK(e.Message().find(secret) == std::string::npos);
    if (ok) CHECK(got[0].Item.Headline == "Title");
    std::remove(path);
}

TEST_CASE("an item with no title and no text is left out; one with text only gets a headline from it") {
    std::vector<Error> w;
    const auto got = Imported(Rss("<item><guid>1</guid></item>\n<item><guid>2</guid><description>A wave of rain "
                                  "reaches the coast by noon, then the wind.</description></item>\n"), "wire.rss", &w);
    REQUIRE(got.size() == 1);
    CHECK(got[0].From == "wire.rss: item 2");
    CHECK(got[0].Item.Headline == "A wave of rain reaches the coast by noon, then the wind.");
    CHECK(got[0].Item.Description.empty()); // the summary became the text, not also the standfirst
    CHECK(got[0].Item.Body.size() == 1);
    CHECK(Warned(w, "wire.rss: item 1 (line 4): has no title and no text; left out"));
    CHECK(Warned(w, "wire.rss: item 2 (line 5): has no title"));
    CHECK(Refused(Rss("<item><guid>1</guid><title> </title></item>\n")).Reason == "no item of the feed has a title or any text");
}

TEST_CASE("a title past the headline's bound is cut at a word, with a warning") {
    std::vector<Error> w;
    std::string title;
    while (title.size() <= 3000) title += "word ";
    const auto got = Imported(Rss(Item("1", title)), "wire.rss", &w);
    CHECK(got[0].Item.Headline.size() <= 2048);
    CHECK(got[0].Item.Headline.rfind("word word", 0) == 0);
    CHECK(Warned(w, "item 1 (line 4): its title is longer than 2048 bytes; the headline is cut at a word"));
}

TEST_CASE("a date that does not parse is a warning and no date") {
    std::vector<Error> w;
    const auto got = Imported(Rss(Item("1", "One", "<pubDate>last Tuesday</pubDate>") +
                                  Item("2", "Two", "<dc:date>2026-03-07T10:15+02:00</dc:date>") + Item("3", "Three")),
                              "wire.rss", &w);
    REQUIRE(got.size() == 3);
    CHECK(got[0].Item.DatePublished.empty());
    CHECK(Warned(w, "item 1 (line 4): pubDate \"last Tuesday\" is not an RFC 822 or RFC 3339 date; left out"));
    CHECK(got[1].Item.DatePublished == "2026-03-07T10:15:00+02:00");
    CHECK(Warned(w, "item 3 (line 6): no date"));
}

TEST_CASE("the lead image: the widest media:content, else an image enclosure, else a thumbnail") {
    std::vector<Error> w;
    const auto got = Imported(Rss(
        Item("1", "One", "<media:group><media:content url=\"https://c.example/s.jpg\" medium=\"image\" width=\"400\"/>"
                         "<media:content url=\"https://c.example/l.jpg\" type=\"image/jpeg\" width=\"1600\" height=\"900\">"
                         "<media:description>The harbour at dawn</media:description><media:credit>Ann Lee</media:credit></media:content>"
                         "</media:group><enclosure url=\"https://c.example/e.jpg\" type=\"image/jpeg\"/>") +
        Item("2", "Two", "<enclosure url=\"https://c.example/a.mp3\" type=\"audio/mpeg\"/>"
                         "<media:thumbnail url=\"https://c.example/t.jpg\" width=\"120\" height=\"80\"/>") +
        Item("3", "Three", "<enclosure url=\"javascript:alert(1)\" type=\"image/png\"/>") +
        Item("4", "Four", "<enclosure url=\"img/local.png\" type=\"image/png\"/><media:title>Caption</media:title>"
                          "<media:description>Alt text</media:description><media:credit>Bo Chen</media:credit>") +
        Item("5", "Five", "<enclosure url=\"/img/site.png\" type=\"image/png\"/>")), "wire.rss", &w);
    REQUIRE(got.size() == 5);
    CHECK(got[4].Item.Image.Empty());
    CHECK(Warned(w, "item 5 (line 8): enclosure \"/img/site.png\" is relative to a site the feed does not name; no lead image"));
    CHECK(Warned(w, "item 3 (line 6): enclosure \"javascript:alert(1)\" is not an http(s) URL"));
    CHECK(got[0].Item.Image.Src == "https://c.example/l.jpg");
    CHECK(got[0].Item.Image.Width == 1600);
    CHECK(got[0].Item.Image.Height == 900);
    CHECK(got[0].Item.Image.Alt == "The harbour at dawn");
    CHECK(got[0].Item.Image.Credit == "Ann Lee");
    CHECK(got[1].Item.Image.Src == "https://c.example/t.jpg");
    CHECK(got[1].Item.Image.Width == 120);
    CHECK(got[2].Item.Image.Empty());
    CHECK(got[3].Item.Image.Src == "img/local.png"); // a photo beside the feed, found by build
    // the item's Media RSS words describe its enclosure
    CHECK(got[3].Item.Image.Alt == "Alt text");
    CHECK(got[3].Item.Image.Caption == "Caption");
    CHECK(got[3].Item.Image.Credit == "Bo Chen");
}

TEST_CASE("Atom entries: text constructs, links, authors, categories, dates and language") {
    const std::string xml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\" xml:base=\"https://blatt.example/\">\n"
        "<title>Blatt</title><id>urn:blatt</id><updated>2026-03-07T10:00:00Z</updated>\n"
        "<author><name>Redaktion</name></author>\n"
        "<entry><id>urn:blatt:1</id><title type=\"html\">Hafen &lt;i&gt;offen&lt;/i&gt;</title>\n"
        "<link rel=\"alternate\" href=\"2026/hafen-offen\"/><link rel=\"enclosure\" type=\"image/jpeg\" href=\"img/hafen.jpg\"/>\n"
        "<published>2026-03-07T08:00:00+01:00</published><updated>2026-03-07T09:30:00+01:00</updated>\n"
        "<summary>Der Hafen ist wieder offen.</summary>\n"
        "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Seit <em>heute</em> früh.</p><p>Zwei.</p></div></content>\n"
        "<author><name>Eva Berg</name></author><category term=\"hafen\" label=\"Hafen\"/><category term=\"wetter\"/>\n"
        "</entry>\n"
        "<entry xml:lang=\"en\"><id>urn:blatt:2</id><title>Plain &lt;text&gt; title</title><updated>2026-03-06T10:00:00Z</updated>\n"
        "<content type=\"text\">First paragraph.\n\nSecond paragraph.</content></entry>\n"
        "</feed>\n";
    const auto got = Imported(xml, "blatt.atom");
    REQUIRE(got.size() == 2);
    const Article& a = got[0].Item;
    CHECK(a.Headline == "Hafen offen");
    CHECK(a.Url == "https://blatt.example/2026/hafen-offen");
    CHECK(a.Image.Src == "https://blatt.example/img/hafen.jpg");
    CHECK(a.DatePublished == "2026-03-07T08:00:00+01:00");
    CHECK(a.DateModified == "2026-03-07T09:30:00+01:00");
    CHECK(a.Description == "Der Hafen ist wieder offen.");
    REQUIRE(a.Body.size() == 2);
    CHECK(a.Body[0].Text.PlainText() == "Seit heute früh.");
    CHECK(a.Authors == std::vector<std::string>{"Eva Berg"});
    CHECK(a.Keywords == std::vector<std::string>{"Hafen", "wetter"});
    CHECK(a.Language == "de");
    CHECK(a.Publisher == "Blatt");
    CHECK(a.Id.rfind("hafen-offen-", 0) == 0);
    const Article& b = got[1].Item;
    CHECK(b.Headline == "Plain <text> title"); // type text: not HTML
    CHECK(b.Authors == std::vector<std::string>{"Redaktion"}); // the feed's author
    CHECK(b.Language == "en");
    CHECK(b.DatePublished == "2026-03-06T10:00:00Z"); // updated, when there is no published
    REQUIRE(b.Body.size() == 2);
    CHECK(b.Body[1].Text.PlainText() == "Second paragraph.");
}

TEST_CASE("RSS 1.0 (rdf:RDF) items") {
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<channel rdf:about=\"https://x.example/\"><title>X</title><dc:language>fr</dc:language></channel>\n"
        "<item rdf:about=\"https://x.example/a\"><title>Un</title><link>https://x.example/a</link>"
        "<description>Texte.</description><dc:date>2026-03-07</dc:date></item>\n</rdf:RDF>\n";
    const auto got = Imported(xml, "x.xml");
    REQUIRE(got.size() == 1);
    CHECK(got[0].Item.Headline == "Un");
    CHECK(got[0].Item.Language == "fr");
    CHECK(got[0].Item.DatePublished == "2026-03-07T00:00:00Z");
}

TEST_CASE("a feed past the cap on items is refused; --id is for a feed of one item") {
    std::string items;
    for (size_t i = 0; i <= kMaxFeedEntries; ++i) items += "<item><guid>" + std::to_string(i) + "</guid><title>t</title></item>\n";
    const Error e = Refused(Rss(items));
    CHECK(e.Reason.find("more than 10000 items") == 0);
    CHECK(e.Path == "line " + std::to_string(4 + kMaxFeedEntries));
    ImportOptions o;
    o.Id = "chosen";
    CHECK(Refused(Rss(Item("1", "One") + Item("2", "Two")), "wire.rss", o).Reason == "--id names one article, but this feed has 2 items");
    CHECK(Imported(Rss(Item("1", "One")), "wire.rss", nullptr, o)[0].Item.Id == "chosen");
}

TEST_CASE("a well-formed feed past libxml2's 10,000,000-byte lookup bound (but under kMaxSourceBytes) is read") {
    // 7,500 items of about 1,400 bytes: 10.5 MB, which libxml2 2.9 refuses ("Huge input lookup") when it is handed
    // an encoding to convert from rather than told to read the bytes as they are.
    const std::string words(1400, 'w');
    std::string items;
    for (size_t i = 0; i < 7500; ++i) items += Item("g" + std::to_string(i), "Item " + std::to_string(i), "<category>" + words + "</category>");
    const std::string xml = Rss(items);
    REQUIRE(xml.size() > 10000000);
    REQUIRE(xml.size() < folio::kMaxSourceBytes);
    CHECK(Imported(xml).size() == 7500);
}

TEST_CASE("the bytes are read as UTF-8 whatever encoding the XML declaration names") {
    const std::string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>T</title>" +
                            Item("1", "Caf\xC3\xA9 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0") + "</channel></rss>\n";
    CHECK(Imported(xml)[0].Item.Headline == "Caf\xC3\xA9 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}

TEST_CASE("a language that is no tag is dropped with a warning; an absent one is left to ImportSource") {
    std::vector<Error> w;
    CHECK(Imported(Rss(Item("1", "One"), "<language>english please</language>"), "wire.rss", &w)[0].Item.Language == "en"); // detected from the text instead
    CHECK(Warned(w, "language \"english please\" is not a language tag"));
    // left for ImportSource to fill (from --language or detection): the importer itself says nothing
    std::vector<ImportedArticle> got;
    Error e;
    REQUIRE(ImportRssAtom(Rss(Item("1", "One"), ""), "wire.rss", ImportOptions{}, &got, &w, &e));
    CHECK(got[0].Item.Language.empty());
}
