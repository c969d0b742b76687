// App: the load sequence (fonts, feed, article), the state the host can read, and the reader's window.
#include "ui/app.h"
#include "model/article_json.h"
#include "model/feed_json.h"
#include "model/url.h"
#include "ui/article_view.h"
#include "ui/status_view.h"

#include <imgui.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace folio::ui {

void App::Init(Host* host, const AppOptions& options) {
    Host_ = host;
    Options_ = options;
    ApplyImGuiStyle(*Theme_);
    Publish();
    FontLoader_.Start(Host_, Options_.FontsUrl, [this](bool ok, const std::string& error) {
        if (!ok) { FontError_ = "Fonts could not be loaded: " + error; Fail(FontError_); return; }
        ImGui::GetIO().FontDefault = FontLoader_.Get().Sans.Font;
        Publish(); // fontsReady changed
    });
    LoadFeed();
}

void App::Retry() {
    if (!FontLoader_.Ready()) return; // without fonts there is nothing to retry into; the host shows the error
    Phase_ = Phase::Loading;
    Error_.clear();
    Publish();
    LoadFeed();
}

void App::LoadFeed() {
    const unsigned gen = ++Generation_;
    const std::string url = Options_.FeedUrl;
    Host_->Fetch(url, [this, gen, url](FetchResult&& r) {
        if (gen != Generation_) return;
        if (!r.Ok) { Fail(url + ": " + r.Error); return; }
        Feed feed;
        Error err;
        if (!ParseFeed(r.Body, url, &feed, &err)) { Fail(err.Message()); return; }
        const FeedItem* item = Options_.ArticleId.empty() ? feed.Newest() : feed.Find(Options_.ArticleId);
        if (!item) {
            Fail(Options_.ArticleId.empty() ? url + ": the feed lists no articles"
                                            : url + ": no article with id \"" + Options_.ArticleId + "\"");
            return;
        }
        LoadArticle(ResolveUrl(url, item->ArticleUrl));
    });
}

void App::LoadArticle(const std::string& url) {
    const unsigned gen = Generation_;
    Host_->Fetch(url, [this, gen, url](FetchResult&& r) {
        if (gen != Generation_) return;
        if (!r.Ok) { Fail(url + ": " + r.Error); return; }
        Article article;
        Error err;
        if (!ParseArticle(r.Body, url, &article, &err)) { Fail(err.Message()); return; }
        Show(std::move(article));
    });
}

void App::Fail(const std::string& message) {
    Phase_ = Phase::Error;
    Error_ = FontError_.empty() ? message : FontError_; // without fonts, that is the error that matters
    Host_->SetTitle("Folio \xE2\x80\x94 article not loaded");
    Publish();
}

void App::Show(Article&& article) {
    if (!FontError_.empty()) return;
    Article_ = std::move(article);
    Phase_ = Phase::Article;
    ScrollToTop_ = true;
    Host_->SetTitle(Article_.Headline);
    Publish();
}

void App::Publish() {
    Host_->StateChanged(StateJson());
    Host_->RequestFrame();
}

std::string App::StateJson() const {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("state");
    w.String(Phase_ == Phase::Article ? "article" : Phase_ == Phase::Error ? "error" : "loading");
    w.Key("articleId");
    w.String(Phase_ == Phase::Article ? Article_.Id.c_str() : "");
    w.Key("title");
    w.String(Phase_ == Phase::Article ? Article_.Headline.c_str() : "");
    w.Key("error");
    w.String(Error_.c_str());
    w.Key("fontsReady");
    w.Bool(FontLoader_.Ready());
    w.EndObject();
    return buf.GetString();
}

void App::HandleKeys(float page) {
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || ImGui::GetIO().WantTextInput) return;
    const float line = ImGui::GetFontSize() * 3.0f;
    float y = ImGui::GetScrollY();
    const float start = y;
    const bool shift = ImGui::GetIO().KeyShift;
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) y += line;
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) y -= line;
    if (ImGui::IsKeyPressed(ImGuiKey_PageDown) || (ImGui::IsKeyPressed(ImGuiKey_Space) && !shift)) y += page * 0.9f;
    if (ImGui::IsKeyPressed(ImGuiKey_PageUp) || (ImGui::IsKeyPressed(ImGuiKey_Space) && shift)) y -= page * 0.9f;
    if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) y = 0.0f;
    if (ImGui::IsKeyPressed(ImGuiKey_End, false)) y = ImGui::GetScrollMaxY();
    if (y != start) ImGui::SetScrollY(y < 0.0f ? 0.0f : y > ImGui::GetScrollMaxY() ? ImGui::GetScrollMaxY() : y);
}

void App::Draw() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const TypeScale type = TypeScaleFor(vp->WorkSize.x);
    const Fonts& fonts = FontLoader_.Get();
    ImGui::Begin("##reader", nullptr,
                 (ImGuiWindowFlags_NoDecoration & ~ImGuiWindowFlags_NoScrollbar) | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (ScrollToTop_) { ImGui::SetScrollY(0.0f); ScrollToTop_ = false; }
    HandleKeys(vp->WorkSize.y);
    switch (Phase_) {
    case Phase::Loading: DrawLoading(fonts, *Theme_, type); break;
    case Phase::Article: DrawArticle(Article_, fonts, *Theme_, type); break;
    case Phase::Error:
        if (DrawError(Error_, fonts, *Theme_, type)) Retry();
        break;
    }
    ImGui::End();
}

} // namespace folio::ui
