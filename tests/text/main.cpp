// The doctest runner of folio_text_tests: the platform's text services (tests/text/*_test.cpp).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
