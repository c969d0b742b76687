// ParseArgs: inputs, options and the messages for mistakes.
#include "platform/native/args.h"

#include <doctest/doctest.h>
#include <vector>

using folio::platform::NativeArgs;
using folio::platform::ParseArgs;

static bool Parse(std::vector<const char*> argv, NativeArgs* out, std::string* error) {
    argv.insert(argv.begin(), "folio");
    return ParseArgs((int)argv.size(), const_cast<char**>(argv.data()), out, error);
}

TEST_CASE("args: an input and every option") {
    NativeArgs a;
    std::string err;
    REQUIRE(Parse({"https://example.org/news/", "--article", "x1", "--screenshot", "out.png", "--size", "1200x630",
                   "--theme", "sepia", "--scale", "2"}, &a, &err));
    CHECK(a.Input == "https://example.org/news/");
    CHECK(a.ArticleId == "x1");
    CHECK(a.Screenshot == "out.png");
    CHECK(a.Width == 1200);
    CHECK(a.Height == 630);
    CHECK(a.SizeGiven);
    CHECK(a.Theme == "sepia");
    CHECK(a.Scale == 2.0f);
}

TEST_CASE("args: defaults") {
    NativeArgs a;
    std::string err;
    REQUIRE(Parse({}, &a, &err));
    CHECK(a.Input.empty());
    CHECK(a.Width == 1280);
    CHECK(a.Height == 800);
    CHECK_FALSE(a.SizeGiven);
    CHECK(a.Scale == 0.0f);
    CHECK(a.Theme.empty());
}

TEST_CASE("args: --version and --help") {
    NativeArgs a;
    std::string err;
    REQUIRE(Parse({"--version"}, &a, &err));
    CHECK(a.Version);
    REQUIRE(Parse({"--help"}, &a, &err));
    CHECK(a.Help);
}

TEST_CASE("args: mistakes say what is wrong") {
    struct Case { std::vector<const char*> argv; const char* says; };
    const Case cases[] = {
        {{"--scale", "0"}, "--scale wants a number from 0.5 to 4"},
        {{"--scale", "2x"}, "--scale wants a number"},
        {{"--scale", "nan"}, "--scale wants a number"},
        {{"--theme", "purple"}, "--theme wants light, dark, sepia, high-contrast or auto; got \"purple\""},
        {{"--size", "10x10"}, "--size wants WIDTHxHEIGHT"},
        {{"--size", "16000x800", "--scale", "2"}, "within 16384 pixels"},
        {{"--article"}, "--article needs a value"},
        {{"a", "b"}, "one bundle or article at a time"},
        {{"--nope"}, "unknown option --nope"},
        {{"x.json", "--screenshot", "x.json"}, "would overwrite the file being read"},
    };
    for (const Case& c : cases) {
        NativeArgs a;
        std::string err;
        CAPTURE(c.says);
        CHECK_FALSE(Parse(c.argv, &a, &err));
        CHECK(err.find(c.says) != std::string::npos);
    }
}
