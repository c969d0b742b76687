// WebHost: the JavaScript bridge. fetch() results come back through the exported folio_fetch_done(host, ...), with
// the address of the host that asked (no file-level state: each callback names its host).
#include "platform/web/web_host.h"

#include <emscripten.h>
#include <stdlib.h>

// clang-format off
// Every fetch goes through the page's Module.folioFetch(url, {signal}) -> Promise of an ArrayBuffer, rejected with an
// Error whose message says why, with offline set when the device is offline and keeps no copy (web/embed/runtime.js
// sharedFetch: the page's bundle origins, the response limit, the service worker's offline answer,
// downloads shared between viewers). Each fetch has an AbortController (Module.folioAborts, by id) that
// folio_js_cancel_fetch aborts; an aborted fetch's answer is dropped (WebHost::CancelFetch, and every fetch when the
// instance stops).
EM_JS(void, folio_js_fetch, (void* host, int id, const char* url_c), {
    var url = UTF8ToString(url_c);
    var aborts = Module["folioAborts"] || (Module["folioAborts"] = new Map());
    var controller = new AbortController();
    aborts.set(id, controller);
    var deliver = function(bytes, failed) {
        aborts.delete(id);
        if (controller.signal.aborted) return;
        var ptr = _malloc(bytes.length || 1);
        HEAPU8.set(bytes, ptr);
        Module["_folio_fetch_done"](host, id, ptr, bytes.length, failed);
    };
    var fail = function(message, offline) { deliver(new TextEncoder().encode(message), offline ? 2 : 1); };
    Module["folioFetch"](url, {signal: controller.signal})
        .then(function(buffer) { deliver(new Uint8Array(buffer), 0); },
              function(err) { fail(err && err.message ? err.message : String(err), err && err.offline); });
});
EM_JS(void, folio_js_cancel_fetch, (int id), {
    var aborts = Module["folioAborts"];
    var controller = aborts && aborts.get(id);
    if (!controller) return;
    aborts.delete(id);
    controller.abort();
});
EM_JS(void, folio_js_title, (const char* title), {
    if (Module["onFolioTitle"]) Module["onFolioTitle"](UTF8ToString(title));
});
EM_JS(void, folio_js_state, (const char* json), {
    if (Module["onFolioState"]) Module["onFolioState"](JSON.parse(UTF8ToString(json)));
});
// Settings live where the page says (Module.folioStorage: {get(key), set(key, value)}), else in localStorage.
// Storage can be disabled or full (private modes, quotas): reads then return nothing and writes do nothing.
EM_JS(char*, folio_js_load_setting, (const char* key), {
    var value = null;
    try {
        var store = Module["folioStorage"];
        value = store ? store.get(UTF8ToString(key)) : window.localStorage.getItem("folio:" + UTF8ToString(key));
    } catch (e) {}
    if (value === null || value === undefined) return 0;
    value = String(value);
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
});
EM_JS(void, folio_js_save_setting, (const char* key, const char* value), {
    try {
        var store = Module["folioStorage"];
        if (store) store.set(UTF8ToString(key), UTF8ToString(value));
        else window.localStorage.setItem("folio:" + UTF8ToString(key), UTF8ToString(value));
    } catch (e) {}
});
// Called right after the reader's click or key (the browser still counts it as their gesture).
EM_JS(void, folio_js_clipboard, (const char* text_c), {
    var text = UTF8ToString(text_c);
    // Without the Clipboard API: a hidden text field, selected and copied. Styled through CSSOM (a host page's
    // CSP allows that, and has no stylesheet of ours) so that neither it nor its focus moves the host's page;
    // focus then goes back where it was in the viewer.
    var fallback = function() {
        var keys = Module["folioKeyTarget"];
        var back = (keys && keys.activeElement) || Module["canvas"];
        var area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.top = "0";
        area.style.left = "-9999px";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.focus({preventScroll: true});
        area.select();
        try { document.execCommand("copy"); } catch (e) {}
        area.remove();
        if (back) back.focus({preventScroll: true});
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
});
EM_JS(void, folio_js_open_url, (const char* url), {
    window.open(UTF8ToString(url), "_blank", "noopener,noreferrer");
});
EM_JS(void, folio_js_set_route, (const char* route_c, int push), {
    if (Module["onFolioRoute"]) { Module["onFolioRoute"](UTF8ToString(route_c), !!push); return; }
    var route = UTF8ToString(route_c);
    if (location.hash === route || (route === "#/" && location.hash === "")) return;
    if (push) history.pushState(null, "", route); else history.replaceState(null, "", route);
});
// A shareable link: the page's Module.folioLinkTo(route) when it has one (an embed links to the full viewer),
// else this page's address with the route.
EM_JS(char*, folio_js_link_to, (const char* route_c), {
    var route = UTF8ToString(route_c);
    var link = Module["folioLinkTo"] ? String(Module["folioLinkTo"](route) || "") : location.href.split("#")[0] + route;
    var size = lengthBytesUTF8(link) + 1;
    var ptr = _malloc(size);
    stringToUTF8(link, ptr, size);
    return ptr;
});
// A language's English name (Intl.DisplayNames, CLDR's data in the browser); 0 for a tag it does not know or
// cannot parse (DisplayNames answers an unknown code with the code itself).
EM_JS(char*, folio_js_language_name, (const char* tag_c), {
    var tag = UTF8ToString(tag_c), name = "";
    try {
        var names = Module["folioLanguageNames"] || (Module["folioLanguageNames"] = new Intl.DisplayNames(["en"], {type: "language"}));
        name = names.of(tag) || "";
    } catch (e) {}
    if (!name || name.toLowerCase() === tag.toLowerCase()) return 0;
    var size = lengthBytesUTF8(name) + 1;
    var ptr = _malloc(size);
    stringToUTF8(name, ptr, size);
    return ptr;
});
EM_JS(char*, folio_js_option, (const char* name), {
    var options = Module["folioOptions"] || {};
    var value = options[UTF8ToString(name)];
    if (value === undefined || value === null) return 0;
    var text = String(value);
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});
// clang-format on

namespace folio::platform {

void WebHost::Fetch(const std::string& url, ui::FetchCallback done) {
    const int id = NextId_++;
    Pending_.emplace(id, std::make_pair(url, std::move(done)));
    folio_js_fetch(this, id, url.c_str());
}

// The callbacks go, and the browser's download with them unless another viewer on the page waits for it too
// (runtime.js counts them).
void WebHost::CancelFetch(const std::string& url) {
    for (auto it = Pending_.begin(); it != Pending_.end();) {
        if (it->second.first != url) { ++it; continue; }
        folio_js_cancel_fetch(it->first);
        it = Pending_.erase(it);
    }
}

void WebHost::CancelAllFetches() {
    for (const auto& [id, pending] : Pending_) folio_js_cancel_fetch(id);
    Pending_.clear();
}

void WebHost::FetchDone(int id, char* data, int size, int failed) {
    ui::FetchResult r;
    r.Ok = failed == 0;
    r.Offline = failed == 2;
    (failed ? r.Error : r.Body).assign(data, (size_t)size);
    free(data);
    auto it = Pending_.find(id);
    if (it == Pending_.end()) return;
    ui::FetchCallback done = std::move(it->second.second);
    Pending_.erase(it);
    done(std::move(r));
    RequestFrame_(Context_);
}

void WebHost::SetTitle(const std::string& title) { folio_js_title(title.c_str()); }
void WebHost::StateChanged(const std::string& json) { folio_js_state(json.c_str()); }

static std::string Take(char* value) {
    if (!value) return {};
    std::string s(value);
    free(value);
    return s;
}

std::string WebHost::LoadSetting(const std::string& key) { return Take(folio_js_load_setting(key.c_str())); }
void WebHost::SaveSetting(const std::string& key, const std::string& value) { folio_js_save_setting(key.c_str(), value.c_str()); }
void WebHost::SetClipboard(const std::string& text) { folio_js_clipboard(text.c_str()); }
void WebHost::OpenUrl(const std::string& url) { folio_js_open_url(url.c_str()); }
void WebHost::SetRoute(const std::string& route, bool push) { folio_js_set_route(route.c_str(), push ? 1 : 0); }
std::string WebHost::LinkTo(const std::string& route) { return Take(folio_js_link_to(route.c_str())); }

std::string WebHost::LanguageName(const std::string& tag) { return Take(folio_js_language_name(tag.c_str())); }

std::string WebOption(const char* name) {
    char* value = folio_js_option(name);
    if (!value) return {};
    std::string s(value);
    free(value);
    return s;
}

} // namespace folio::platform

extern "C" EMSCRIPTEN_KEEPALIVE void folio_fetch_done(folio::platform::WebHost* host, int id, char* data, int size, int failed) {
    if (host) host->FetchDone(id, data, size, failed);
    else free(data);
}
