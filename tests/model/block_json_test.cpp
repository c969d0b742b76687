// Tests of model/block_json.cpp through ParseArticle: every block role, inline spans, link and photo rules,
// and the bounds on spans and list items.
#include "model/article_json.h"
#include "model/block_json.h"

#include <doctest/doctest.h>

using namespace folio;

namespace {

std::string WithBody(const std::string& body) { return R"({"id":"x","headline":"H","body":)" + body + "}"; }

Article Parsed(const std::string& body) {
    Article a;
    Error e;
    REQUIRE_MESSAGE(ParseArticle(WithBody(body), "a.json", &a, &e), e.Message());
    return a;
}

std::string RefusedMessage(const std::string& body) {
    Article a;
    Error e;
    CHECK_FALSE(ParseArticle(WithBody(body), "a.json", &a, &e));
    return e.Message();
}

} // namespace

TEST_CASE("every block role parses") {
    Article a = Parsed(R"([
        {"type":"paragraph","text":"p"},
        {"type":"heading","level":3,"text":"h"},
        {"type":"heading","text":"h2"},
        {"type":"quote","text":"q","attribution":"Mikhail Galuzin"},
        {"type":"pullquote","text":"pq"},
        {"type":"list","ordered":true,"items":["one",[{"text":"two","strong":true}]]},
        {"type":"photo","src":"img/a.jpg","alt":"A","caption":"C","credit":"K","width":640,"height":480},
        {"type":"divider"}])");
    REQUIRE(a.Body.size() == 8);
    CHECK(a.Body[0].Type == BlockType::Paragraph);
    CHECK(a.Body[1].Type == BlockType::Heading);
    CHECK(a.Body[1].Level == 3);
    CHECK(a.Body[2].Level == 2);
    CHECK(a.Body[3].Type == BlockType::Quote);
    CHECK(a.Body[3].Attribution == "Mikhail Galuzin");
    CHECK(a.Body[4].Type == BlockType::Pullquote);
    CHECK(a.Body[4].Attribution.empty());
    CHECK(a.Body[5].Type == BlockType::List);
    CHECK(a.Body[5].Ordered);
    REQUIRE(a.Body[5].Items.size() == 2);
    CHECK(a.Body[5].Items[1].Spans[0].Style == SpanStrong);
    CHECK(a.Body[6].Type == BlockType::Photo);
    CHECK(a.Body[6].Image.Src == "img/a.jpg");
    CHECK(a.Body[6].Image.Alt == "A");
    CHECK(a.Body[6].Image.Caption == "C");
    CHECK(a.Body[6].Image.Credit == "K");
    CHECK(a.Body[6].Image.Width == 640);
    CHECK(a.Body[6].Image.Height == 480);
    CHECK(a.Body[7].Type == BlockType::Divider);
}

TEST_CASE("inline spans: emphasis, strong, links, and their combinations") {
    Article a = Parsed(R"([{"type":"paragraph","text":[
        {"text":"plain "},{"text":"em","emphasis":true},{"text":" "},{"text":"both","emphasis":true,"strong":true},
        {"text":" see "},{"text":"TASS","href":"https://tass.com/","emphasis":true},{"text":" or "},
        {"text":"write","href":"mailto:desk@example.org"}]}])");
    const RichText& t = a.Body[0].Text;
    REQUIRE(t.Spans.size() == 8);
    CHECK(t.PlainText() == "plain em both see TASS or write");
    CHECK(t.Spans[0].Style == SpanRegular);
    CHECK(t.Spans[1].Style == SpanEmphasis);
    CHECK(t.Spans[3].Style == (SpanEmphasis | SpanStrong));
    CHECK(t.Spans[5].Style == (SpanLink | SpanEmphasis));
    CHECK(t.Spans[5].Href == "https://tass.com/");
    CHECK(t.Spans[7].Href == "mailto:desk@example.org");
}

TEST_CASE("links other than http, https and mailto are refused with their path") {
    CHECK(RefusedMessage(R"J([{"type":"paragraph","text":[{"text":"x","href":"javascript:alert(1)"}]}])J") ==
          "a.json: $.body[0].text[0].href: link scheme \"javascript\" is not allowed (http, https or mailto only)");
    CHECK(RefusedMessage(R"([{"type":"paragraph","text":"a"},{"type":"list","items":["a",[{"text":"b","href":"../x.json"}]]}])") ==
          "a.json: $.body[1].items[1][0].href: link \"../x.json\" is not absolute (http, https or mailto only)");
    CHECK(RefusedMessage(R"([{"type":"quote","text":[{"text":"x","href":"DATA:text/html,hi"}]}])") ==
          "a.json: $.body[0].text[0].href: link scheme \"data\" is not allowed (http, https or mailto only)");
    std::string why;
    CHECK(LinkAllowed("HTTPS://example.org", &why));
    CHECK_FALSE(LinkAllowed("", &why));
}

