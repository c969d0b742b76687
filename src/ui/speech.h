// What the UI asks of a platform's speech synthesis (read aloud): its voices, one utterance at a time, and what it
// reports back (started, a word reached, ended). ImGui-free; the platform implements it (the Web Speech API on the
// web, speech-dispatcher loaded at run time on the desktop) and Host::Speech() hands it out, null where none exists.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace folio::ui {

struct Voice {
    std::string Id;        // what Speak is given back (the web's voiceURI, speech-dispatcher's synthesis voice name)
    std::string Name;      // shown to the reader
    std::string Language;  // a BCP 47 tag ("en-GB"), "" when the engine does not say
    bool Default = false;  // the engine's own choice
};

struct SpeechEvent {
    enum class Kind : unsigned char { Start, Word, End, Error };
    Kind What = Kind::End;
    int Utterance = 0;      // the id Speak returned
    uint32_t Begin = 0;     // Word: the word's bytes in the utterance's text (UTF-8 offsets)
    uint32_t End = 0;
};

class SpeechEngine {
public:
    virtual ~SpeechEngine() = default;
    // The voices it has now (the web's arrive late: Generation() changes when they do). Empty: none, no read aloud.
    virtual const std::vector<Voice>& Voices() = 0;
    virtual uint32_t Generation() const = 0;
    // Speaks text (UTF-8) in the voice (an Id of Voices(), or "" for the engine's choice) at rate (1 is normal,
    // 0.5 to 2), with lang the text's language; returns the utterance's id, or 0 if it was refused. What was
    // speaking is cancelled first (its End is never reported).
    virtual int Speak(const std::string& text, const std::string& voice, const std::string& lang, float rate) = 0;
    virtual void Cancel() = 0;  // stops speaking; nothing more of the utterance is reported
    virtual void Pause() = 0;
    virtual void Resume() = 0;
    // Hands over what happened since the last call, in order (out is cleared first; a quiet engine allocates nothing).
    // The platform asks for a frame (Host::RequestFrame) when something arrives.
    virtual void Poll(std::vector<SpeechEvent>& out) = 0;
};

} // namespace folio::ui
