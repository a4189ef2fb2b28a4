"""The whole journey in headless Chromium against `jobwise serve` (API + UI): create an account, upload a
CV, see its skills and score, add a job from pasted text, see the match, move it to applied, and see the
dashboard change. Screenshots of each step go to docs/screenshots/."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("JOBWISE_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium); browser journey skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Journey:
    def __init__(self, page: Any) -> None:
        self.page = page

    def visible(self, selector: str) -> Any:
        return self.page.locator(f"{selector} >> visible=true").first

    def text(self, text: str, timeout: float = 60_000) -> None:
        try:
            self.page.get_by_text(text, exact=False).first.wait_for(state="visible", timeout=timeout)
        except Exception:
            self.page.screenshot(path=str(SHOTS.parent / "e2e-failure.png"))  # what the page showed instead
            raise

    def button(self, name: str) -> None:
        self.page.get_by_role("button", name=name).first.click()

    def nav(self, name: str) -> None:
        self.page.get_by_role("link", name=name, exact=True).first.click()

    def shot(self, name: str) -> None:
        """The whole page: Streamlit scrolls inside its main block, so grow the window to fit it."""
        self.page.wait_for_timeout(1200)  # let charts finish drawing
        size = self.page.viewport_size
        height = self.page.evaluate(
            "document.querySelector('[data-testid=\"stMainBlockContainer\"]')?.scrollHeight || 0"
        )
        self.page.set_viewport_size(
            {"width": size["width"], "height": min(max(size["height"], height + 120), 4000)}
        )
        self.page.wait_for_timeout(600)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"))
        self.page.set_viewport_size(size)

    def idle(self) -> None:
        """Wait until Streamlit has finished the current run."""
        self.page.wait_for_timeout(300)
        self.page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=120_000)


def test_journey_from_sign_up_to_dashboard(
    served: str, browser: Any, tmp_path: Path, cv_bytes: bytes, posting: str
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    go = Journey(page)
    page.goto(served)
    go.text("Your job search in one place")
    page.get_by_role("tab", name="Create account").click()
    go.visible('input[aria-label="Full name (optional)"]').fill("Maria Keller")
    go.visible('input[aria-label="Email"]').fill("maria@example.com")
    go.visible('input[type="password"]').fill("Berlin-Backend-2024")
    go.shot("01-create-account")
    go.button("Create account")
    go.text("Welcome back, Maria")
    go.text("Nothing to chart yet")

    go.nav("CVs")
    go.text("No CVs yet")
    cv = tmp_path / "maria-keller-cv.pdf"
    cv.write_bytes(cv_bytes)
    page.locator('input[type="file"]').set_input_files(str(cv))
    go.text("maria-keller-cv.pdf")
    go.button("Upload and analyse")
    go.text("ATS checklist", timeout=180_000)
    go.idle()
    assert page.get_by_text("FastAPI", exact=True).count() >= 1
    page.locator(".js-plotly-plot").first.wait_for(state="visible", timeout=30_000)
    assert page.get_by_text("Senior Backend Developer").count() >= 1
    go.shot("02-cv-analysis")

    go.nav("Jobs")
    page.get_by_role("tab", name="Add a job").click()
    go.visible('textarea[aria-label="Paste the whole posting"]').fill(posting)
    go.button("Read it")
    go.text("Check what we read")
    go.idle()
    assert go.visible('input[aria-label="Title *"]').input_value() == "Senior Python Developer"
    go.shot("03-job-from-text-preview")
    go.button("Save this job")
    go.text("Saved “Senior Python Developer”")

    go.nav("Job detail")
    go.text("Match score", timeout=120_000)
    go.text("Missing skills")
    go.idle()
    go.shot("04-job-match")
    page.get_by_role("tab", name="Bias report").click()
    go.text("Inclusive-language score")
    go.idle()
    go.shot("05-bias-report")

    go.nav("Jobs")
    go.button("Preparing")
    go.text("moved to preparing")
    go.button("Applied")
    go.text("moved to applied")
    go.idle()
    go.shot("06-board-applied")

    go.nav("Dashboard")
    go.text("Application funnel", timeout=120_000)
    go.text("Match scores of saved jobs", timeout=120_000)
    go.idle()
    applied = page.locator('[data-testid="stMetric"]', has_text="Applied")
    assert applied.locator('[data-testid="stMetricValue"]').inner_text() == "1"
    go.shot("07-dashboard")
    page.set_viewport_size({"width": 420, "height": 900})
    go.idle()
    go.shot("08-dashboard-narrow")
