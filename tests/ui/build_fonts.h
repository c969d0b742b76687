// The fonts the build made, served through the fake Host: ui tests that draw or resolve faces for real fetch
// "fonts/<file>" and get the build's fonts/<file> (FOLIO_TEST_FONTS_DIR, set for folio_ui_tests by cmake/tests.cmake).
#pragma once
#include "fake_host.h"

#include <fstream>
#include <sstream>
#include <string>

namespace folio::test {

inline void ServeBuildFonts(FakeHost& host) {
    host.Make = [](const std::string& url, std::string* body) {
        if (url.rfind("fonts/", 0) != 0) return false;
        std::ifstream in(std::string(FOLIO_TEST_FONTS_DIR "/") + url.substr(6), std::ios::binary);
        if (!in) return false;
        std::ostringstream bytes;
        bytes << in.rdbuf();
        *body = bytes.str();
        return true;
    };
}

} // namespace folio::test
