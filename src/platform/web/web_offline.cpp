// WebOffline: saved articles through EM_JS calls to Module.folioOffline (web/embed/offline-store.js); answers come
// back through folio_offline_answer while this shelf is Module.folioOfflineShelf (cleared at shutdown), and so do
// the changes other viewers of the page make (the store's watch, stopped at shutdown).
#include "platform/web/web_offline.h"

#include <emscripten.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

// clang-format off
// The store's answers reach the shelf through Module.folioOfflineAnswer(shelf, list, id, error): the list as lines
// (no backslash in EM_JS code: tab and newline by their codes), the id of the save it ends, or the failure's message.
// A change another viewer of the page made comes the same way (store.watch), with no id.
EM_JS(int, folio_js_offline_available, (void* shelf), {
    var store = Module["folioOffline"];
    if (!store || typeof store.available !== "function" || !store.available()) return 0;
    Module["folioOfflineShelf"] = shelf;
    var tab = String.fromCharCode(9), newline = String.fromCharCode(10);
    var heap = function(s) {
        var size = lengthBytesUTF8(s) + 1, p = _malloc(size);
        if (p) stringToUTF8(s, p, size);
        return p;
    };
    Module["folioOfflineAnswer"] = function(to, list, id, error) {
        if (Module["folioOfflineShelf"] !== to) return;
        var clean = function(s) { return String(s == null ? "" : s).split(tab).join(" ").split(newline).join(" "); };
        var lines = list ? list.map(function(e) {
            return [clean(e.id), clean(e.headline), clean(e.article), String(e.bytes | 0), clean(e.date)].join(tab);
        }).join(newline) : null;
        var l = lines === null ? 0 : heap(lines), i = heap(id || ""), e = heap(error || "");
        Module["_folio_offline_answer"](to, l, i, e);
    };
    if (typeof store.watch === "function") {
        Module["folioOfflineUnwatch"] = store.watch(function(list) { Module["folioOfflineAnswer"](shelf, list, "", ""); });
    }
    return 1;
});
// op: 0 list, 1 save (id, headline, article, page, photos as lines), 2 remove (id), 3 remove all.
EM_JS(void, folio_js_offline_call, (void* shelf, int op, const char* id_c, const char* headline_c, const char* article_c,
                                    const char* page_c, const char* photos_c), {
    var store = Module["folioOffline"];
    if (!store) return;
    var newline = String.fromCharCode(10);
    var id = UTF8ToString(id_c);
    var answer = function(list, error) { Module["folioOfflineAnswer"](shelf, list, op == 1 ? id : "", error); };
    var promise;
    if (op == 1) {
        var photos = UTF8ToString(photos_c);
        promise = store.save({ id: id, headline: UTF8ToString(headline_c), article: UTF8ToString(article_c),
                               page: UTF8ToString(page_c), photos: photos ? photos.split(newline) : [] });
    } else if (op == 2) promise = store.remove(id);
    else if (op == 3) promise = store.removeAll();
    else promise = store.list();
    promise.then(function(list) { answer(list, ""); }, function(err) {
        answer(null, (err && err.message) ? err.message : String(err || "the store failed"));
    });
});
// clang-format on

namespace folio::platform {

WebOffline::~WebOffline() { Shutdown(); }

void WebOffline::Shutdown() {
    if (Started_ && Available_ && !Shut_) EM_ASM({
        Module["folioOfflineShelf"] = 0;
        if (Module["folioOfflineUnwatch"]) Module["folioOfflineUnwatch"](); // the store holds this viewer no longer
        Module["folioOfflineUnwatch"] = null;
    });
    Shut_ = true;
}

void WebOffline::Start() const {
    if (Started_) return;
    Started_ = true;
    Available_ = !Shut_ && folio_js_offline_available(const_cast<WebOffline*>(this)) != 0;
    if (Available_) folio_js_offline_call(const_cast<WebOffline*>(this), 0, "", "", "", "", "");
}

bool WebOffline::Available() const {
    Start();
    return Available_ && !Shut_;
}

void WebOffline::Save(const ui::SaveRequest& r) {
    if (!Available() || r.Id.empty() || r.ArticleUrl.empty()) return;
    std::string photos;
    for (const std::string& url : r.PhotoUrls) {
        if (url.find('\n') != std::string::npos) continue;
        if (!photos.empty()) photos += '\n';
        photos += url;
    }
    if (std::find(Saving_.begin(), Saving_.end(), r.Id) == Saving_.end()) Saving_.push_back(r.Id);
    Error_.clear();
    ++Generation_;
    folio_js_offline_call(this, 1, r.Id.c_str(), r.Headline.c_str(), r.ArticleUrl.c_str(), r.PageUrl.c_str(), photos.c_str());
}

void WebOffline::Remove(const std::string& id) {
    if (Available()) folio_js_offline_call(this, 2, id.c_str(), "", "", "", "");
}

void WebOffline::RemoveAll() {
    if (Available()) folio_js_offline_call(this, 3, "", "", "", "", "");
}

void WebOffline::Answer(const char* list, const char* id, const char* error) {
    if (Shut_) return;
    if (id && *id) Saving_.erase(std::remove(Saving_.begin(), Saving_.end(), std::string(id)), Saving_.end());
    if (error && *error) Error_ = error;
    if (list) {
        Saved_.clear();
        const char* p = list;
        while (*p) {
            const char* eol = strchr(p, '\n');
            if (!eol) eol = p + strlen(p);
            std::string f[5];
            int n = 0;
            for (const char* q = p; q < eol; ++q) {
                if (*q == '\t' && n < 4) ++n;
                else f[n] += *q;
            }
            if (!f[0].empty()) Saved_.push_back(ui::SavedArticle{f[0], f[1], f[2], strtoull(f[3].c_str(), nullptr, 10), f[4]});
            p = *eol ? eol + 1 : eol;
        }
    }
    ++Generation_;
    RequestFrame_(Context_);
}

} // namespace folio::platform

// list, id and error are the JavaScript side's _malloc'd strings (list 0: unchanged); each is freed here.
extern "C" EMSCRIPTEN_KEEPALIVE void folio_offline_answer(folio::platform::WebOffline* shelf, char* list, char* id, char* error) {
    shelf->Answer(list, id ? id : "", error ? error : "");
    free(list);
    free(id);
    free(error);
}
