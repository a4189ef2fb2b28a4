"""Text extraction speed: raw in-process pypdfium2 against `extract_text` (worker pool).

Run: python -m benchmarks.extraction [--runs 200]
CPU for `extract_text` counts this process and the pool's worker processes.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time
from collections.abc import Callable

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from jobwise.documents import extract_text, shutdown_pool, start_pool

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def two_page_cv() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(2):
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(56, 790, f"Jane Doe — Senior Software Engineer (page {page + 1})")
        for row in range(45):
            pdf.setFont(["Helvetica", "Times-Roman", "Courier"][row % 3], 10)
            text = f"• Built Python and PostgreSQL services handling {row + 1} million requests a day at Acme"
            pdf.drawString(56, 760 - row * 15, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def raw_pypdfium2(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    texts = []
    for page in document:
        textpage = page.get_textpage()
        texts.append(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return "\n".join(texts)


def children_cpu_s() -> float:
    """utime + stime of this process's live children (the pool workers), from /proc."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as file:
                fields = file.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid():
            total += int(fields[11]) + int(fields[12])
    return total / CLOCK_TICKS


def measure(call: Callable[[], object], runs: int, *, with_children: bool) -> tuple[float, float]:
    """Median wall ms per call, and mean CPU ms per call (this process + workers if asked)."""
    walls = []
    cpu_start = time.process_time() + (children_cpu_s() if with_children else 0.0)
    for _ in range(runs):
        started = time.perf_counter()
        call()
        walls.append((time.perf_counter() - started) * 1000)
    cpu_end = time.process_time() + (children_cpu_s() if with_children else 0.0)
    return statistics.median(walls), (cpu_end - cpu_start) * 1000 / runs


def compare(data: bytes, runs: int, rounds: int = 10) -> tuple[list[float], list[float]]:
    """Alternate short batches of both, so background load hits them alike; medians over batches."""
    raw: list[tuple[float, float]] = []
    pool: list[tuple[float, float]] = []
    for _ in range(10):
        raw_pypdfium2(data), extract_text(data)
    for _ in range(rounds):
        raw.append(measure(lambda: raw_pypdfium2(data), runs // rounds, with_children=False))
        pool.append(measure(lambda: extract_text(data), runs // rounds, with_children=True))
    return [statistics.median(x) for x in zip(*raw, strict=True)], [
        statistics.median(x) for x in zip(*pool, strict=True)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    data = two_page_cv()
    assert extract_text(data).text.count("\n") >= 90  # the pool really extracts both pages
    shutdown_pool()
    started = time.perf_counter()
    start_pool()
    cold_ms = (time.perf_counter() - started) * 1000
    (raw_wall, raw_cpu), (pool_wall, pool_cpu) = compare(data, runs)
    shutdown_pool()
    print(f"2-page text PDF, {len(data)} bytes, {runs} runs each (interleaved batches)")
    print(f"raw pypdfium2 in-process : median wall {raw_wall:6.2f} ms, CPU {raw_cpu:6.2f} ms/doc")
    print(f"extract_text (pool)      : median wall {pool_wall:6.2f} ms, CPU {pool_cpu:6.2f} ms/doc")
    print(f"ratio                    : wall {pool_wall / raw_wall:.2f}x, CPU {pool_cpu / raw_cpu:.2f}x")
    print(f"pool start (spawn + imports, once): {cold_ms:.0f} ms")


if __name__ == "__main__":
    main()
