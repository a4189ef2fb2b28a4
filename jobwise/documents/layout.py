"""Reading order for two-column pages, from the boxes of a page's text segments.

PDFium returns text in content-stream order, which is right for nearly every CV: Word, browsers,
LaTeX and design tools draw a sidebar, a column or a table cell in one go. We only step in when
the content order goes back and forth between two unrelated columns (a converter that sorted
text by position, a design tool that drew its text frames in the order they were added): then,
between full-width lines, the left column is read before the right one.

Columns whose rows line up are a table (dates beside jobs, Europass labels beside values,
headings in a margin): they keep their content order, which reads each row together.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

Box = tuple[float, float, float, float]  # left, bottom, right, top (PDF points, y grows upwards)

MIN_GUTTER = 8.0  # points of empty space between the columns
ALIGN_SLACK = 3.0  # points: left edges this close are one alignment
MAX_CROSSING_SHARE = 0.25  # titles, headings and footers may span both columns
MIN_COLUMN_LINES = 3
MAX_COLUMN_GAP = 0.2  # of the page: text far away on the right belongs to its line
MAX_ALIGNED_SHARE = 0.6  # more lines of one column than this level with the other's: a table
MIN_BLOCK_STARTS = 3
ROWS_ALIGNED = 0.75  # or most rows of a column start level with the other: a table
BLOCK_GAP = 1.6  # line heights of space above a line that starts a block


@dataclass
class _Band:
    full: list[int] = field(default_factory=list)
    left: list[int] = field(default_factory=list)
    right: list[int] = field(default_factory=list)


def column_order(boxes: Sequence[Box], width: float) -> list[list[int]] | None:
    """Lines (lists of box indices) in reading order, or None when content order is fine."""
    if len(boxes) < 2 * MIN_COLUMN_LINES:
        return None
    gutter = _find_gutter(boxes, width)
    if gutter is None:
        return None
    bands = _bands(boxes, gutter)
    readings = [_reading(boxes, band, width) for band in bands]
    if not any(readings):
        return None
    lines: list[list[int]] = []
    for band, reading in zip(bands, readings, strict=True):
        if reading == "columns":
            lines += _lines(boxes, band.full) + _lines(boxes, band.left) + _lines(boxes, band.right)
        else:  # content order, or a table's rows with each left cell first
            order = reading if isinstance(reading, list) else sorted(band.full + band.left + band.right)
            lines += _content_lines(boxes, order)
    return lines


def _find_gutter(boxes: Sequence[Box], width: float) -> tuple[float, float] | None:
    """The empty vertical strip crossed by the fewest segments, with text on both sides."""
    lefts = sorted(b[0] for b in boxes)
    rights = sorted(b[2] for b in boxes)
    best: tuple[int, int, float] | None = None
    for x in {r for r in rights if 0.15 * width <= r <= 0.8 * width}:
        on_left = bisect_right(rights, x)
        on_right = len(lefts) - bisect_left(lefts, x + MIN_GUTTER)
        crossing = len(boxes) - on_left - on_right
        if min(on_left, on_right) < MIN_COLUMN_LINES:
            continue
        key = (crossing, -min(on_left, on_right), x)
        if best is None or key < best:
            best = key
    if best is None or best[0] > MAX_CROSSING_SHARE * len(boxes):
        return None
    return best[2], best[2] + MIN_GUTTER


def _bands(boxes: Sequence[Box], gutter: tuple[float, float]) -> list[_Band]:
    """Split the page top to bottom at every segment that spans the gutter."""
    bands = [_Band()]
    for i in sorted(range(len(boxes)), key=lambda i: -boxes[i][3]):
        left, _, right, _ = boxes[i]
        if right <= gutter[0]:
            bands[-1].left.append(i)
        elif left >= gutter[1]:
            bands[-1].right.append(i)
        else:
            if bands[-1].left or bands[-1].right:
                bands.append(_Band())
            bands[-1].full.append(i)
            bands.append(_Band())
    return bands


def _reading(boxes: Sequence[Box], band: _Band, width: float) -> str | list[int] | None:
    """How to read a band: None when its content order is fine; "columns" for two unrelated
    columns (near each other, the right one a left-aligned run of lines) that the content order
    goes back and forth between; for a table whose content order draws some right-hand cell
    before the left-hand one of its row (dates drawn after their role), the boxes row by row."""
    if min(len(band.left), len(band.right)) < MIN_COLUMN_LINES:
        return None
    gap = min(boxes[i][0] for i in band.right) - max(boxes[i][2] for i in band.left)
    if gap > MAX_COLUMN_GAP * width or not _left_aligned(boxes, band.right):
        return None  # e.g. dates or places flush right, beside job titles
    left = set(band.left)
    order = sorted(band.left + band.right)
    runs = [[order[0]]]
    for a, b in pairwise(order):
        if (a in left) == (b in left):
            runs[-1].append(b)
        else:
            runs.append([b])
    if len(runs) <= 3:
        return None
    if not _table(boxes, band, runs):
        return "columns"
    rows = _left_cells_first(boxes, runs, left)
    return None if rows == order else sorted(band.full) + rows


def _left_cells_first(boxes: Sequence[Box], runs: list[list[int]], left: set[int]) -> list[int]:
    """The cells in content order, except that a left cell drawn right after the right cell of
    its row (starting level with it) moves before it. A run of one side is cut into cells where
    a gap opens below a line (the next row's heading is not part of this row's date cell)."""
    cells: list[list[int]] = []
    for run in runs:
        cells.append([run[0]])
        for a, b in pairwise(run):
            gap = boxes[a][1] - boxes[b][3]  # an empty line's worth of space, small glyphs aside
            if gap > max(boxes[a][3] - boxes[a][1], boxes[b][3] - boxes[b][1]):
                cells.append([b])
            else:
                cells[-1].append(b)
    for at in range(len(cells) - 1):
        before, after = cells[at], cells[at + 1]
        if before[0] not in left and after[0] in left and _has_level(boxes[after[0]], [boxes[before[0]][3]]):
            cells[at], cells[at + 1] = after, before
    return [i for cell in cells for i in cell]


def _table(boxes: Sequence[Box], band: _Band, runs: list[list[int]]) -> bool:
    """Rows: where both columns have text, most lines of one sit level with a line of the other,
    or most of its blocks start level with one (a date or a label at the top of each row), or
    the content order draws cell after cell, each starting level with a line of the one before."""
    sides = (band.left, band.right)
    bottom = max(min(boxes[i][1] for i in side) for side in sides)
    top = min(max(boxes[i][3] for i in side) for side in sides)
    left, right = ([i for i in side if bottom <= _centre(boxes[i]) <= top] for side in sides)
    for one, other in ((left, right), (right, left)):
        tops = sorted(boxes[i][3] for i in other)
        level = [_has_level(boxes[i], tops) for i in one]
        if one and sum(level) > MAX_ALIGNED_SHARE * len(one):
            return True
        bottoms = sorted(boxes[i][1] for i in one)
        starts = [ok for i, ok in zip(one, level, strict=True) if _starts_block(boxes[i], bottoms)]
        if len(starts) >= MIN_BLOCK_STARTS and sum(starts) >= ROWS_ALIGNED * len(starts):
            return True
    for into in sides:  # each switch to one side opens the next cell, level with the cell before
        cells = [
            _has_level(boxes[b[0]], sorted(boxes[i][3] for i in a)) for a, b in pairwise(runs) if b[0] in into
        ]
        if len(cells) >= 2 and sum(cells) >= ROWS_ALIGNED * len(cells):
            return True
    return False


def _has_level(box: Box, tops: list[float]) -> bool:
    tolerance = max(1.0, 0.12 * (box[3] - box[1]))
    at = bisect_left(tops, box[3] - tolerance)
    return at < len(tops) and tops[at] <= box[3] + tolerance


def _starts_block(box: Box, bottoms: list[float]) -> bool:
    """No line of its column just above it (within a line and a half)."""
    height = box[3] - box[1]
    at = bisect_right(bottoms, box[3] - 0.5 * height)
    return at == len(bottoms) or bottoms[at] > box[3] + (BLOCK_GAP - 1) * height


def _centre(box: Box) -> float:
    return (box[1] + box[3]) / 2


def _left_aligned(boxes: Sequence[Box], indices: list[int]) -> bool:
    """Half the segments start within a few points of one another (bullets and titles alike)."""
    starts = sorted(boxes[i][0] for i in indices)
    best = max(bisect_right(starts, x + ALIGN_SLACK) - at for at, x in enumerate(starts))
    return best >= 0.5 * len(indices)


def _lines(boxes: Sequence[Box], indices: list[int]) -> list[list[int]]:
    """Group segments whose vertical centres fall within one another's height, left to right."""
    lines: list[list[int]] = []
    top = bottom = 0.0
    for i in sorted(indices, key=lambda i: -boxes[i][3]):
        centre = _centre(boxes[i])
        if lines and bottom <= centre <= top:
            lines[-1].append(i)
        else:
            lines.append([i])
            bottom, top = boxes[i][1], boxes[i][3]
    return [sorted(line, key=lambda i: boxes[i][0]) for line in lines]


def _content_lines(boxes: Sequence[Box], indices: list[int]) -> list[list[int]]:
    """Segments in content order; neighbours on the same line (a date and its job) join up."""
    lines: list[list[int]] = []
    top = bottom = 0.0
    for i in indices:
        if lines and bottom <= _centre(boxes[i]) <= top:
            lines[-1].append(i)
        else:
            lines.append([i])
            bottom, top = boxes[i][1], boxes[i][3]
    return [sorted(line, key=lambda i: boxes[i][0]) for line in lines]
