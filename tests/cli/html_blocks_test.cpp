// Tests of cli/html_blocks.cpp (with html_elements.cpp and html_inline.cpp): HTML to blocks and spans, white
// space as browsers collapse it, the link and image rules, quotes, figures, lists and code, what is dropped, and
// the bounds on hostile input (deep nesting, huge pages, many warnings). Every result must pass model/limits.h.
#include "cli/html_blocks.h"
#include "model/limits.h"

#include <doctest/doctest.h>

#include <string>

using namespace folio;
using namespace folio::cli;

namespace {

std::vector<Block> Blocks(const std::string& html, std::vector<Error>* warnings = nullptr, const std::string& base = "") {
    HtmlBlocksOptions o;
    o.BaseUrl = base;
    o.File = "feed.rss: item 1";
    std::vector<Block> out;
    std::vector<Error> w;
    HtmlToBlocks(html, o, &out, warnings ? warnings : &w);
    // Whatever comes out is what readers accept, as the body of an article.
    Article a;
    a.Id = "x";
    a.Headline = "H";
    a.Body = out;
    LimitBreach breach;
    CHECK_MESSAGE(WithinLimits(a, &breach), breach.Member << " " << breach.Block << ": " << breach.Reason);
    return out;
}

bool Warned(const std::vector<Error>& warnings, const std::string& text) {
    for (const Error& w : warnings) if (w.Message().find(text) != std::string::npos) return true;
    return false;
}

std::string AllText(const std::vector<Block>& blocks) {
    std::string s;
    for (const Block& b : blocks) {
        s += b.Text.PlainText() + "|" + b.Attribution + "|" + b.Image.Alt + "|" + b.Image.Caption + "|";
        for (const RichText& item : b.Items) s += item.PlainText() + "|";
    }
    return s;
}

} // namespace

TEST_CASE("paragraphs, headings and dividers") {
    const auto b = Blocks("<h1>Title</h1><p>One.</p><h3>Sub</h3><p>Two.</p><hr><h6>Small</h6><h2>Two</h2>");
    REQUIRE(b.size() == 7);
    CHECK(b[0].Type == BlockType::Heading);
    CHECK(b[0].Level == 2);
    CHECK(b[0].Text.PlainText() == "Title");
    CHECK(b[1].Type == BlockType::Paragraph);
    CHECK(b[1].Text.PlainText() == "One.");
    CHECK(b[2].Level == 3);
    CHECK(b[4].Type == BlockType::Divider);
    CHECK(b[5].Level == 4);
    CHECK(b[6].Level == 2);
}

TEST_CASE("white space collapses as a browser's does, entities are decoded and <br> breaks a line") {
    const auto b = Blocks("<p>\n  Hello,\t\n  <b>big</b>   <i>world</i> &amp; &eacute;t&#233; &#x2014; a&nbsp;b <br>  next\n</p>");
    REQUIRE(b.size() == 1);
    const RichText& t = b[0].Text;
    CHECK(t.PlainText() == "Hello, big world & \xC3\xA9t\xC3\xA9 \xE2\x80\x94 a\xC2\xA0" "b\nnext");
    REQUIRE(t.Spans.size() >= 4);
    CHECK(t.Spans[0].Text == "Hello, ");
    CHECK(t.Spans[1].Text == "big");
    CHECK(t.Spans[1].Style == SpanStrong);
    CHECK(t.Spans[2].Text == " ");
    CHECK(t.Spans[3].Text == "world");
    CHECK(t.Spans[3].Style == SpanEmphasis);
}

TEST_CASE("text held directly by a div becomes a paragraph, parted from its child blocks") {
    const auto b = Blocks("<div>Loose text <em>here</em><p>A paragraph.</p>more loose</div><div><div>Deep</div></div>");
    REQUIRE(b.size() == 4);
    CHECK(b[0].Text.PlainText() == "Loose text here");
    CHECK(b[1].Text.PlainText() == "A paragraph.");
    CHECK(b[2].Text.PlainText() == "more loose");
    CHECK(b[3].Text.PlainText() == "Deep");
}

