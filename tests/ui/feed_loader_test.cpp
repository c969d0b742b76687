// FeedLoader through the fake Host: paging along next_url, loops refused, a failed page retried, a page that is
// no feed, another source dropping the old one's answers, articles read or failed (and whether a retry can help),
// and the filter chips made as the feed grows.
#include "ui/feed_loader.h"

#include "fake_host.h"
#include "test_bundle.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {

// A FeedLoader on a fake Host, counting what it tells.
struct Fixture {
    FakeHost Host;
    FeedLoader Loader;
    int Grew = 0, Ended = 0, Failed = 0;
    std::vector<std::string> FileArticles;

    Fixture() {
        FeedLoader::Events e;
        e.Grew = [this] { ++Grew; };
        e.Ended = [this] { ++Ended; };
        e.Failed = [this] { ++Failed; };
        e.FileArticle = [this](Article&& a) { FileArticles.push_back(a.Id); };
        Loader.Init(&Host, nullptr, e);
    }
    std::vector<std::string> Ids() const {
        std::vector<std::string> ids;
        for (const FeedItem& item : Loader.GetFeed().Items) ids.push_back(item.Id);
        return ids;
    }
};

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("feed loader: pages are read one at a time along next_url, until none follows") {
    Fixture f;
    f.Host.Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}, {"b", "articles/b.json"}}, "feed-2.json");
    f.Host.Files["/b/feed-2.json"] = FeedJson({{"c", "articles/c.json"}, {"a", "articles/a.json"}}, "pages/feed-3.json");
    f.Host.Files["/b/pages/feed-3.json"] = FeedJson({{"d", "../articles/d.json"}});
    f.Loader.Open("/b/feed.json", "");
    CHECK(f.Loader.PageLoading());
    CHECK_FALSE(f.Loader.LoadMore()); // one page at a time
    CHECK(f.Host.Waiting() == 1);
    f.Host.Answer();
    CHECK(f.Grew == 1);
    CHECK(f.Loader.Loaded());
    CHECK(f.Loader.NextPageUrl() == "/b/feed-2.json");
    CHECK_FALSE(f.Loader.Complete());
    CHECK(f.Loader.LoadMore());
    f.Host.Answer();
    CHECK(f.Loader.NextPageUrl() == "/b/pages/feed-3.json");
    CHECK(f.Loader.LoadMore());
    f.Host.Answer();
    CHECK(f.Grew == 3);
    CHECK(f.Loader.Complete());
    CHECK_FALSE(f.Loader.LoadMore());
    CHECK(f.Ids() == std::vector<std::string>{"a", "b", "c", "d"}); // "a" again on page 2 is the first "a"
    CHECK(f.Loader.FindItem("d")->ArticleUrl == "/b/articles/d.json");
    CHECK(f.Loader.PageError().Empty());
    CHECK(f.Host.Fetched == std::vector<std::string>{"/b/feed.json", "/b/feed-2.json", "/b/pages/feed-3.json"});
    CHECK(f.Ended == 0);
    CHECK(f.Failed == 0);
}

TEST_CASE("feed loader: a next_url that leads back to a page read ends the feed, not read again") {
    for (const char* back : {"feed.json", "./feed-2.json", "sub/../feed.json"}) {
        CAPTURE(back);
        Fixture f;
        f.Host.Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}}, "feed-2.json");
        f.Host.Files["/b/feed-2.json"] = FeedJson({{"b", "articles/b.json"}}, back);
        f.Loader.Open("/b/feed.json", "");
        f.Host.Answer();
        f.Loader.LoadMore();
        f.Host.Answer();
        CHECK_FALSE(f.Loader.LoadMore()); // the page named is one already read: the feed ends
        CHECK(f.Ended == 1);
        CHECK(f.Host.Waiting() == 0);
        CHECK(f.Host.Fetched.size() == 2);
        CHECK(f.Loader.Complete());
        CHECK_MESSAGE(Contains(f.Loader.PageError().Message, "the feed's pages loop"), f.Loader.PageError().Message);
        CHECK_FALSE(f.Loader.PageError().Retryable);
        CHECK(f.Ids() == std::vector<std::string>{"a", "b"});
    }
}

TEST_CASE("feed loader: a page whose fetch failed can be retried; one that is no feed cannot") {
    Fixture f;
    f.Host.Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}}, "feed-2.json");
    f.Loader.Open("/b/feed.json", "");
    f.Host.Answer();
    f.Loader.LoadMore();
    f.Host.Answer(); // feed-2.json is not there
    CHECK(f.Failed == 1);
    CHECK(f.Loader.PageError().Retryable);
    CHECK_MESSAGE(Contains(f.Loader.PageError().Message, "/b/feed-2.json: No such file"), f.Loader.PageError().Message);
    CHECK(f.Loader.NextPageUrl() == "/b/feed-2.json");
    CHECK_FALSE(f.Loader.LoadMore()); // not by itself: the reader retries

    f.Host.Files["/b/feed-2.json"] = "{\"version\": 1}";
    f.Loader.Retry();
    CHECK(f.Loader.PageLoading());
    f.Host.Answer();
    CHECK(f.Failed == 2);
    CHECK_FALSE(f.Loader.PageError().Retryable); // read, and wrong: another try reads the same
    CHECK(f.Loader.PageError().Message.find("/b/feed-2.json: $") == 0);

    f.Host.Files["/b/feed-2.json"] = FeedJson({{"b", "articles/b.json"}});
    f.Loader.Retry(); // nothing a retry can fix: nothing fetched
    CHECK(f.Host.Waiting() == 0);
}

