"""Reading order for two-column pages, from the boxes of a page's text segments.

PDFium returns text in content-stream order. Most two-column CVs draw one column after the
other, which reads fine. When the content order alternates between two columns whose lines do
not line up (a sidebar beside a main column, drawn top to bottom across the page), we reorder:
full-width lines stay in place and, between them, the left column is read before the right one.
Columns whose lines pair up row by row are a table (Europass-style dates beside jobs, titles
beside dates); reading those row by row keeps each date with its job, so they stay as they are.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

Box = tuple[float, float, float, float]  # left, bottom, right, top (PDF points, y grows upwards)

MIN_GUTTER = 8.0  # points of empty space between the columns
MAX_CROSSING_SHARE = 0.25  # titles, headings and footers may span both columns
MIN_COLUMN_LINES = 3
MIN_COLUMN_WIDTH = 0.25  # of the page: narrower "columns" are dates or labels beside a line
MAX_COLUMN_GAP = 0.2  # of the page: text far away on the right belongs to its line
MAX_ALIGNED_SHARE = 0.6  # more right-hand lines than this sharing a baseline: a table


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
    if not any(_interleaved(boxes, band, width) for band in bands):
        return None
    lines: list[list[int]] = []
    for band in bands:
        lines += _lines(boxes, band.full) + _lines(boxes, band.left) + _lines(boxes, band.right)
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


def _interleaved(boxes: Sequence[Box], band: _Band, width: float) -> bool:
    """Both columns are real (wide, near, left-aligned runs of lines) and the content order alternates."""
    if min(len(band.left), len(band.right)) < MIN_COLUMN_LINES:
        return False
    right_start = min(boxes[i][0] for i in band.right)
    right_width = max(boxes[i][2] for i in band.right) - right_start
    gap = right_start - max(boxes[i][2] for i in band.left)
    if right_width < MIN_COLUMN_WIDTH * width or gap > MAX_COLUMN_GAP * width:
        return False  # e.g. dates or locations at the right edge, beside job titles
    if not _left_aligned(boxes, band.right) or _rows_aligned(boxes, band):
        return False
    left = set(band.left)
    sides = [i in left for i in sorted(band.left + band.right)]
    switches = sum(a != b for a, b in pairwise(sides))
    return switches > 2


def _rows_aligned(boxes: Sequence[Box], band: _Band) -> bool:
    """Most right-hand segments sit on the line of a left-hand one, as in a table."""
    left_centres = sorted(_centre(boxes[i]) for i in band.left)
    paired = 0
    for i in band.right:
        centre, tolerance = _centre(boxes[i]), (boxes[i][3] - boxes[i][1]) / 4  # same baseline, give or take
        at = bisect_left(left_centres, centre - tolerance)
        paired += at < len(left_centres) and left_centres[at] <= centre + tolerance
    return paired > MAX_ALIGNED_SHARE * len(band.right)


def _centre(box: Box) -> float:
    return (box[1] + box[3]) / 2


def _left_aligned(boxes: Sequence[Box], indices: list[int]) -> bool:
    starts = Counter(round(boxes[i][0] / 3) for i in indices)
    return starts.most_common(1)[0][1] >= 0.5 * len(indices)


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
