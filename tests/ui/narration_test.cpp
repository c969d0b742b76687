// Narration (read aloud's logic) with a fake speech engine: one utterance per paragraph in order, the word
// reported and the paragraph's end, keys, speed, voices by the article's language remembered per language, and
// no voices meaning no read aloud.
#include "ui/narration.h"

#include "fake_speech.h"

#include <doctest/doctest.h>

using namespace folio;
using namespace folio::test;
using namespace folio::ui;

namespace {

std::vector<Voice> SomeVoices() {
    return {{"en-a", "Alice", "en-GB", true}, {"en-b", "Bob", "en-US", false},
            {"fr-a", "Amélie", "fr-FR", false}, {"fr-b", "Thomas", "fr-CA", false}};
}

std::vector<NarrationParagraph> Paragraphs() {
    return {{0, "Headline here"}, {2, "First paragraph of text."}, {3, "Second one."}};
}

} // namespace

TEST_CASE("narration: no engine or no voice offers nothing and takes no key") {
    Narration none(nullptr);
    CHECK_FALSE(none.Available());
    FakeSpeech speech;
    Narration n(&speech);
    n.SetParagraphs(Paragraphs(), "en");
    CHECK_FALSE(n.Available());
    CHECK_FALSE(n.HandleKey(NarrationKey::N));
    n.Play();
    CHECK(speech.Said.empty());
    CHECK_FALSE(n.Active());
}

TEST_CASE("narration: paragraphs one utterance each, in order, words then the next, then the end") {
    FakeSpeech speech;
    speech.VoiceList = SomeVoices();
    Narration n(&speech);
    n.SetParagraphs(Paragraphs(), "en-GB");
    REQUIRE(n.Available());
    CHECK(n.HandleKey(NarrationKey::N));
    REQUIRE(speech.Said.size() == 1);
    CHECK(speech.Said[0].Text == "Headline here");
    CHECK(speech.Said[0].Voice == "en-a");
    CHECK(speech.Said[0].Lang == "en-GB");
    CHECK(speech.Said[0].Rate == 1.0f);
    CHECK(n.Spoken().Item == 0);
    CHECK(n.Spoken().Begin == n.Spoken().End); // the whole paragraph until a word is reported

    speech.Word(9, 13);
    CHECK(n.Tick());
    CHECK(n.Spoken().Begin == 9);
    CHECK(n.Spoken().End == 13);
    speech.Word(20, 40); // past the text: not a word of it
    CHECK_FALSE(n.Tick());
    CHECK(n.Spoken().End == 13);

    speech.End();
    CHECK(n.Tick());
    REQUIRE(speech.Said.size() == 2);
    CHECK(speech.Said[1].Text == "First paragraph of text.");
    CHECK(n.Spoken().Item == 2);
    CHECK(n.Spoken().Begin == n.Spoken().End);
    speech.End();
    n.Tick();
    speech.End();
    CHECK(n.Tick());
    CHECK(speech.Said.size() == 3);
    CHECK(n.Heard() == 3);
    CHECK(n.WordsReported() == 1); // the one past the text was not a word of it
    CHECK_FALSE(n.Active());
    CHECK(n.Spoken().Item == -1);
    CHECK_FALSE(n.Tick()); // idle
}

TEST_CASE("narration: an old utterance's late events are ignored") {
    FakeSpeech speech;
    speech.VoiceList = SomeVoices();
    Narration n(&speech);
    n.SetParagraphs(Paragraphs(), "en");
    n.Play();
    const int first = speech.Last();
    n.Skip(1);
    speech.Pending.push_back({SpeechEvent::Kind::End, first, 0, 0});
    speech.Pending.push_back({SpeechEvent::Kind::Word, first, 0, 5});
    CHECK_FALSE(n.Tick());
    CHECK(n.Spoken().Paragraph == 1);
    CHECK(speech.Said.size() == 2);
}

TEST_CASE("narration: keys N, left and right") {
    FakeSpeech speech;
    speech.VoiceList = SomeVoices();
    Narration n(&speech);
    n.SetParagraphs(Paragraphs(), "en");
    CHECK_FALSE(n.HandleKey(NarrationKey::Right)); // not speaking: the arrows scroll as ever
    CHECK_FALSE(n.HandleKey(NarrationKey::Left));
    CHECK(n.HandleKey(NarrationKey::N));
    CHECK(n.HandleKey(NarrationKey::Right));
    CHECK(speech.Said.back().Text == "First paragraph of text.");
    CHECK(n.HandleKey(NarrationKey::Right));
    CHECK(speech.Said.back().Text == "Second one.");
    CHECK(n.HandleKey(NarrationKey::Left));
    CHECK(speech.Said.back().Text == "First paragraph of text.");
    // Back past the first words starts the paragraph again.
    speech.Word(0, 5); speech.Word(6, 15); speech.Word(16, 18);
    n.Tick();
    CHECK(n.HandleKey(NarrationKey::Left));
    CHECK(speech.Said.back().Text == "First paragraph of text.");
    CHECK(n.HandleKey(NarrationKey::Left));
    CHECK(speech.Said.back().Text == "Headline here");
    CHECK(n.HandleKey(NarrationKey::Left)); // at the first: the first again
    CHECK(speech.Said.back().Text == "Headline here");
    const int cancels = speech.Cancels;
    CHECK(n.HandleKey(NarrationKey::N)); // stops
    CHECK(speech.Cancels == cancels + 1);
    CHECK_FALSE(n.Active());
    CHECK_FALSE(n.HandleKey(NarrationKey::Right));
    // Right past the last paragraph ends the reading.
    n.Play(2);
    CHECK(n.HandleKey(NarrationKey::Right));
    CHECK_FALSE(n.Active());
}

