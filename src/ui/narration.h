// Read aloud's logic, ImGui-free (tested headless with a fake SpeechEngine): the paragraphs of the article shown,
// one utterance each, the one speaking and the word in it the engine last reported, playing or paused, the speed
// (0.5 to 2) and the voice (those of the article's language, the reader's choice remembered per language), and which
// keys it takes (N starts or stops; the left and right arrows go back and forward a paragraph while it speaks).
// The App draws its panel and highlights Spoken() through the reader view.
#pragma once
#include "ui/speech.h"

#include <map>
#include <string>
#include <vector>

namespace folio::ui {

struct NarrationParagraph {
    int Item = -1;     // the document's text item it is
    std::string Text;  // what is spoken: the item's text
};

enum class NarrationKey : unsigned char { N, Left, Right };

class Narration {
public:
    static constexpr float kMinRate = 0.5f, kMaxRate = 2.0f, kRateStep = 0.25f;

    explicit Narration(SpeechEngine* engine = nullptr) : Engine_(engine) {}
    void SetEngine(SpeechEngine* engine) { Stop(); Engine_ = engine; VoicesGeneration_ = ~0u; }
    // Whether read aloud is offered: an engine with at least one voice.
    bool Available() const;
    // The article to read (stops whatever was reading). language: its BCP 47 tag, "" when unknown.
    void SetParagraphs(std::vector<NarrationParagraph> paragraphs, const std::string& language);
    // The same article laid out again (new item indices, same texts): keeps reading where it was.
    void Relink(const std::vector<NarrationParagraph>& paragraphs);
    size_t ParagraphCount() const { return Paragraphs_.size(); }

    void Play(int from_paragraph = -1); // from that paragraph (-1: where it was paused or stopped, else the first)
    void Pause();
    void Stop();                        // and the next Play starts again from the first paragraph
    void Toggle() { Playing() ? Stop() : Play(); }
    void Skip(int direction);           // +1 the next paragraph, -1 the previous (the current one again past 2 words)
    bool Playing() const { return State_ == State::Playing; }
    bool Paused() const { return State_ == State::Paused; }
    bool Active() const { return State_ != State::Stopped; }

    // A key while the reader is on the article (no field or panel has it): whether narration took it.
    bool HandleKey(NarrationKey key);

    float Rate() const { return Rate_; }
    void SetRate(float rate);           // clamped to 0.5..2; a paragraph speaking starts again at the new rate

    // The voices for the article's language (its primary subtag; all when none matches), and the one in use: the
    // one chosen for the language, else the engine's default among them, else the first ("" for an article whose
    // language is not known and no default: the engine chooses).
    const std::vector<Voice>& Voices();
    const std::string& VoiceId();
    const std::vector<Voice>& ShownVoices() const { return Voices_; } // as of the last Voices() or Tick()
    const std::string& CurrentVoice() const { return VoiceId_; }
    const std::string& Language() const { return Language_; }
    void SetVoice(const std::string& id); // remembered for the article's language; a paragraph speaking restarts

    // The remembered voices and speed as a small text (the App stores it through Host settings), and back.
    std::string SavedSettings() const;
    void LoadSettings(const std::string& text);
    bool SettingsChanged() { bool c = SettingsChanged_; SettingsChanged_ = false; return c; }

    // What is being read: the paragraph's item and the word's bytes in it (Begin == End: no word reported yet, the
    // whole paragraph). Item -1 when nothing is.
    struct Range { int Item = -1; uint32_t Begin = 0, End = 0; int Paragraph = -1; };
    Range Spoken() const;
    int Heard() const { return Heard_; } // utterances of this article heard to their end
    // The engine's voice generation (0: none yet, or no engine): tests wait for it before measuring idle.
    uint32_t EngineGeneration() const { return Engine_ ? Engine_->Generation() : 0; }
    int WordsReported() const { return WordsReported_; } // words the engine reported in this article


    // Takes the engine's events: words, ends (the next paragraph, or the end), and late voices (the web's). True
    // when Spoken() or the voices changed.
    bool Tick();

private:
    enum class State : unsigned char { Stopped, Playing, Paused };
    void SpeakCurrent();
    void RefreshVoices();
    static std::string Primary(const std::string& tag);

    SpeechEngine* Engine_;
    std::vector<NarrationParagraph> Paragraphs_;
    std::string Language_;
    State State_ = State::Stopped;
    int Current_ = 0;
    int Utterance_ = 0;
    uint32_t WordBegin_ = 0, WordEnd_ = 0;
    int WordsHeard_ = 0;
    int Heard_ = 0, WordsReported_ = 0;
    float Rate_ = 1.0f;
    std::map<std::string, std::string> VoiceByLanguage_; // primary subtag → voice id
    std::vector<Voice> Voices_;                          // filtered for Language_
    std::string VoiceId_;
    uint32_t VoicesGeneration_ = ~0u;
    std::string VoicesLanguage_ = "\x01";
    bool SettingsChanged_ = false;
    std::vector<SpeechEvent> Events_;
};

} // namespace folio::ui