TEST_CASE("links: http, https and mailto kept; relative ones resolved; others keep their text and warn") {
    std::vector<Error> w;
    const auto b = Blocks("<p><a href='https://a.example/x'>abs</a> <a href=' /y?q=1 '>rel</a> "
                          "<a href='mailto:me@example.org'>mail</a> <a href='java\tscript:alert(1)'>js</a> "
                          "<a href='ftp://f.example/'>ftp</a> <a name='x'>anchor</a></p>",
                          &w, "https://news.example/2024/story.html");
    REQUIRE(b.size() == 1);
    std::vector<std::string> hrefs;
    for (const Span& s : b[0].Text.Spans) if (s.Style & SpanLink) hrefs.push_back(s.Href + "=" + s.Text);
    REQUIRE(hrefs.size() == 3);
    CHECK(hrefs[0] == "https://a.example/x=abs");
    CHECK(hrefs[1] == "https://news.example/y?q=1=rel");
    CHECK(hrefs[2] == "mailto:me@example.org=mail");
    CHECK(b[0].Text.PlainText() == "abs rel mail js ftp anchor");
    CHECK(Warned(w, "feed.rss: item 1: HTML line 1: link scheme \"javascript\" is not allowed"));
    CHECK(Warned(w, "link scheme \"ftp\" is not allowed"));
    CHECK(w.size() == 2);
}

TEST_CASE("a relative link without a base URL keeps its text and warns") {
    std::vector<Error> w;
    const auto b = Blocks("<p>See <a href='other.html'>this</a>.</p>", &w);
    REQUIRE(b.size() == 1);
    CHECK(b[0].Text.Spans.size() == 1);
    CHECK(Warned(w, "link \"other.html\" is not absolute"));
}

TEST_CASE("images become photos, resolved against the base; data: and javascript: are refused") {
    std::vector<Error> w;
    const auto b = Blocks("<p>Before <img src='pics/a.jpg' alt='A harbour'> after</p>"
                          "<img src='data:image/png;base64,AAAA' alt='Inline'>"
                          "<img src='javascript:alert(1)'><img src='//cdn.example/c.jpg' alt='C'>"
                          "<img src='data:image/gif;base64,R0' data-src='lazy.jpg' alt='Lazy'>",
                          &w, "https://news.example/a/story");
    REQUIRE(b.size() == 6);
    CHECK(b[0].Text.PlainText() == "Before");
    CHECK(b[1].Type == BlockType::Photo);
    CHECK(b[1].Image.Src == "https://news.example/a/pics/a.jpg");
    CHECK(b[1].Image.Alt == "A harbour");
    CHECK(b[2].Text.PlainText() == "after");
    CHECK(b[3].Text.PlainText() == "Inline"); // a refused image's description is kept
    CHECK(b[4].Image.Src == "https://cdn.example/c.jpg");
    CHECK(b[5].Image.Src == "https://news.example/a/lazy.jpg");
    CHECK(b[5].Image.Alt == "Lazy");
    CHECK(Warned(w, "photo source scheme \"data\" is not allowed"));
    CHECK(Warned(w, "photo source scheme \"javascript\" is not allowed"));
}

TEST_CASE("an icon-sized image is its alt text") {
    const auto b = Blocks("<p>Nice <img src='smile.png' width='16' height='16' alt='\xF0\x9F\x99\x82'> day</p>");
    REQUIRE(b.size() == 1);
    CHECK(b[0].Text.PlainText() == "Nice \xF0\x9F\x99\x82 day");
}

TEST_CASE("figures: the photo with its caption and credit") {
    const auto b = Blocks("<figure><figcaption>The port at dawn. <span class='credit'>Photo: A. Person</span></figcaption>"
                          "<picture><source srcset='x.webp'><img src='https://img.example/p.jpg' alt='Port'></picture></figure>"
                          "<figure><img src='https://img.example/q.jpg'><figcaption><p>Second</p><p>line</p><small>Agency</small></figcaption></figure>");
    REQUIRE(b.size() == 2);
    CHECK(b[0].Type == BlockType::Photo);
    CHECK(b[0].Image.Src == "https://img.example/p.jpg");
    CHECK(b[0].Image.Alt == "Port");
    CHECK(b[0].Image.Caption == "The port at dawn.");
    CHECK(b[0].Image.Credit == "Photo: A. Person");
    CHECK(b[1].Image.Caption == "Second line");
    CHECK(b[1].Image.Credit == "Agency");
}

