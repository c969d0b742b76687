// SpeechdSpeech: speech-dispatcher through dlopen (speechd_speech.h). The SPD types come from Debian's
// libspeechd-dev header; no function of the library is linked, each is looked up with dlsym.
#include "platform/native/speechd_speech.h"

#include <dlfcn.h>
#include <libspeechd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace folio::platform {

struct SpeechdSpeech::Library {
    void* Handle = nullptr;
    decltype(&spd_open2) Open2 = nullptr;
    decltype(&spd_close) Close = nullptr;
    decltype(&spd_say) Say = nullptr;
    decltype(&spd_cancel) CancelAll = nullptr;
    decltype(&spd_pause) PauseAll = nullptr;
    decltype(&spd_resume) ResumeAll = nullptr;
    decltype(&spd_set_synthesis_voice) SetVoice = nullptr;
    decltype(&spd_set_language) SetLanguage = nullptr;
    decltype(&spd_set_voice_rate) SetRate = nullptr;
    decltype(&spd_set_data_mode) SetDataMode = nullptr;
    decltype(&spd_set_notification_on) NotifyOn = nullptr;
    decltype(&spd_list_synthesis_voices) ListVoices = nullptr;
    decltype(&free_spd_voices) FreeVoices = nullptr;
};

// libspeechd's callbacks carry no user data: the one engine that has a connection receives them. The desktop
// viewer has one.
struct SpeechdCallbacks {
    static std::mutex Mutex;
    static SpeechdSpeech* Engine;
    static void Event(size_t msg_id, size_t, SPDNotificationType type) {
        std::lock_guard<std::mutex> lock(Mutex);
        if (!Engine) return;
        ui::SpeechEvent e;
        e.Utterance = (int)msg_id;
        if (type == SPD_EVENT_BEGIN) e.What = ui::SpeechEvent::Kind::Start;
        else if (type == SPD_EVENT_END) e.What = ui::SpeechEvent::Kind::End;
        else return; // cancelled, paused, resumed: the engine asked for them
        Engine->Push(e);
    }
    static void Mark(size_t msg_id, size_t, SPDNotificationType, char* mark) {
        unsigned begin = 0, end = 0;
        if (!mark || sscanf(mark, "b%u_%u", &begin, &end) != 2 || end <= begin) return;
        std::lock_guard<std::mutex> lock(Mutex);
        if (!Engine) return;
        Engine->Push(ui::SpeechEvent{ui::SpeechEvent::Kind::Word, (int)msg_id, begin, end});
    }
};
std::mutex SpeechdCallbacks::Mutex;
SpeechdSpeech* SpeechdCallbacks::Engine = nullptr;

SpeechdSpeech::SpeechdSpeech(std::function<void()> wake, std::string library)
    : Wake_(std::move(wake)), LibraryName_(std::move(library)) {
    Connector_ = std::thread([this] { Connect(); });
}

SpeechdSpeech::~SpeechdSpeech() {
    if (Connector_.joinable()) Connector_.join();
    {
        std::lock_guard<std::mutex> lock(SpeechdCallbacks::Mutex);
        if (SpeechdCallbacks::Engine == this) SpeechdCallbacks::Engine = nullptr;
    }
    if (Connection_) {
        Lib_->CancelAll(static_cast<SPDConnection*>(Connection_));
        Lib_->Close(static_cast<SPDConnection*>(Connection_));
    }
    if (Lib_) {
        dlclose(Lib_->Handle);
        delete Lib_;
    }
}

template <typename F> static bool Take(void* handle, const char* name, F* f) {
    *f = reinterpret_cast<F>(dlsym(handle, name));
    return *f != nullptr;
}