TEST_CASE("feed loader: a first page that failed is fetched again by Retry") {
    Fixture f;
    f.Loader.Open("/b/feed.json", "");
    f.Host.Answer();
    CHECK(f.Failed == 1);
    CHECK_FALSE(f.Loader.Loaded());
    CHECK(f.Loader.PageError().Retryable);
    f.Host.Files["/b/feed.json"] = FeedJson({{"a", "articles/a.json"}});
    f.Loader.Retry();
    f.Host.Answer();
    CHECK(f.Loader.Loaded());
    CHECK(f.Ids() == std::vector<std::string>{"a"});
}

TEST_CASE("feed loader: answers for a source no longer open are dropped, even when the host answers them") {
    Fixture f;
    f.Host.AnswerCancelled = true; // a download that finished as its source closed
    f.Host.Files["/old/feed.json"] = FeedJson({{"old", "articles/old.json"}});
    f.Host.Files["/new/feed.json"] = FeedJson({{"new", "articles/new.json"}});
    f.Loader.Open("/old/feed.json", "");
    f.Loader.Open("/new/feed.json", "");
    CHECK(f.Host.Cancelled == std::vector<std::string>{"/old/feed.json"});
    f.Host.Answer(); // both answer: the old first
    CHECK(f.Grew == 1);
    CHECK(f.Ids() == std::vector<std::string>{"new"});

    bool answered = false;
    f.Loader.FetchArticle("/new/articles/new.json", [&](ArticleRead&&) { answered = true; });
    f.Loader.Close();
    f.Host.Answer();
    CHECK_FALSE(answered);
}

TEST_CASE("feed loader: an article that could not be fetched may be retried; one read and wrong may not") {
    Fixture f;
    f.Host.Files["/b/ok.json"] = ArticleJson("ok", "Fine");
    f.Host.Files["/b/bad.json"] = R"({"id": "bad", "headline": 5})";
    std::vector<ArticleRead> reads;
    for (const char* url : {"/b/ok.json", "/b/bad.json", "/b/missing.json"})
        f.Loader.FetchArticle(url, [&](ArticleRead&& r) { reads.push_back(std::move(r)); });
    f.Host.Answer();
    REQUIRE(reads.size() == 3);
    CHECK(reads[0].Ok);
    CHECK(reads[0].Result.Headline == "Fine");
    CHECK_FALSE(reads[1].Ok);
    CHECK_FALSE(reads[1].Retryable);
    CHECK_FALSE(reads[2].Ok);
    CHECK(reads[2].Retryable);
    CHECK(reads[2].Why.Message() == "/b/missing.json: No such file or directory");
}

TEST_CASE("feed loader: an article file is a feed of one, and a feed page opened as a file is the feed") {
    Fixture f;
    f.Host.Files["/s/story.json"] = ArticleJson("story", "A story");
    f.Loader.Open("", "/s/story.json");
    f.Host.Answer();
    CHECK(f.FileArticles == std::vector<std::string>{"story"});
    CHECK(f.Ids() == std::vector<std::string>{"story"});
    CHECK(f.Loader.Complete());

    f.Host.Files["/b/front.json"] = FeedJson({{"a", "articles/a.json"}}, "feed-2.json");
    f.Loader.Open("", "/b/front.json");
    f.Host.Answer();
    CHECK(f.Ids() == std::vector<std::string>{"a"});
    CHECK(f.Loader.FeedUrl() == "/b/front.json");
    CHECK(f.Loader.NextPageUrl() == "/b/feed-2.json");

    f.Loader.Open("", "/s/none.json");
    f.Host.Answer();
    CHECK(f.Failed == 1);
    CHECK(f.Loader.PageError().Retryable);
}

TEST_CASE("feed loader: filter chips follow the feed, with routes that round-trip their names") {
    Fixture f;
    f.Host.Files["/b/feed.json"] = FeedPageJson({TestItem{"a", "articles/a.json", "Folio guide", {"how to", "Folio guide"}},
                                                 TestItem{"b", "articles/b.json", "World", {"100%"}}},
                                                "feed-2.json");
    f.Host.Files["/b/feed-2.json"] = FeedPageJson({TestItem{"c", "articles/c.json", "World", {"news"}}});
    f.Loader.Open("/b/feed.json", "");
    f.Host.Answer();
    f.Loader.LoadMore();
    f.Host.Answer();
    std::vector<std::string> labels, routes;
    for (const auto& [label, route] : f.Loader.Chips()) { labels.push_back(label); routes.push_back(route); }
    CHECK(labels == std::vector<std::string>{"All", "Folio guide", "#how to", "World", "#100%", "#news"});
    CHECK(routes == std::vector<std::string>{"#/", "#/section/Folio%20guide", "#/tag/how%20to", "#/section/World",
                                             "#/tag/100%25", "#/tag/news"});
}

