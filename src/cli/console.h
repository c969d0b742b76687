// What folio-bundle (and the desktop viewer, which links this library) prints for people: errors, warnings, usage
// complaints, summaries and the progress bar. Every such text goes through Printable (model/json_read.h) here and
// nowhere else, so a file name, a front-matter key, a JSON key or a value from a hostile source cannot move the
// cursor, retitle the terminal, reorder the line or forge another one. Fixed texts (the usage) and the article JSON
// `import` writes on stdout are not messages.
#pragma once
#include <cstdio>
#include <string>

namespace folio::cli {

// One line: Printable(line), then a newline.
void PrintLine(std::FILE* to, const std::string& line);

// The progress line, redrawn in place: a carriage return, then Printable(text), then no newline.
void PrintStatus(std::FILE* to, const std::string& text);
// Blanks the progress line and returns to its start.
void ClearStatus(std::FILE* to);

} // namespace folio::cli