void SpeechdSpeech::Connect() {
    auto done = [this](std::string why) {
        Status_ = std::move(why);
        Ready_ = true;
        ++Generation_;
        if (Wake_) Wake_();
    };
    if (LibraryName_.empty()) return done("no speech library");
    void* handle = dlopen(LibraryName_.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) return done("speech-dispatcher is not installed (" + LibraryName_ + " could not be loaded)");
    auto* lib = new Library;
    lib->Handle = handle;
    const bool all = Take(handle, "spd_open2", &lib->Open2) && Take(handle, "spd_close", &lib->Close) &&
                     Take(handle, "spd_say", &lib->Say) && Take(handle, "spd_cancel", &lib->CancelAll) &&
                     Take(handle, "spd_pause", &lib->PauseAll) && Take(handle, "spd_resume", &lib->ResumeAll) &&
                     Take(handle, "spd_set_synthesis_voice", &lib->SetVoice) &&
                     Take(handle, "spd_set_language", &lib->SetLanguage) && Take(handle, "spd_set_voice_rate", &lib->SetRate) &&
                     Take(handle, "spd_set_data_mode", &lib->SetDataMode) &&
                     Take(handle, "spd_set_notification_on", &lib->NotifyOn) &&
                     Take(handle, "spd_list_synthesis_voices", &lib->ListVoices) && Take(handle, "free_spd_voices", &lib->FreeVoices);
    if (!all) {
        dlclose(handle);
        delete lib;
        return done("speech-dispatcher's library lacks a function Folio needs");
    }
    char* error = nullptr;
    SPDConnection* c = lib->Open2("folio", "reader", nullptr, SPD_MODE_THREADED, nullptr, 1, &error);
    if (!c) {
        std::string why = "speech-dispatcher could not be reached";
        if (error) { why += std::string(": ") + error; free(error); }
        Lib_ = lib;
        return done(why);
    }
    {
        std::lock_guard<std::mutex> lock(SpeechdCallbacks::Mutex);
        if (!SpeechdCallbacks::Engine) SpeechdCallbacks::Engine = this;
    }
    c->callback_begin = &SpeechdCallbacks::Event;
    c->callback_end = &SpeechdCallbacks::Event;
    c->callback_cancel = &SpeechdCallbacks::Event;
    c->callback_im = &SpeechdCallbacks::Mark;
    lib->NotifyOn(c, SPD_BEGIN);
    lib->NotifyOn(c, SPD_END);
    lib->NotifyOn(c, SPD_CANCEL);
    lib->NotifyOn(c, SPD_INDEX_MARKS);
    lib->SetDataMode(c, SPD_DATA_SSML);
    std::vector<ui::Voice> voices;
    if (SPDVoice** list = lib->ListVoices(c)) {
        for (SPDVoice** v = list; *v && voices.size() < 2000; ++v) {
            if (!(*v)->name) continue;
            std::string name = (*v)->name, language = (*v)->language ? (*v)->language : "";
            std::string shown = name;
            if ((*v)->variant && strcmp((*v)->variant, "none") != 0) shown += std::string(" (") + (*v)->variant + ")";
            voices.push_back(ui::Voice{name, shown, language, false});
        }
        lib->FreeVoices(list);
    }
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        PendingVoices_ = std::move(voices);
    }
    Lib_ = lib;
    Connection_ = c;
    done(PendingVoices_.empty() ? "speech-dispatcher has no voice" : "");
}

const std::vector<ui::Voice>& SpeechdSpeech::Voices() {
    if (Ready_ && Connector_.joinable()) {
        Connector_.join();
        std::lock_guard<std::mutex> lock(Mutex_);
        Voices_ = std::move(PendingVoices_);
    }
    return Voices_;
}

const std::string& SpeechdSpeech::Status() const {
    static const std::string kConnecting;
    return Ready_ ? Status_ : kConnecting;
}

std::string SpeechdSpeech::MarkedSsml(const std::string& text) {
    std::string out = "<speak>";
    size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { out += ' '; ++i; continue; }
        size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' && text[end] != '\r') ++end;
        out += "<mark name=\"b" + std::to_string(i) + "_" + std::to_string(end) + "\"/>";
        for (; i < end; ++i) {
            const char ch = text[i];
            if (ch == '<') out += "&lt;";
            else if (ch == '>') out += "&gt;";
            else if (ch == '&') out += "&amp;";
            else if (ch == '"') out += "&quot;";
            else if ((unsigned char)ch < 0x20) out += ' ';
            else out += ch;
        }
    }
    out += "</speak>";
    return out;
}

int SpeechdSpeech::DispatcherRate(float rate) {
    if (!(rate > 0.0f)) return 0;
    const int r = (int)std::lround(100.0 * std::log2((double)rate));
    return r < -100 ? -100 : r > 100 ? 100 : r;
}

bool SpeechdSpeech::Connected() {
    Voices(); // joins the connector once it is done; only then is Connection_ the main thread's to read
    return !Connector_.joinable() && Connection_;
}

int SpeechdSpeech::Speak(const std::string& text, const std::string& voice, const std::string& lang, float rate) {
    if (!Connected()) return 0;
    auto* c = static_cast<SPDConnection*>(Connection_);
    Current_ = 0;
    Lib_->CancelAll(c);
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        Events_.clear();
    }
    if (!lang.empty()) Lib_->SetLanguage(c, lang.c_str());
    if (!voice.empty()) Lib_->SetVoice(c, voice.c_str());
    Lib_->SetRate(c, DispatcherRate(rate));
    const int id = Lib_->Say(c, SPD_TEXT, MarkedSsml(text).c_str());
    if (id <= 0) return 0;
    Current_ = id;
    return id;
}

void SpeechdSpeech::Cancel() {
    Current_ = 0;
    if (Connected()) Lib_->CancelAll(static_cast<SPDConnection*>(Connection_));
    std::lock_guard<std::mutex> lock(Mutex_);
    Events_.clear();
}
void SpeechdSpeech::Pause() { if (Connected()) Lib_->PauseAll(static_cast<SPDConnection*>(Connection_)); }
void SpeechdSpeech::Resume() { if (Connected()) Lib_->ResumeAll(static_cast<SPDConnection*>(Connection_)); }

void SpeechdSpeech::Push(const ui::SpeechEvent& e) {
    {
        std::lock_guard<std::mutex> lock(Mutex_);
        Events_.push_back(e);
    }
    if (Wake_) Wake_();
}

bool SpeechdSpeech::HasEvents() {
    if (Ready_ && Connector_.joinable()) return true; // the voices arrived: a frame shows the button
    std::lock_guard<std::mutex> lock(Mutex_);
    return !Events_.empty();
}

void SpeechdSpeech::Poll(std::vector<ui::SpeechEvent>& out) {
    out.clear();
    std::lock_guard<std::mutex> lock(Mutex_);
    if (!Events_.empty()) out.swap(Events_);
}

} // namespace folio::platform
