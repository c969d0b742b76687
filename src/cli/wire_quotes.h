// Quotes in wire copy: a paragraph in quotation marks with an attribution clause ("…," the diplomat said.),
// and the speaker resolved to the person the story names ("the diplomat" -> "Mikhail Galuzin").
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

namespace folio::cli {

// A person the story introduces with a role: "Russian Ambassador to Japan Mikhail Galuzin" gives
// {Name "Mikhail Galuzin", Role "ambassador", Paragraph 3}.
struct NamedPerson {
    std::string Name;
    std::string Role;      // the role noun, lower case
    size_t Paragraph = 0;  // where the story first introduces them
};

// Finds people introduced as ROLE [to|of PLACE] First Last in the paragraphs, in order of appearance.
std::vector<NamedPerson> FindNamedPeople(const std::vector<std::string>& paragraphs);

// A quoted paragraph, split: the words without quotation marks (a closing comma becomes a full stop) and the
// speaker as the attribution clause names them ("the diplomat", "Galuzin", "he").
struct QuotedParagraph {
    std::string Text;
    std::string Speaker;
};

// Recognises "QUOTE," SPEAKER VERB. / "QUOTE," VERB SPEAKER. / "QUOTE." (no attribution), with straight or curly
// double quotes or guillemets, and a quote continued after the attribution ("A," he said. "B."). False when the
// paragraph is not one quote (it then stays a paragraph).
bool SplitQuote(const std::string& paragraph, QuotedParagraph* out);

// What ResolveSpeaker looks people up in, built once per story so that resolving all its quotes takes time
// linear in the story (a scan of every person or paragraph per quote made 30,000 quotes take minutes): the
// people by surname and by role, in order of appearance, and for each word the first "First Word" pair the
// story gives. `people` must be in order of appearance, as FindNamedPeople gives them.
class SpeakerIndex {
public:
    SpeakerIndex(std::vector<NamedPerson> people, const std::vector<std::string>& paragraphs);
    // The latest person introduced by paragraph `at` among `candidates` (indexes into the people, ascending),
    // else the first one after it; nullptr when there are none.
    const NamedPerson* Latest(const std::vector<size_t>& candidates, size_t at) const;
    const std::vector<size_t>& Everyone() const { return Everyone_; }
    const std::vector<size_t>& WithSurname(const std::string& surname) const;
    const std::vector<size_t>& WithRole(const std::string& role) const;
    // "Mikhail Galuzin" for "Galuzin" when the story says "Mikhail Galuzin" anywhere (the first such pair whose
    // first word is capitalised and not a role), else "".
    std::string FullName(const std::string& surname) const;

private:
    std::vector<NamedPerson> People_;
    std::vector<size_t> Everyone_, None_;
    std::unordered_map<std::string, std::vector<size_t>> BySurname_, ByRole_;
    std::unordered_map<std::string, std::string> FullNames_;
};

// The person a speaker phrase means, as of paragraph `at`: a surname resolves to the full name the story
// gives; a description ("the diplomat") to the latest person of a matching role; a pronoun to `previous`.
// Returns the phrase itself when nothing matches, and sets *resolved to false.
std::string ResolveSpeaker(const std::string& speaker, size_t at, const SpeakerIndex& index, const std::string& previous,
                           bool* resolved);

} // namespace folio::cli
