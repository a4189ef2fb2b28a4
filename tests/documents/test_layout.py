"""Reading order from segment boxes alone (pure geometry, no PDF needed)."""

from __future__ import annotations

from jobwise.documents.layout import Box, column_order

WIDTH = 595.0


def row(y: float, *spans: tuple[float, float]) -> list[Box]:
    return [(left, y, right, y + 10) for left, right in spans]


def test_single_column_keeps_content_order():
    boxes = [box for i in range(10) for box in row(700 - 15 * i, (56, 500))]
    assert column_order(boxes, WIDTH) is None


def test_sidebar_drawn_top_down_across_columns_is_read_column_by_column():
    heading = row(780, (56, 400))
    left = [(56.0, 700 - 15.0 * i, 150.0, 710 - 15.0 * i) for i in range(5)]
    right = [(230.0, 704 - 12.0 * i, 520.0, 714 - 12.0 * i) for i in range(6)]
    body = sorted(left + right, key=lambda box: -box[3])  # content order: top to bottom
    footer = row(60, (56, 300))
    boxes = heading + body + footer
    order = column_order(boxes, WIDTH)
    assert order is not None
    assert [boxes[i] for line in order for i in line] == heading + left + right + footer


def test_rows_that_pair_up_are_a_table_and_keep_content_order():
    boxes = [box for i in range(5) for box in row(700 - 15 * i, (56, 150), (230, 520))]
    assert column_order(boxes, WIDTH) is None


def test_columns_drawn_one_after_the_other_need_no_reordering():
    left = [box for i in range(5) for box in row(700 - 15 * i, (56, 150))]
    right = [box for i in range(5) for box in row(700 - 15 * i, (230, 520))]
    assert column_order(left + right, WIDTH) is None


def test_dates_at_the_right_edge_are_not_a_column():
    boxes = [box for i in range(6) for box in row(700 - 15 * i, (56, 200), (487, 540))]
    assert column_order(boxes, WIDTH) is None


def sidebar(top: float) -> tuple[list[Box], list[Box]]:
    left = [(56.0, top - 15.0 * i, 150.0, top + 10 - 15.0 * i) for i in range(3)]
    right = [(230.0, top + 4 - 12.0 * i, 520.0, top + 14 - 12.0 * i) for i in range(4)]
    return left, right


def test_a_long_line_across_the_gutter_separates_bands():
    (left_a, right_a), (left_b, right_b) = sidebar(700), sidebar(580)
    across = row(640, (56, 520))
    boxes = (
        sorted(left_a + right_a, key=lambda b: -b[3]) + across + sorted(left_b + right_b, key=lambda b: -b[3])
    )
    order = column_order(boxes, WIDTH)
    assert order is not None
    assert [boxes[i] for line in order for i in line] == left_a + right_a + across + left_b + right_b
