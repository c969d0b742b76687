// A progress bar on stderr for long builds, drawn only when stderr is a terminal and the job is large (through
// console.h, like every message).
#pragma once
#include <cstddef>
#include <string>

namespace folio::cli {

class Progress {
public:
    // `what` labels the bar ("importing"); nothing is drawn for fewer than min_total steps or off a terminal.
    Progress(std::string what, size_t total, size_t min_total = 200);
    void Step(size_t done);  // redraws at most every 1% of the way
    void Finish();           // clears the bar's line
private:
    std::string What_;
    size_t Total_, LastPercent_ = 101;
    bool On_;
};

} // namespace folio::cli
