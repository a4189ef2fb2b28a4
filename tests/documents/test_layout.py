"""Reading order from segment boxes alone (pure geometry, no PDF needed)."""

from __future__ import annotations

from jobwise.documents.layout import Box, column_order

WIDTH = 595.0


def row(y: float, *spans: tuple[float, float]) -> list[Box]:
    return [(left, y, right, y + 10) for left, right in spans]


def test_single_column_keeps_content_order():
    boxes = [box for i in range(10) for box in row(700 - 15 * i, (56, 500))]
    assert column_order(boxes, WIDTH) is None


def test_row_by_row_sidebar_is_read_column_by_column():
    heading = row(780, (56, 400))
    body = [box for i in range(5) for box in row(700 - 15 * i, (56, 150), (230, 520))]
    footer = row(60, (56, 300))
    order = column_order(heading + body + footer, WIDTH)
    left = [[1 + 2 * i] for i in range(5)]
    right = [[2 + 2 * i] for i in range(5)]
    assert order == [[0], *left, *right, [11]]


def test_columns_drawn_one_after_the_other_need_no_reordering():
    left = [box for i in range(5) for box in row(700 - 15 * i, (56, 150))]
    right = [box for i in range(5) for box in row(700 - 15 * i, (230, 520))]
    assert column_order(left + right, WIDTH) is None


def test_dates_at_the_right_edge_are_not_a_column():
    boxes = [box for i in range(6) for box in row(700 - 15 * i, (56, 200), (487, 540))]
    assert column_order(boxes, WIDTH) is None


def test_a_long_line_across_the_gutter_separates_bands():
    top = [box for i in range(3) for box in row(700 - 15 * i, (56, 150), (230, 520))]
    across = row(640, (56, 520))
    bottom = [box for i in range(3) for box in row(600 - 15 * i, (56, 150), (230, 520))]
    order = column_order(top + across + bottom, WIDTH)
    assert order == [[0], [2], [4], [1], [3], [5], [6], [7], [9], [11], [8], [10], [12]]