TEST_CASE("quotes keep their attribution from <cite>, <footer>, a figure's caption or a last dash line") {
    const auto b = Blocks("<blockquote><p>We will rebuild.</p><footer>\xE2\x80\x94 <cite>The Mayor</cite></footer></blockquote>"
                          "<blockquote><p>First.</p><p>Second.</p><p>\xE2\x80\x94 A Speaker</p></blockquote>"
                          "<blockquote>Said it.<br>-- Someone</blockquote>"
                          "<figure><blockquote><p>Words.</p></blockquote><figcaption>\xE2\x80\x94 Author</figcaption></figure>"
                          "<blockquote class='pullquote'><p>Pulled <a href='https://x.example/'>out</a>.</p></blockquote>"
                          "<blockquote><p>A <cite>Hamlet</cite> line.</p></blockquote>");
    REQUIRE(b.size() == 6);
    CHECK(b[0].Type == BlockType::Quote);
    CHECK(b[0].Text.PlainText() == "We will rebuild.");
    CHECK(b[0].Attribution == "The Mayor");
    CHECK(b[1].Text.PlainText() == "First.\nSecond.");
    CHECK(b[1].Attribution == "A Speaker");
    CHECK(b[2].Text.PlainText() == "Said it.");
    CHECK(b[2].Attribution == "Someone");
    CHECK(b[3].Text.PlainText() == "Words.");
    CHECK(b[3].Attribution == "Author");
    CHECK(b[4].Type == BlockType::Pullquote);
    CHECK(b[4].Text.Spans[1].Href == "https://x.example/");
    CHECK(b[5].Text.PlainText() == "A Hamlet line.");
    CHECK(b[5].Attribution == "");
}

TEST_CASE("lists: ordered or not, nested ones flattened into their parent, items' paragraphs joined") {
    const auto b = Blocks("<ol><li>One</li><li><p>Two a</p><p>Two b</p><ul><li>Inner</li><li>Inner 2<ol><li>Deepest</li></ol></li></ul></li>"
                          "<li>Three</li></ol><ul><li>Dot</li><li>   </li></ul>");
    REQUIRE(b.size() == 2);
    CHECK(b[0].Type == BlockType::List);
    CHECK(b[0].Ordered);
    REQUIRE(b[0].Items.size() == 6);
    CHECK(b[0].Items[0].PlainText() == "One");
    CHECK(b[0].Items[1].PlainText() == "Two a Two b");
    CHECK(b[0].Items[2].PlainText() == "Inner");
    CHECK(b[0].Items[3].PlainText() == "Inner 2");
    CHECK(b[0].Items[4].PlainText() == "Deepest");
    CHECK(b[0].Items[5].PlainText() == "Three");
    CHECK_FALSE(b[1].Ordered);
    CHECK(b[1].Items.size() == 1);
}

TEST_CASE("code: <pre> keeps its lines and names its language; inline <code> is a code span") {
    const auto b = Blocks("<p>Call <code>f(x)</code> now.</p>"
                          "<pre><code class=\"hljs language-cpp\">int main() {\n    return 0;\n}\n</code></pre>"
                          "<pre class='lang-py'>\nx = 1<br>y =  <span class='n'>2</span>\n\n</pre><pre>   \n</pre>");
    REQUIRE(b.size() == 3);
    REQUIRE(b[0].Text.Spans.size() == 3);
    CHECK(b[0].Text.Spans[1].Text == "f(x)");
    CHECK(b[0].Text.Spans[1].Style == SpanCode);
    CHECK(b[1].Type == BlockType::Code);
    CHECK(b[1].Text.PlainText() == "int main() {\n    return 0;\n}");
    CHECK(b[1].CodeLanguage == "cpp");
    CHECK(b[2].Text.PlainText() == "x = 1\ny =  2");
    CHECK(b[2].CodeLanguage == "py");
}