TEST_CASE("photo sources: relative paths and http(s) only") {
    CHECK(Parsed(R"([{"type":"photo","src":"https://example.org/a.jpg"}])").Body[0].Image.Src == "https://example.org/a.jpg");
    CHECK(RefusedMessage(R"([{"type":"photo","src":"data:image/png;base64,AAAA"}])") ==
          "a.json: $.body[0].src: photo source scheme \"data\" is not allowed (relative paths or http, https only)");
    CHECK(RefusedMessage(R"([{"type":"photo","src":"//cdn.example.org/a.jpg"}])") ==
          "a.json: $.body[0].src: photo source \"//cdn.example.org/a.jpg\" has no scheme (relative paths or http, https only)");
    CHECK(RefusedMessage(R"([{"type":"photo","alt":"x"}])") == "a.json: $.body[0].src: missing");
    // As the article schema says: no leading "/", no ":" in a relative path, "//" after an http(s) scheme.
    CHECK(RefusedMessage(R"([{"type":"photo","src":"/img/a.jpg"}])") ==
          "a.json: $.body[0].src: photo source \"/img/a.jpg\" starts with \"/\" (relative paths or http, https only)");
    CHECK(RefusedMessage(R"([{"type":"photo","src":"img/a:b.jpg"}])") ==
          "a.json: $.body[0].src: photo source \"img/a:b.jpg\" holds a \":\" but no http(s) scheme (relative paths or http, https only)");
    CHECK(RefusedMessage(R"([{"type":"photo","src":"http:a.jpg"}])") ==
          "a.json: $.body[0].src: photo source \"http:a.jpg\" has no \"//\" after its scheme (relative paths or http, https only)");
    CHECK(RefusedMessage(R"([{"type":"photo","src":"a.jpg","width":0}])") == "a.json: $.body[0].width: 0 is outside 1 to 100000");
}

TEST_CASE("wrong shapes of blocks and spans name their place") {
    CHECK(RefusedMessage(R"([{"type":"heading","level":1,"text":"h"}])") == "a.json: $.body[0].level: 1 is outside 2 to 4");
    CHECK(RefusedMessage(R"([{"type":"heading","level":"2","text":"h"}])") == "a.json: $.body[0].level: expected a whole number");
    CHECK(RefusedMessage(R"([{"type":"paragraph","text":7}])") == "a.json: $.body[0].text: expected a string or an array of spans");
    CHECK(RefusedMessage(R"([{"type":"paragraph","text":[]}])") == "a.json: $.body[0].text: empty");
    CHECK(RefusedMessage(R"([{"type":"paragraph","text":[{"text":""}]}])") == "a.json: $.body[0].text[0].text: empty");
    CHECK(RefusedMessage(R"([{"type":"paragraph","text":["x"]}])") == "a.json: $.body[0].text[0]: expected an object");
    CHECK(RefusedMessage(R"([{"type":"paragraph","text":[{"text":"x","emphasis":"yes"}]}])") ==
          "a.json: $.body[0].text[0].emphasis: expected true or false");
    CHECK(RefusedMessage(R"([{"type":"list","items":[]}])") == "a.json: $.body[0].items: empty");
    CHECK(RefusedMessage(R"([{"type":"list"}])") == "a.json: $.body[0].items: missing");
    CHECK(RefusedMessage(R"([{"type":"list","items":["a",3]}])") == "a.json: $.body[0].items[1]: expected a string or an array of spans");
    CHECK(RefusedMessage(R"([{"type":"list","ordered":"no","items":["a"]}])") == "a.json: $.body[0].ordered: expected true or false");
}

TEST_CASE("bounds: spans, list items and blocks") {
    std::string spans = "[";
    for (size_t i = 0; i <= kMaxSpans; ++i) spans += std::string(i ? "," : "") + R"({"text":"x"})";
    CHECK(RefusedMessage(R"([{"type":"paragraph","text":)" + spans + "]}]") ==
          "a.json: $.body[0].text: " + std::to_string(kMaxSpans + 1) + " spans; the limit is " + std::to_string(kMaxSpans));
    std::string items = "[";
    for (size_t i = 0; i <= kMaxListItems; ++i) items += std::string(i ? "," : "") + "\"x\"";
    CHECK(RefusedMessage(R"([{"type":"list","items":)" + items + "]}]") ==
          "a.json: $.body[0].items: " + std::to_string(kMaxListItems + 1) + " entries; the limit is " + std::to_string(kMaxListItems));
    std::string blocks = "[";
    for (size_t i = 0; i <= kMaxBodyBlocks; ++i) blocks += std::string(i ? "," : "") + R"({"type":"divider"})";
    CHECK(RefusedMessage(blocks + "]") ==
          "a.json: $.body: " + std::to_string(kMaxBodyBlocks + 1) + " entries; the limit is " + std::to_string(kMaxBodyBlocks));
}
