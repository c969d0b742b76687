// The reader application: loads fonts, the bundle's feed and one article through the Host, and draws the
// loading, article or error view. Owns all UI state; the platform layer owns the window and the loop.
#pragma once
#include "model/article.h"
#include "ui/fonts.h"
#include "ui/host.h"
#include "ui/theme.h"

#include <string>

namespace folio::ui {

struct AppOptions {
    std::string FontsUrl = "fonts/";            // folder (URL or path) of the TTF files, with a trailing slash
    std::string FeedUrl = "bundle/feed.json";   // the bundle's first feed page
    std::string ArticleId;                      // empty: the newest article
};

enum class Phase { Loading, Article, Error };

class App {
public:
    void Init(Host* host, const AppOptions& options); // starts loading; call once after ImGui::CreateContext()
    bool CanDraw() const { return FontLoader_.Ready(); } // ImGui frames need the fonts in the atlas
    void Draw();                                       // between ImGui::NewFrame() and ImGui::Render()
    void Retry();                                      // loads again whatever failed
    Phase GetPhase() const { return Phase_; }
    bool Settled() const { return Phase_ != Phase::Loading && CanDraw(); } // nothing left in flight
    const std::string& FontError() const { return FontError_; } // non-empty: nothing can be drawn
    const Theme& GetTheme() const { return *Theme_; }
    std::string StateJson() const;                     // {"state":"article","articleId":…,"title":…,"error":…}

private:
    void LoadFeed();
    void LoadArticle(const std::string& url);
    void Fail(const std::string& message);
    void Show(Article&& article);
    void Publish(); // tells the host the state changed
    void HandleKeys(float page_height);

    Host* Host_ = nullptr;
    AppOptions Options_;
    FontLoader FontLoader_;
    const Theme* Theme_ = &LightTheme();
    Phase Phase_ = Phase::Loading;
    Article Article_;
    std::string Error_;
    std::string FontError_;
    unsigned Generation_ = 0; // answers to a superseded load are dropped
    bool ScrollToTop_ = false;
};

} // namespace folio::ui