TEST_CASE("scripts, styles, forms, frames and page chrome are dropped, never passed through") {
    std::vector<Error> w;
    const auto b = Blocks("<html><head><title>T</title><style>p{}</style><script>var secret=1;</script></head><body>"
                          "<nav>Home | News</nav><p onclick='evil()' style='x'>Kept <script>document.write('no')</script>"
                          "<noscript>noscript</noscript>text</p><form><input value='in'><button>Press</button></form>"
                          "<iframe src='https://v.example/'>frame text</iframe><svg><text>svg</text></svg>"
                          "<aside>Related: other story</aside><template><p>tpl</p></template><object>obj</object></body></html>", &w);
    REQUIRE(b.size() == 1);
    CHECK(b[0].Text.PlainText() == "Kept text");
    const std::string all = AllText(b);
    for (const char* gone : {"secret", "no'", "noscript", "Press", "in", "frame text", "svg", "Related", "tpl", "obj", "Home", "evil"})
        CHECK_MESSAGE(all.find(gone) == std::string::npos, gone);
    CHECK(Warned(w, "an embedded frame (iframe) was dropped"));
    CHECK(Warned(w, "a drawing (SVG) was dropped"));
}

TEST_CASE("HtmlToPlainText: tags dropped, entities decoded, white space collapsed, scripts dropped") {
    CHECK(HtmlToPlainText("  <b>Rock</b>&amp;<i>roll</i>:\n the <script>x()</script>story&nbsp;") == "Rock&roll: the story\xC2\xA0");
    CHECK(HtmlToPlainText("<p>One</p><p>Two<br>Three</p>") == "One Two Three");
    CHECK(HtmlToPlainText("Plain &lt;title&gt;") == "Plain <title>");
    CHECK(HtmlToPlainText("") == "");
    CHECK(HtmlToPlainText("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 &#8212; \xE6\x9D\xB1\xE4\xBA\xAC") ==
          "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE2\x80\x94 \xE6\x9D\xB1\xE4\xBA\xAC");
}

TEST_CASE("nothing to read gives nothing; blocks are appended to those already there") {
    std::vector<Error> w;
    CHECK(Blocks("", &w).empty());
    CHECK(Blocks("  \n\t ", &w).empty());
    CHECK(Blocks("<p>&nbsp;</p><p> <br> </p><div><span> </span></div><ul><li></li></ul>", &w).empty());
    CHECK(w.empty());
    std::vector<Block> out(1);
    out[0].Text = RichText::Plain("Already");
    HtmlToBlocks("<p>New</p>", HtmlBlocksOptions{}, &out, &w);
    REQUIRE(out.size() == 2);
    CHECK(out[1].Text.PlainText() == "New");
}

TEST_CASE("malformed markup is recovered as browsers recover it") {
    const auto b = Blocks("<p>One<p>Two <b>bold <i>both</b> after</i><li>stray item</li><div>Last");
    REQUIRE(b.size() == 4);
    CHECK(b[0].Text.PlainText() == "One");
    CHECK(b[1].Text.PlainText() == "Two bold both after");
    CHECK(b[2].Type == BlockType::List);
    CHECK(b[3].Text.PlainText() == "Last");
}

TEST_CASE("nested tables are read cell by cell") {
    const auto b = Blocks("<table><tr><td>a</td><td><table><tr><td>inner</td></tr></table>outer</td></tr></table>");
    REQUIRE(b.size() == 3);
    CHECK(b[0].Text.PlainText() == "a");
    CHECK(b[1].Text.PlainText() == "inner");
    CHECK(b[2].Text.PlainText() == "outer");
}

