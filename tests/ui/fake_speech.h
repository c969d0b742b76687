// A fake SpeechEngine for the ui tests: records what it was asked to speak (text, voice, language, rate) and
// cancels, and lets a test fire the events a real engine reports (a word, an utterance's end).
#pragma once
#include "ui/speech.h"

#include <string>
#include <vector>

namespace folio::test {

class FakeSpeech : public ui::SpeechEngine {
public:
    struct Spoken { std::string Text, Voice, Lang; float Rate; int Id; };
    std::vector<ui::Voice> VoiceList;
    uint32_t Gen = 1;
    std::vector<Spoken> Said;
    int Cancels = 0, Pauses = 0, Resumes = 0;
    bool Refuse = false;
    std::vector<ui::SpeechEvent> Pending;

    const std::vector<ui::Voice>& Voices() override { return VoiceList; }
    uint32_t Generation() const override { return Gen; }
    int Speak(const std::string& text, const std::string& voice, const std::string& lang, float rate) override {
        if (Refuse) return 0;
        Said.push_back({text, voice, lang, rate, ++Next});
        return Next;
    }
    void Cancel() override { ++Cancels; }
    void Pause() override { ++Pauses; }
    void Resume() override { ++Resumes; }
    void Poll(std::vector<ui::SpeechEvent>& out) override { out.swap(Pending); Pending.clear(); }

    int Last() const { return Said.empty() ? 0 : Said.back().Id; }
    void Word(uint32_t begin, uint32_t end) { Pending.push_back({ui::SpeechEvent::Kind::Word, Last(), begin, end}); }
    void End() { Pending.push_back({ui::SpeechEvent::Kind::End, Last(), 0, 0}); }
    void Error() { Pending.push_back({ui::SpeechEvent::Kind::Error, Last(), 0, 0}); }

private:
    int Next = 0;
};

} // namespace folio::test