TEST_CASE("narration: pause resumes where it was; stop starts again from the top") {
    FakeSpeech speech;
    speech.VoiceList = SomeVoices();
    Narration n(&speech);
    n.SetParagraphs(Paragraphs(), "en");
    n.Play(1);
    n.Pause();
    CHECK(n.Paused());
    CHECK(speech.Pauses == 1);
    CHECK(n.Spoken().Item == 2); // still shown
    n.Play();
    CHECK(speech.Resumes == 1);
    CHECK(speech.Said.size() == 1); // resumed, not spoken again
    n.Stop();
    n.Play();
    CHECK(speech.Said.back().Text == "Headline here");
}

TEST_CASE("narration: speed is clamped and restarts the paragraph speaking") {
    FakeSpeech speech;
    speech.VoiceList = SomeVoices();
    Narration n(&speech);
    n.SetParagraphs(Paragraphs(), "en");
    n.SetRate(5.0f);
    CHECK(n.Rate() == Narration::kMaxRate);
    n.SetRate(0.1f);
    CHECK(n.Rate() == Narration::kMinRate);
    n.Play(1);
    n.SetRate(1.5f);
    REQUIRE(speech.Said.size() == 2);
    CHECK(speech.Said[1].Rate == 1.5f);
    CHECK(speech.Said[1].Text == "First paragraph of text.");
    CHECK(n.SettingsChanged());
    CHECK_FALSE(n.SettingsChanged());
}

TEST_CASE("narration: voices of the article's language, the choice remembered per language") {
    FakeSpeech speech;
    speech.VoiceList = SomeVoices();
    Narration n(&speech);
    n.SetParagraphs(Paragraphs(), "fr");
    REQUIRE(n.Voices().size() == 2);
    CHECK(n.Voices()[0].Language == "fr-FR");
    CHECK(n.VoiceId() == "fr-a"); // no default among them: the first
    n.SetVoice("fr-b");
    n.SetVoice("en-a"); // not one of the language's: ignored
    CHECK(n.VoiceId() == "fr-b");

    n.SetParagraphs(Paragraphs(), "en-US");
    CHECK(n.Voices().size() == 2);
    CHECK(n.VoiceId() == "en-a"); // the default
    n.SetVoice("en-b");
    n.SetParagraphs(Paragraphs(), "fr-CA");
    CHECK(n.VoiceId() == "fr-b"); // remembered for French
    n.Play();
    CHECK(speech.Said.back().Voice == "fr-b");

    // Saved and loaded by another narration (the next session).
    const std::string saved = n.SavedSettings();
    Narration m(&speech);
    m.LoadSettings(saved);
    m.SetParagraphs(Paragraphs(), "en");
    CHECK(m.VoiceId() == "en-b");
    // A language no voice speaks: all of them.
    m.SetParagraphs(Paragraphs(), "th");
    CHECK(m.Voices().size() == 4);
    // An article whose language is not known: every voice, the engine's default, or the engine's choice.
    m.SetParagraphs(Paragraphs(), "");
    CHECK(m.Voices().size() == 4);
    CHECK(m.VoiceId() == "en-a");
    FakeSpeech plain;
    plain.VoiceList = {{"x", "X", "de", false}, {"y", "Y", "fi", false}};
    Narration p(&plain);
    p.SetParagraphs(Paragraphs(), "");
    CHECK(p.VoiceId() == "");
    p.Play();
    CHECK(plain.Said.back().Voice == "");
    // Voices arriving late (the web's): chosen again.
    FakeSpeech late;
    Narration l(&late);
    l.SetParagraphs(Paragraphs(), "en");
    CHECK_FALSE(l.Available());
    CHECK(l.Voices().empty());
    late.VoiceList = SomeVoices();
    late.Gen = 2;
    CHECK(l.Available());
    CHECK(l.VoiceId() == "en-a");
}

TEST_CASE("narration: hostile stored settings give the defaults; refusal and errors stop") {
    FakeSpeech speech;
    speech.VoiceList = SomeVoices();
    Narration n(&speech);
    n.LoadSettings("rate nan\nrate 99\nvoice \nvoice en\n\x01garbage\nvoice fr gone");
    CHECK(n.Rate() == Narration::kMaxRate);
    n.SetParagraphs(Paragraphs(), "fr");
    CHECK(n.VoiceId() == "fr-a"); // the remembered one is not there
    speech.Refuse = true;
    n.Play();
    CHECK_FALSE(n.Active());
    speech.Refuse = false;
    n.Play();
    speech.Error();
    CHECK(n.Tick());
    CHECK_FALSE(n.Active());
}
