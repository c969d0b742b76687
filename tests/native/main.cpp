// The doctest runner of folio_native_tests: unit tests of the desktop platform's pure parts (the command
// line, what an input opens, the window's stored geometry), one *_test.cpp per source.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
