// The doctest runner of folio_native_tests: unit tests of the desktop platform's parts that need no window (the
// command line, what an input opens, the window's stored geometry, the download worker), one *_test.cpp per
// source.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
