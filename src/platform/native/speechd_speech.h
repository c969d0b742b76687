// SpeechdSpeech: ui::SpeechEngine over speech-dispatcher, its library (libspeechd.so.2) loaded at run time with
// dlopen, so the viewer starts and runs where it is absent (no voices: read aloud is not offered). The connection
// is opened on a thread of its own (speech-dispatcher may be spawned first, which takes a while); its voices then
// arrive with a new Generation(). Each utterance is SSML with a mark before each word naming the word's bytes
// ("b12_17"), so the daemon's index-mark callbacks say which word is spoken. Callbacks arrive on libspeechd's
// thread: they are queued under a mutex and wake the loop (wake()), and Poll hands them over on the main thread.
#pragma once
#include "ui/speech.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace folio::platform {

class SpeechdSpeech final : public ui::SpeechEngine {
public:
    // wake() is called from other threads when something arrives (glfwPostEmptyEvent); library: the file dlopen'ed
    // ("" never connects: no speech).
    explicit SpeechdSpeech(std::function<void()> wake, std::string library = "libspeechd.so.2");
    ~SpeechdSpeech() override;
    const std::vector<ui::Voice>& Voices() override;
    uint32_t Generation() const override { return Generation_.load(); }
    int Speak(const std::string& text, const std::string& voice, const std::string& lang, float rate) override;
    void Cancel() override;
    void Pause() override;
    void Resume() override;
    void Poll(std::vector<ui::SpeechEvent>& out) override;
    bool HasEvents();                     // something waits for Poll (the loop asks for a frame)
    const std::string& Status() const;    // why there are no voices ("" while connecting or connected)

    // The SSML spoken for text: marks before each word; exposed for tests.
    static std::string MarkedSsml(const std::string& text);
    // speech-dispatcher's rate (-100..100) for a rate of 0.5..2 (1: 0).
    static int DispatcherRate(float rate);

    struct Library; // the functions taken from libspeechd
private:
    void Connect();                       // on Connector_
    bool Connected();                     // the connector finished (joined) with a connection
    void Push(const ui::SpeechEvent& e);  // from libspeechd's thread
    friend struct SpeechdCallbacks;

    std::function<void()> Wake_;
    std::string LibraryName_;
    Library* Lib_ = nullptr;
    void* Connection_ = nullptr;          // SPDConnection*, once connected
    std::atomic<bool> Ready_{false};      // Connect finished (Connection_ and Pending voices set)
    std::atomic<uint32_t> Generation_{0};
    std::vector<ui::Voice> Voices_, PendingVoices_;
    std::string Status_;
    std::mutex Mutex_;                    // Events_, PendingVoices_
    std::vector<ui::SpeechEvent> Events_;
    std::atomic<int> Current_{0};         // the utterance whose events are wanted
    std::thread Connector_;
};

} // namespace folio::platform
