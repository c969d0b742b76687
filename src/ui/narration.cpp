// Read aloud's logic: the paragraph queue, the word reported, speed and voices per language (narration.h).
#include "ui/narration.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace folio::ui {

bool Narration::Available() const {
    return Engine_ && !Engine_->Voices().empty();
}

std::string Narration::Primary(const std::string& tag) {
    std::string p;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        p += (char)std::tolower((unsigned char)c);
    }
    return p;
}

void Narration::SetParagraphs(std::vector<NarrationParagraph> paragraphs, const std::string& language) {
    Stop();
    Paragraphs_ = std::move(paragraphs);
    Language_ = language;
    Heard_ = WordsReported_ = 0;
}

void Narration::Relink(const std::vector<NarrationParagraph>& paragraphs) {
    if (paragraphs.size() != Paragraphs_.size()) return;
    for (size_t i = 0; i < paragraphs.size(); ++i) Paragraphs_[i].Item = paragraphs[i].Item;
}

void Narration::RefreshVoices() {
    if (!Engine_) return;
    if (VoicesGeneration_ == Engine_->Generation() && VoicesLanguage_ == Language_) return;
    VoicesGeneration_ = Engine_->Generation();
    VoicesLanguage_ = Language_;
    const std::vector<Voice>& all = Engine_->Voices();
    const std::string want = Primary(Language_);
    Voices_.clear();
    for (const Voice& v : all)
        if (!want.empty() && Primary(v.Language) == want) Voices_.push_back(v);
    if (Voices_.empty()) Voices_ = all;
    // The voice: the one remembered for the language if it is still there, else the engine's default among them, else
    // the first whose full tag matches the article's, else the first.
    VoiceId_.clear();
    auto remembered = VoiceByLanguage_.find(want);
    for (const Voice& v : Voices_)
        if (remembered != VoiceByLanguage_.end() && v.Id == remembered->second) VoiceId_ = v.Id;
    for (const Voice& v : Voices_)
        if (VoiceId_.empty() && v.Default) VoiceId_ = v.Id;
    if (want.empty()) return; // a language not known: the engine's own choice ("") unless one was chosen
    for (const Voice& v : Voices_)
        if (VoiceId_.empty() && v.Language == Language_) VoiceId_ = v.Id;
    if (VoiceId_.empty() && !Voices_.empty()) VoiceId_ = Voices_[0].Id;
}

const std::vector<Voice>& Narration::Voices() {
    RefreshVoices();
    return Voices_;
}

const std::string& Narration::VoiceId() {
    RefreshVoices();
    return VoiceId_;
}

void Narration::SetVoice(const std::string& id) {
    RefreshVoices();
    if (std::none_of(Voices_.begin(), Voices_.end(), [&](const Voice& v) { return v.Id == id; })) return;
    VoiceId_ = id;
    VoiceByLanguage_[Primary(Language_)] = id;
    SettingsChanged_ = true;
    if (Playing()) SpeakCurrent();
}

void Narration::SetRate(float rate) {
    rate = std::clamp(rate, kMinRate, kMaxRate);
    if (rate == Rate_) return;
    Rate_ = rate;
    SettingsChanged_ = true;
    if (Playing()) SpeakCurrent();
}

void Narration::SpeakCurrent() {
    WordBegin_ = WordEnd_ = 0;
    WordsHeard_ = 0;
    RefreshVoices();
    const NarrationParagraph& p = Paragraphs_[Current_];
    Utterance_ = Engine_->Speak(p.Text, VoiceId_, Language_, Rate_);
    if (Utterance_ == 0) State_ = State::Stopped; // refused: nothing plays
}

void Narration::Play(int from_paragraph) {
    if (!Available() || Paragraphs_.empty()) return;
    if (from_paragraph >= 0) Current_ = std::min(from_paragraph, (int)Paragraphs_.size() - 1);
    if (State_ == State::Paused && from_paragraph < 0) {
        State_ = State::Playing;
        Engine_->Resume();
        return;
    }
    State_ = State::Playing;
    SpeakCurrent();
}

