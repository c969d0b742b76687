// The doctest runner of folio_ui_tests: the ui layer's parts that need no window, fonts or ImGui frame.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
