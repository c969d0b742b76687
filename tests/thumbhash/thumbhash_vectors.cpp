// The model's ThumbHash on the command line, for tests/thumbhash/conformance.test.mjs to compare with the reference.
// Reads lines from stdin and answers each with one line:
//   E <width> <height> <rgba in base64>   ->  "<hash in base64>", or "error <why>"
//   D <hash in base64>                    ->  "<width> <height> <rgba in base64> <ratio> <r> <g> <b> <a>" (the
//                                             decoded placeholder, ThumbHashAspectRatio, ThumbHashAverageRgba;
//                                             numbers as %.17g, exact for a double), or "error <why>"
//   C <angle>                             ->  "<cos(angle)>" as this build's libm gives it, %.17g
#include "model/base64.h"
#include "model/thumbhash.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

using namespace folio;

namespace {

std::string Number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string Answer(const std::string& line) {
    std::istringstream in(line);
    std::string op, why;
    in >> op;
    if (op == "E") {
        int w = 0, h = 0;
        std::string text;
        std::vector<uint8_t> rgba, hash;
        in >> w >> h >> text;
        if (!FromBase64(text, &rgba)) return "error bad base64";
        if (!ThumbHashFromRgba(w, h, rgba.data(), rgba.size(), &hash, &why)) return "error " + why;
        return ToBase64(hash);
    }
    if (op == "D") {
        std::string text;
        std::vector<uint8_t> hash, rgba;
        in >> text;
        if (!FromBase64(text, &hash)) return "error bad base64";
        int w = 0, h = 0;
        double ratio = 0;
        ThumbHashColor c;
        if (!ThumbHashToRgba(hash, &w, &h, &rgba, &why) || !ThumbHashAspectRatio(hash, &ratio, &why) ||
            !ThumbHashAverageRgba(hash, &c, &why))
            return "error " + why;
        return std::to_string(w) + " " + std::to_string(h) + " " + ToBase64(rgba) + " " + Number(ratio) + " " +
               Number(c.R) + " " + Number(c.G) + " " + Number(c.B) + " " + Number(c.A);
    }
    if (op == "C") {
        std::string text;
        in >> text;
        return Number(std::cos(std::strtod(text.c_str(), nullptr)));
    }
    return "error unknown request " + op;
}

} // namespace

int main() {
    std::string line;
    while (std::getline(std::cin, line)) std::cout << Answer(line) << '\n';
    return 0;
}
