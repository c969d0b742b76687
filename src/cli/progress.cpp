// Progress: "\r  importing [#########           ]  45%  45000/100000" on a terminal's stderr.
#include "cli/progress.h"
#include "cli/console.h"

#include <cstdio>
#include <unistd.h>

namespace folio::cli {

Progress::Progress(std::string what, size_t total, size_t min_total)
    : What_(std::move(what)), Total_(total), On_(total >= min_total && isatty(2)) {}

void Progress::Step(size_t done) {
    if (!On_ || Total_ == 0) return;
    const size_t percent = done * 100 / Total_;
    if (percent == LastPercent_) return;
    LastPercent_ = percent;
    char bar[31];
    for (size_t i = 0; i < 30; ++i) bar[i] = i < percent * 30 / 100 ? '#' : ' ';
    bar[30] = 0;
    char line[160];
    std::snprintf(line, sizeof line, "  %-10s [%s] %3zu%%  %zu/%zu", What_.c_str(), bar, percent, done, Total_);
    PrintStatus(stderr, line);
}

void Progress::Finish() {
    if (!On_) return;
    ClearStatus(stderr);
}

} // namespace folio::cli
