// LayoutChipRows: the feed's filter chips wrap inside the text column, every chip placed, none past the column's end.
#include "ui/chip_rows.h"

#include <doctest/doctest.h>

#include <vector>

using namespace folio::ui;

static ChipRows Layout(const std::vector<float>& widths, float column) {
    ChipRows rows;
    LayoutChipRows(widths.data(), widths.size(), column, ChipMetrics{}, &rows);
    return rows;
}

// Every chip inside [0, column], on a row of its own height, not overlapping its neighbour on the same row.
static void CheckInside(const ChipRows& rows, float column) {
    const ChipMetrics m;
    for (size_t i = 0; i < rows.Places.size(); ++i) {
        const ChipPlace& p = rows.Places[i];
        CHECK(p.X >= 0.0f);
        CHECK(p.X + p.W <= column);
        CHECK(p.Y + m.ChipHeight <= rows.Height);
        if (i > 0 && rows.Places[i - 1].Y == p.Y) CHECK(rows.Places[i - 1].X + rows.Places[i - 1].W + m.GapX <= p.X);
    }
}

TEST_CASE("chips that fit stay on one row, in order, with the row's height") {
    const ChipRows rows = Layout({40, 60, 80}, 400);
    REQUIRE(rows.Places.size() == 3);
    CHECK(rows.Rows == 1);
    CHECK(rows.Height == 28.0f);
    CHECK(rows.Places[0].X == 0.0f);
    CHECK(rows.Places[1].X == 48.0f);
    CHECK(rows.Places[2].X == 116.0f);
    CheckInside(rows, 400);
}

TEST_CASE("the sample's twelve chips wrap within a phone's column and a 900 px column, and the height follows") {
    const std::vector<float> widths = {44, 96, 120, 88, 70, 132, 64, 90, 110, 76, 58, 101};
    for (float column : {342.0f, 620.0f, 680.0f}) {
        CAPTURE(column);
        const ChipRows rows = Layout(widths, column);
        REQUIRE(rows.Places.size() == widths.size()); // every chip has a place: none cut off
        CheckInside(rows, column);
        CHECK(rows.Rows > 1);
        CHECK(rows.Height == rows.Rows * 28.0f + (rows.Rows - 1) * 8.0f);
        CHECK(rows.Places.back().Y == rows.Height - 28.0f);
    }
    CHECK(Layout(widths, 342).Rows > Layout(widths, 680).Rows);
}

TEST_CASE("a chip wider than the column is narrowed to it, on a row of its own") {
    const ChipRows rows = Layout({50, 500, 50}, 300);
    REQUIRE(rows.Rows == 3);
    CHECK(rows.Places[1].X == 0.0f);
    CHECK(rows.Places[1].W == 300.0f);
    CheckInside(rows, 300);
}

TEST_CASE("no chips take no room; laying out again reuses the places") {
    ChipRows rows;
    LayoutChipRows(nullptr, 0, 300, ChipMetrics{}, &rows);
    CHECK(rows.Height == 0.0f);
    CHECK(rows.Rows == 0);
    const std::vector<float> widths(12, 80.0f);
    LayoutChipRows(widths.data(), widths.size(), 300, ChipMetrics{}, &rows);
    const ChipPlace* before = rows.Places.data();
    LayoutChipRows(widths.data(), widths.size(), 320, ChipMetrics{}, &rows);
    CHECK(rows.Places.data() == before);
}

TEST_CASE("a right-to-left feed's chips fill their rows from the column's right edge, the first chip rightmost") {
    const float column = 300;
    const std::vector<float> widths = {40, 60, 80, 120, 50};
    const ChipRows ltr = Layout(widths, column);
    ChipRows rtl;
    LayoutChipRows(widths.data(), widths.size(), column, ChipMetrics{}, &rtl, true);
    REQUIRE(rtl.Places.size() == widths.size());
    CHECK(rtl.Rows == ltr.Rows);
    CHECK(rtl.Height == ltr.Height);
    for (size_t i = 0; i < widths.size(); ++i) {
        CAPTURE(i);
        CHECK(rtl.Places[i].Y == ltr.Places[i].Y); // the same rows
        CHECK(rtl.Places[i].W == ltr.Places[i].W);
        CHECK(rtl.Places[i].X == doctest::Approx(column - ltr.Places[i].X - ltr.Places[i].W)); // mirrored
        CHECK(rtl.Places[i].X >= 0.0f);
        if (i > 0 && rtl.Places[i - 1].Y == rtl.Places[i].Y) CHECK(rtl.Places[i].X < rtl.Places[i - 1].X); // right to left
    }
    CHECK(rtl.Places[0].X + rtl.Places[0].W == doctest::Approx(column)); // "All" at the right edge
}