TEST_CASE("feed loader: photos' addresses become what is fetched, and none may leave the bundle") {
    Fixture f;
    // A thumbnail on a page in another folder, relative to that page.
    std::string page = R"({"version": "https://jsonfeed.org/version/1.1", "title": "T", "_folio": {"format": 1}, "items": [
        {"id": "a", "content_text": "A", "image": "../media/t.jpg", "_folio": {"article": "../articles/a.json",
         "image": {"src": "../media/t.jpg", "width": 640, "height": 480,
                   "variants": [{"url": "../media/t.webp", "type": "image/webp", "width": 320, "height": 240, "bytes": 9}]}}},
        {"id": "b", "content_text": "B", "_folio": {"article": "../articles/b.json",
         "image": {"src": "../../outside.jpg"}}}]})";
    f.Host.Files["/b/feed.json"] = FeedJson({{"x", "articles/x.json"}}, "pages/2.json");
    f.Host.Files["/b/pages/2.json"] = page;
    f.Loader.Open("/b/feed.json", "");
    f.Host.Answer();
    REQUIRE(f.Loader.LoadMore());
    f.Host.Answer();
    const FeedItem* a = f.Loader.FindItem("a");
    REQUIRE(a);
    CHECK(a->Image.Src == "/b/media/t.jpg");
    REQUIRE(a->Image.Variants.size() == 1);
    CHECK(a->Image.Variants[0].Url == "/b/media/t.webp");
    const FeedItem* b = f.Loader.FindItem("b");
    REQUIRE(b);
    CHECK(b->Image.Src.empty()); // outside the bundle: never fetched

    // An article's lead image and body photos, relative to the article file; a remote photo stays remote.
    f.Host.Files["/b/articles/a.json"] = R"({"folioFormat": 1, "id": "a", "headline": "A",
        "image": {"src": "../media/lead.jpg", "variants": [
            {"url": "../media/lead.webp", "type": "image/webp", "width": 320, "height": 240, "bytes": 9},
            {"url": "../../../etc/passwd", "type": "image/jpeg", "width": 640, "height": 480, "bytes": 9}]},
        "body": [{"type": "photo", "src": "https://example.org/p.jpg"}, {"type": "photo", "src": "../media/p.jpg"}]})";
    std::vector<ArticleRead> reads;
    f.Loader.FetchArticle("/b/articles/a.json", [&](ArticleRead&& r) { reads.push_back(std::move(r)); });
    f.Host.Answer();
    REQUIRE(reads.size() == 1);
    REQUIRE_MESSAGE(reads[0].Ok, reads[0].Why.Message());
    const Article& art = reads[0].Result;
    CHECK(art.Image.Src == "/b/media/lead.jpg");
    REQUIRE(art.Image.Variants.size() == 1); // the one leading out is dropped
    CHECK(art.Image.Variants[0].Url == "/b/media/lead.webp");
    CHECK(art.Body[0].Image.Src == "https://example.org/p.jpg");
    CHECK(art.Body[1].Image.Src == "/b/media/p.jpg");
}

TEST_CASE("feed loader: a photo whose source leaves the bundle fetches none of its variants either") {
    // Its source refused, the photo is one that shows its alt text: its variants (even those inside) must not be
    // fetched in its stead, nor stand in for another photo whose source was refused too.
    Fixture f;
    f.Host.Files["/b/feed.json"] = FeedJson({{"x", "articles/x.json"}});
    f.Loader.Open("/b/feed.json", "");
    f.Host.Answer();
    f.Host.Files["/b/articles/a.json"] = R"({"folioFormat": 1, "id": "a", "headline": "A",
        "image": {"src": "../../outside.jpg", "variants": [
            {"url": "../media/lead.webp", "type": "image/webp", "width": 320, "height": 240, "bytes": 9}]},
        "body": [{"type": "photo", "src": "../../../etc/p.jpg", "variants": [
            {"url": "../media/p.webp", "type": "image/webp", "width": 320, "height": 240, "bytes": 9}]}]})";
    std::vector<ArticleRead> reads;
    f.Loader.FetchArticle("/b/articles/a.json", [&](ArticleRead&& r) { reads.push_back(std::move(r)); });
    f.Host.Answer();
    REQUIRE(reads.size() == 1);
    REQUIRE_MESSAGE(reads[0].Ok, reads[0].Why.Message());
    const Article& art = reads[0].Result;
    CHECK(art.Image.Src.empty());
    CHECK(art.Image.Variants.empty());
    CHECK(art.Body[0].Image.Src.empty());
    CHECK(art.Body[0].Image.Variants.empty());
}
