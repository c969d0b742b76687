// Reading a publisher's source file (plain text or Markdown) into clean UTF-8 lines, with warnings for what
// had to change: invalid UTF-8 (each stray byte becomes U+FFFD), NUL and other control characters, bidi
// overrides. A byte order mark, which many editors write, is dropped without one. Shared by the text and
// Markdown importers.
#pragma once
#include "model/error.h"
#include "model/limits.h" // kMaxSourceBytes

#include <functional>
#include <string>
#include <vector>

namespace folio::cli {

// Cleans raw bytes. Fails on an empty file (or one holding only white space) and on one over kMaxSourceBytes.
bool CleanSource(const std::string& raw, const std::string& file, std::string* out, std::vector<Error>* warnings,
                 Error* err);

// A paragraph of a plain-text source: its lines joined by single spaces, and the line it starts on.
struct SourceParagraph {
    std::string Text;
    size_t Line = 0;
};

// Splits cleaned text into paragraphs at blank lines.
// A line for which stands_alone is true is a paragraph of its own even without blank lines around it (a wire
// story's photo line, so the line after it is never taken into it).
std::vector<SourceParagraph> SplitParagraphs(const std::string& text,
                                             const std::function<bool(const std::string& line)>& stands_alone = nullptr);

// The article id a file name gives: the name without folders and extension, and without a leading
// order prefix of digits and an underscore ("000_801a1fae005ec4bc.txt" -> "801a1fae005ec4bc").
std::string IdFromFileName(const std::string& path);

} // namespace folio::cli