void Narration::Pause() {
    if (State_ != State::Playing) return;
    State_ = State::Paused;
    Engine_->Pause();
}

void Narration::Stop() {
    if (State_ != State::Stopped && Engine_) Engine_->Cancel();
    State_ = State::Stopped;
    Current_ = 0;
    Utterance_ = 0;
    WordBegin_ = WordEnd_ = 0;
}

void Narration::Skip(int direction) {
    if (!Active() || Paragraphs_.empty()) return;
    int next = Current_ + (direction > 0 ? 1 : direction < 0 ? -1 : 0);
    // Back while past the paragraph's first words starts it again, as a player's "previous" does.
    if (direction < 0 && WordsHeard_ > 2) next = Current_;
    if (next < 0) next = 0;
    if (next >= (int)Paragraphs_.size()) { Stop(); return; }
    Current_ = next;
    if (State_ == State::Paused) Engine_->Resume();
    State_ = State::Playing;
    SpeakCurrent();
}

bool Narration::HandleKey(NarrationKey key) {
    switch (key) {
    case NarrationKey::N:
        if (!Available() || Paragraphs_.empty()) return false;
        Toggle();
        return true;
    case NarrationKey::Left:
    case NarrationKey::Right:
        if (!Active()) return false;
        Skip(key == NarrationKey::Right ? 1 : -1);
        return true;
    }
    return false;
}

Narration::Range Narration::Spoken() const {
    Range r;
    if (!Active() || Paragraphs_.empty()) return r;
    r.Paragraph = Current_;
    r.Item = Paragraphs_[Current_].Item;
    r.Begin = WordBegin_;
    r.End = WordEnd_;
    return r;
}

bool Narration::Tick() {
    if (!Engine_) return false;
    Engine_->Poll(Events_);
    bool changed = VoicesGeneration_ != Engine_->Generation();
    RefreshVoices();
    for (const SpeechEvent& e : Events_) {
        if (e.Utterance != Utterance_ || Utterance_ == 0 || State_ == State::Stopped) continue; // a cancelled one
        switch (e.What) {
        case SpeechEvent::Kind::Start: break;
        case SpeechEvent::Kind::Word: {
            const uint32_t size = (uint32_t)Paragraphs_[Current_].Text.size();
            if (e.Begin >= e.End || e.End > size) break; // not a word of this text
            WordBegin_ = e.Begin;
            WordEnd_ = e.End;
            ++WordsHeard_;
            ++WordsReported_;
            changed = true;
            break;
        }
        case SpeechEvent::Kind::End:
            ++Heard_;
            if (Current_ + 1 < (int)Paragraphs_.size()) {
                ++Current_;
                SpeakCurrent();
            } else {
                Stop();
            }
            changed = true;
            break;
        case SpeechEvent::Kind::Error:
            Stop();
            changed = true;
            break;
        }
    }
    return changed;
}

std::string Narration::SavedSettings() const {
    // (Plain strings, not streams: iostreams would bring the C++ locale machinery, ~25 KB gzip, into folio.wasm.)
    char rate[32];
    std::snprintf(rate, sizeof rate, "rate %g\n", static_cast<double>(Rate_));
    std::string out = rate;
    for (const auto& [lang, id] : VoiceByLanguage_) out += "voice " + lang + " " + id + "\n";
    return out;
}

void Narration::LoadSettings(const std::string& text) {
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.rfind("rate ", 0) == 0) {
            const char* num = line.c_str() + 5;
            char* after = nullptr;
            const float r = std::strtof(num, &after);
            if (after != num && r == r) Rate_ = std::clamp(r, kMinRate, kMaxRate);
        } else if (line.rfind("voice ", 0) == 0) {
            const size_t sp = line.find(' ', 6);
            if (sp == std::string::npos || sp == 6 || sp + 1 >= line.size()) continue;
            VoiceByLanguage_[line.substr(6, sp - 6)] = line.substr(sp + 1);
        }
    }
    VoicesGeneration_ = ~0u; // choose again with what was remembered
}

} // namespace folio::ui
