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


def table_rows(date_lines: int) -> tuple[list[Box], list[list[Box]]]:
    """A dates-left layout table drawn cell by cell: each row's date cell, then its role cell."""
    boxes: list[Box] = []
    rows = []
    for row in range(3):
        top = 700 - 80 * row
        dates = [(56.0, top - 10 - 11 * i, 110.0, top - 11 * i) for i in range(date_lines)]
        role = [(140.0, top - 10 - 13 * i, 520.0 - 40 * (i % 2), top - 13 * i) for i in range(5)]
        boxes += dates + role
        rows.append(dates + role)
    return boxes, rows


def test_layout_table_drawn_cell_by_cell_keeps_each_date_with_its_role():
    for date_lines in (1, 2):  # a date cell that wraps has a leading of its own
        boxes, _ = table_rows(date_lines)
        assert column_order(boxes, WIDTH) is None


def test_layout_table_sorted_top_down_still_reads_row_by_row():
    boxes, _ = table_rows(1)
    top_down = sorted(boxes, key=lambda box: (-box[3], box[0]))
    assert column_order(top_down, WIDTH) is None


def test_narrow_right_sidebar_drawn_top_down_is_read_after_the_main_column():
    main = [(56.0, 704 - 12.0 * i, 380.0, 714 - 12.0 * i) for i in range(8)]
    side = [(420.0, 700 - 15.0 * i, 520.0, 710 - 15.0 * i) for i in range(5)]  # 17% of the page
    boxes = sorted(main + side, key=lambda box: -box[3])
    order = column_order(boxes, WIDTH)
    assert order is not None
    assert [boxes[i] for line in order for i in line] == main + side


def test_text_frames_drawn_in_creation_order_are_read_column_by_column():
    """Design tools draw frames in the order they were added: a sidebar block, a main block..."""
    side_a = [(56.0, 700 - 15.0 * i, 150.0, 710 - 15.0 * i) for i in range(4)]
    main_a = [(230.0, 716 - 12.0 * i, 520.0, 726 - 12.0 * i) for i in range(5)]
    side_b = [(56.0, 600 - 15.0 * i, 150.0, 610 - 15.0 * i) for i in range(4)]
    main_b = [(230.0, 644 - 12.0 * i, 520.0, 654 - 12.0 * i) for i in range(6)]
    boxes = side_a + main_a + side_b + main_b
    order = column_order(boxes, WIDTH)
    assert order is not None
    assert [boxes[i] for line in order for i in line] == side_a + side_b + main_a + main_b


def test_a_table_band_keeps_content_order_and_joins_each_date_with_its_role():
    left = [(56.0, 860 - 15.0 * i, 110.0, 870 - 15.0 * i) for i in range(4)]
    right = [(140.0, 864 - 12.0 * i, 520.0, 874 - 12.0 * i) for i in range(5)]
    sidebar_band = sorted(left + right, key=lambda box: -box[3])  # top down across the columns
    across = row(760, (56, 520))
    table, rows = table_rows(1)
    boxes = sidebar_band + across + table
    order = column_order(boxes, WIDTH)
    assert order is not None
    lines = [[boxes[i] for i in line] for line in order]
    assert [box for line in lines[: len(left + right)] for box in line] == left + right
    assert lines[len(left + right) + 1 :][:2] == [rows[0][:2], rows[0][2:3]]


def test_dates_drawn_after_their_roles_are_read_first_in_their_row():
    boxes: list[Box] = []
    rows = []
    for row in range(3):
        top = 700 - 70 * row
        role = [(130.0, top - 9, 300.0, top), (130.0, top - 21, 260.0, top - 12)]  # title, employer
        duties: list[Box] = []
        for i in range(2):  # a small bullet glyph, then the duty's text
            y = top - 26 - 12 * i
            duties += [(130.0, y - 6, 133.0, y - 3), (140.0, y - 9, 480.0, y)]
        dates = [(60.0, top - 9, 118.0, top)]
        boxes += role + duties + dates  # each date drawn after its role's block
        rows.append((dates, role))
    order = column_order(boxes, WIDTH)
    assert order is not None
    lines = [[boxes[i] for i in line] for line in order]
    for dates, role in rows:
        assert [*dates, role[0]] in lines  # the date opens its role's line
