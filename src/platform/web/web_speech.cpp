// WebSpeech: the Web Speech API through EM_JS calls; this viewer's JavaScript state is Module.folioSpeech.
#include "platform/web/web_speech.h"

#include <emscripten.h>

#include <cstdlib>
#include <cstring>

// clang-format off
// Reads the voices now and whenever the browser's list changes (Chromium's arrive after a first empty answer).
EM_JS(void, folio_js_speech_start, (void* engine), {
    var synth = globalThis.speechSynthesis;
    var state = { synth: synth, current: 0, listener: null };
    Module["folioSpeech"] = state;
    if (!synth || typeof globalThis.SpeechSynthesisUtterance !== "function") return;
    var send = function() {
        if (Module["folioSpeech"] !== state) return;
        // No backslash in EM_JS code (it is carried as a C string): tab and newline by their codes.
        var tab = String.fromCharCode(9), newline = String.fromCharCode(10);
        var lines = (synth.getVoices() || []).map(function(v) {
            var clean = function(s) { return String(s || "").split(tab).join(" ").split(newline).join(" "); };
            return clean(v.voiceURI || v.name) + tab + clean(v.name) + tab + clean(v.lang) + tab + (v["default"] ? 1 : 0);
        }).join(newline);
        var size = lengthBytesUTF8(lines) + 1;
        var text = _malloc(size);
        if (!text) return;
        stringToUTF8(lines, text, size);
        Module["_folio_speech_voices"](engine, text);
    };
    state.listener = send;
    if (synth.addEventListener) synth.addEventListener("voiceschanged", send);
    send();
});
EM_JS(void, folio_js_speech_stop, (void), {
    var state = Module["folioSpeech"];
    if (!state) return;
    Module["folioSpeech"] = null;
    if (state.synth && state.listener && state.synth.removeEventListener) state.synth.removeEventListener("voiceschanged", state.listener);
    if (state.synth && state.current) state.synth.cancel();
});
// One utterance: its events reach the viewer only while it is the one this viewer speaks. The browser's indices
// count UTF-16 units; they are handed on as UTF-8 bytes. A boundary without a length ends at the next space.
EM_JS(int, folio_js_speech_speak, (void* engine, int id, const char* text_c, const char* voice_c, const char* lang_c, float rate), {
    var state = Module["folioSpeech"];
    if (!state || !state.synth) return 0;
    var text = UTF8ToString(text_c), voiceId = UTF8ToString(voice_c), lang = UTF8ToString(lang_c);
    var u = new SpeechSynthesisUtterance(text);
    if (lang) u.lang = lang;
    u.rate = rate;
    var voice = (state.synth.getVoices() || []).find(function(v) { return (v.voiceURI || v.name) === voiceId; });
    if (voice) { u.voice = voice; if (!lang) u.lang = voice.lang; }
    var report = function(kind, begin, end) {
        if (Module["folioSpeech"] !== state || state.current !== id) return;
        if (kind >= 2) state.current = 0;
        Module["_folio_speech_event"](engine, id, kind, begin, end);
    };
    u.onstart = function() { report(0, 0, 0); };
    u.onboundary = function(e) {
        if (e.name && e.name !== "word") return;
        var at = e.charIndex | 0;
        if (at < 0 || at >= text.length) return;
        var length = e.charLength | 0;
        if (length <= 0) {
            var stop = at;
            for (; stop < text.length; ++stop) {
                var c = text.charCodeAt(stop);
                if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) break;
            }
            length = stop - at;
        }
        if (length <= 0) return;
        var begin = lengthBytesUTF8(text.slice(0, at));
        report(1, begin, begin + lengthBytesUTF8(text.slice(at, at + length)));
    };
    u.onend = function() { report(2, 0, 0); };
    u.onerror = function(e) { report(e && (e.error === "interrupted" || e.error === "canceled") ? 2 : 3, 0, 0); };
    state.current = id;
    state.synth.cancel();
    state.synth.speak(u);
    return id;
});
EM_JS(void, folio_js_speech_control, (int what), {
    var state = Module["folioSpeech"];
    if (!state || !state.synth) return;
    if (what == 0) { state.current = 0; state.synth.cancel(); }
    else if (what == 1) state.synth.pause();
    else state.synth.resume();
});
// clang-format on

namespace folio::platform {

WebSpeech::~WebSpeech() { Shutdown(); }

void WebSpeech::Shutdown() {
    if (Started_ && !Shut_) folio_js_speech_stop();
    Shut_ = true;
    Events_.clear();
}

void WebSpeech::Start() {
    if (Started_ || Shut_) return;
    Started_ = true;
    folio_js_speech_start(this);
}

const std::vector<ui::Voice>& WebSpeech::Voices() {
    Start();
    return Voices_;
}

int WebSpeech::Speak(const std::string& text, const std::string& voice, const std::string& lang, float rate) {
    Start();
    if (Shut_) return 0;
    const int id = NextId_++;
    Events_.clear(); // what the last utterance still had to say is not heard
    return folio_js_speech_speak(this, id, text.c_str(), voice.c_str(), lang.c_str(), rate) ? id : 0;
}

void WebSpeech::Cancel() {
    Events_.clear();
    if (Started_ && !Shut_) folio_js_speech_control(0);
}
void WebSpeech::Pause() { if (Started_ && !Shut_) folio_js_speech_control(1); }
void WebSpeech::Resume() { if (Started_ && !Shut_) folio_js_speech_control(2); }

void WebSpeech::Poll(std::vector<ui::SpeechEvent>& out) {
    out.clear();
    if (!Events_.empty()) out.swap(Events_);
}

void WebSpeech::VoicesArrived(const char* lines) {
    Voices_.clear();
    const char* p = lines;
    while (*p) {
        const char* eol = strchr(p, '\n');
        if (!eol) eol = p + strlen(p);
        std::string fields[4];
        int f = 0;
        for (const char* q = p; q < eol; ++q) {
            if (*q == '\t' && f < 3) ++f;
            else fields[f] += *q;
        }
        if (!fields[0].empty()) Voices_.push_back(ui::Voice{fields[0], fields[1].empty() ? fields[0] : fields[1], fields[2], fields[3] == "1"});
        p = *eol ? eol + 1 : eol;
    }
    ++Generation_;
    RequestFrame_(Context_);
}

void WebSpeech::EventArrived(int utterance, int kind, int begin, int end) {
    if (kind < 0 || kind > 3 || begin < 0 || end < begin) return;
    Events_.push_back(ui::SpeechEvent{(ui::SpeechEvent::Kind)kind, utterance, (uint32_t)begin, (uint32_t)end});
    RequestFrame_(Context_);
}

} // namespace folio::platform

extern "C" EMSCRIPTEN_KEEPALIVE void folio_speech_voices(folio::platform::WebSpeech* engine, char* lines) {
    engine->VoicesArrived(lines);
    free(lines);
}

extern "C" EMSCRIPTEN_KEEPALIVE void folio_speech_event(folio::platform::WebSpeech* engine, int utterance, int kind, int begin, int end) {
    engine->EventArrived(utterance, kind, begin, end);
}
