// The doctest runner of folio_model_tests; the tests live beside it, one *_test.cpp per model source.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
