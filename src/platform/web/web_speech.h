// WebSpeech: ui::SpeechEngine over the browser's Web Speech API (speechSynthesis, SpeechSynthesisUtterance), one
// per viewer. Its JavaScript side lives in Module.folioSpeech (this instance's: the utterance it speaks, its
// voiceschanged listener); the browser's voices, boundaries and ends come back through the exports
// folio_speech_voices and folio_speech_event (bytes of UTF-8, not the browser's UTF-16 indices), and each asks
// for a frame. Where the page has no speechSynthesis, or it has no voice, Voices() is empty: no read aloud.
#pragma once
#include "ui/speech.h"

#include <string>
#include <vector>

namespace folio::platform {

class WebSpeech final : public ui::SpeechEngine {
public:
    WebSpeech(void (*request_frame)(void*), void* context) : RequestFrame_(request_frame), Context_(context) {}
    ~WebSpeech() override;
    const std::vector<ui::Voice>& Voices() override;
    uint32_t Generation() const override { return Generation_; }
    int Speak(const std::string& text, const std::string& voice, const std::string& lang, float rate) override;
    void Cancel() override;
    void Pause() override;
    void Resume() override;
    void Poll(std::vector<ui::SpeechEvent>& out) override;

    // The viewer stops for good (folio_shutdown): speech cancelled and the voiceschanged listener removed, so the
    // page's speechSynthesis holds nothing of this instance; Voices() and Speak() then do nothing.
    void Shutdown();

    // From JavaScript: the voices as lines of "id\tname\tlang\tdefault(0|1)"; an utterance's event.
    void VoicesArrived(const char* lines);
    void EventArrived(int utterance, int kind, int begin, int end);

private:
    void Start();
    void (*RequestFrame_)(void*);
    void* Context_;
    bool Started_ = false;
    bool Shut_ = false;
    uint32_t Generation_ = 0;
    int NextId_ = 1;
    std::vector<ui::Voice> Voices_;
    std::vector<ui::SpeechEvent> Events_;
};

} // namespace folio::platform
