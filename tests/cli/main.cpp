// The doctest runner of folio_cli_tests; the tests live beside it, one *_test.cpp per source of src/cli/.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
