// PrintLine, PrintStatus, ClearStatus: the one way out to the terminal, through Printable.
#include "cli/console.h"
#include "model/json_read.h"

namespace folio::cli {

void PrintLine(std::FILE* to, const std::string& line) {
    const std::string text = Printable(line) + "\n";
    std::fwrite(text.data(), 1, text.size(), to);
}

void PrintStatus(std::FILE* to, const std::string& text) {
    const std::string shown = "\r" + Printable(text);
    std::fwrite(shown.data(), 1, shown.size(), to);
    std::fflush(to);
}

void ClearStatus(std::FILE* to) {
    std::fprintf(to, "\r%*s\r", 80, "");
    std::fflush(to);
}

} // namespace folio::cli