TEST_CASE("text is cleaned: invalid UTF-8 replaced, control and bidi characters removed, a declared charset ignored") {
    const auto b = Blocks("<meta charset='windows-1251'><p>a\xFF" "b\x01&#x202E;c&#1;d \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0</p>");
    REQUIRE(b.size() == 1);
    CHECK(b[0].Text.PlainText() == "a\xEF\xBF\xBD" "bcd \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}

TEST_CASE("nesting past 256 levels ends the reading with a warning; 200 levels are read whole") {
    std::vector<Error> w;
    auto nest = [](int n) {
        std::string s = "<p>Before</p>";
        for (int i = 0; i < n; ++i) s += "<div>";
        s += "deep";
        for (int i = 0; i < n; ++i) s += "</div>";
        return s + "<p>After</p>";
    };
    const auto shallow = Blocks(nest(200), &w);
    REQUIRE(shallow.size() == 3);
    CHECK(shallow[1].Text.PlainText() == "deep");
    CHECK(w.empty());
    const auto deep = Blocks(nest(10000), &w);
    REQUIRE(deep.size() == 1);
    CHECK(deep[0].Text.PlainText() == "Before");
    CHECK(Warned(w, "elements are nested deeper than 256 levels, the limit; the rest was dropped"));
    std::string inline_deep;
    for (int i = 0; i < 100000; ++i) inline_deep += "<b><i>";
    CHECK(HtmlToPlainText("x" + inline_deep + "y") == "x");
}

TEST_CASE("a tag's attributes past 100 are ignored, and what follows is read") {
    std::vector<Error> w;
    std::string many = "<p>Start <a";
    for (int i = 0; i < 5000; ++i) many += " a" + std::to_string(i) + "='>'";
    many += " href='https://x.example/'>link</a></p><p>Next</p>";
    const auto b = Blocks(many, &w);
    REQUIRE(b.size() == 2);
    CHECK(b[0].Text.PlainText() == "Start link");
    CHECK(b[0].Text.Spans.size() == 1); // the href came past the bound
    CHECK(b[1].Text.PlainText() == "Next");
    CHECK(Warned(w, "1 tag has more than 100 attributes; the rest were ignored"));
}

TEST_CASE("huge texts stay within the format's bounds: spans, list items, blocks, code") {
    std::vector<Error> w;
    // A paragraph of 3 MB goes on in new paragraphs, each within a span's bound.
    const auto big = Blocks("<p>" + std::string(3u << 20, 'x') + "</p>", &w);
    REQUIRE(big.size() >= 3);
    for (const Block& b : big) CHECK(b.Text.Spans[0].Text.size() <= kMaxStringBytes);
    // 12,000 spans in a paragraph.
    std::string spans = "<p>";
    for (int i = 0; i < 6000; ++i) spans += "<b>x</b>y";
    CHECK(Blocks(spans + "</p>", &w).size() == 2);
    // 1,500 items: a list of 1,000, then one of 500.
    std::string list = "<ol>";
    for (int i = 0; i < 1500; ++i) list += "<li>i</li>";
    const auto lists = Blocks(list + "</ol>", &w);
    REQUIRE(lists.size() == 2);
    CHECK(lists[0].Items.size() == kMaxListItems);
    CHECK(lists[1].Items.size() == 500);
    CHECK(lists[1].Ordered);
    // A code block of 2 MB in lines goes on in a second block, cut between lines.
    std::string code = "<pre>";
    for (int i = 0; i < 100000; ++i) code += "line " + std::to_string(i) + " of code\n";
    const auto codes = Blocks(code + "</pre>", &w);
    REQUIRE(codes.size() == 2);
    CHECK(codes[1].Text.PlainText().rfind("line ", 0) == 0);
    // 10,001 paragraphs: the first 10,000 and a warning.
    std::string paras;
    for (int i = 0; i < 10001; ++i) paras += "<p>p</p>";
    w.clear();
    CHECK(Blocks(paras, &w).size() == kMaxBodyBlocks);
    CHECK(Warned(w, "the text holds more than 10000 blocks, the limit; the rest was dropped"));
}

TEST_CASE("warnings are bounded: the first 100, then a count") {
    std::vector<Error> w;
    std::string links;
    for (int i = 0; i < 500; ++i) links += "<a href='javascript:x()'>l</a> ";
    Blocks("<p>" + links + "</p>", &w);
    REQUIRE(w.size() == 101);
    CHECK(w.back().Message() == "feed.rss: item 1: 400 more warnings about this HTML were not listed");
}
