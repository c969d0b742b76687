// SpeechdSpeech without a daemon: the SSML with a mark before each word (bytes of the text, markup escaped), the
// rate mapping, and a library that is not there: no voices, a reason, nothing spoken, no crash.
#include "platform/native/speechd_speech.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

using folio::platform::SpeechdSpeech;

TEST_CASE("speechd: a mark names each word's bytes; markup in the text is escaped") {
    CHECK(SpeechdSpeech::MarkedSsml("Two words") == "<speak><mark name=\"b0_3\"/>Two <mark name=\"b4_9\"/>words</speak>");
    CHECK(SpeechdSpeech::MarkedSsml("a<b & \"c\"") ==
          "<speak><mark name=\"b0_3\"/>a&lt;b <mark name=\"b4_5\"/>&amp; <mark name=\"b6_9\"/>&quot;c&quot;</speak>");
    CHECK(SpeechdSpeech::MarkedSsml("Café  x") == "<speak><mark name=\"b0_5\"/>Café  <mark name=\"b7_8\"/>x</speak>");
    CHECK(SpeechdSpeech::MarkedSsml("") == "<speak></speak>");
}

TEST_CASE("speechd: rates 0.5 to 2 map to -100 to 100") {
    CHECK(SpeechdSpeech::DispatcherRate(1.0f) == 0);
    CHECK(SpeechdSpeech::DispatcherRate(2.0f) == 100);
    CHECK(SpeechdSpeech::DispatcherRate(0.5f) == -100);
    CHECK(SpeechdSpeech::DispatcherRate(1.5f) == 58);
    CHECK(SpeechdSpeech::DispatcherRate(9.0f) == 100);
    CHECK(SpeechdSpeech::DispatcherRate(0.0f) == 0);
}

TEST_CASE("speechd: without the library there are no voices and nothing is spoken") {
    std::atomic<int> wakes{0};
    SpeechdSpeech speech([&] { ++wakes; }, "libfolio-no-such-speech.so.2");
    for (int i = 0; i < 200 && speech.Generation() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(speech.Generation() == 1);
    CHECK(wakes.load() == 1);
    CHECK(speech.Voices().empty());
    CHECK(speech.Status().find("not installed") != std::string::npos);
    CHECK(speech.Speak("Hello", "", "en", 1.0f) == 0);
    speech.Cancel();
    speech.Pause();
    speech.Resume();
    std::vector<folio::ui::SpeechEvent> events;
    speech.Poll(events);
    CHECK(events.empty());
    CHECK_FALSE(speech.HasEvents());
}
