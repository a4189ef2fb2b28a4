"""What every page shares: this person's API connection in the session, and how failures are shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import streamlit as st

from jobwise.ui.api import Api, FeatureUnavailable, SessionExpired, UIError

T = TypeVar("T")


def api() -> Api:
    """This browser session's client (tokens live in the session, never in the page)."""
    if "api" not in st.session_state:
        st.session_state.api = Api()
    client: Api = st.session_state.api
    return client


def call(fn: Callable[..., T], *args: Any, spinner: str | None = None, **kwargs: Any) -> T | None:
    """Run one API call; on failure show the API's message and return None."""
    return _run(fn, args, kwargs, spinner)[1]


def attempt(fn: Callable[..., Any], *args: Any, spinner: str | None = None, **kwargs: Any) -> bool:
    """Run one API call that may answer nothing (204); True when it worked."""
    return _run(fn, args, kwargs, spinner)[0]


def _run(
    fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any], spinner: str | None
) -> tuple[bool, T | None]:
    try:
        if spinner:
            with st.spinner(spinner):
                return True, fn(*args, **kwargs)
        return True, fn(*args, **kwargs)
    except SessionExpired as exc:
        sign_out(exc.message)
    except FeatureUnavailable as exc:
        st.info(f"{exc.message} Ask your administrator to update JobWise.", icon=":material/construction:")
    except UIError as exc:
        st.error(exc.message, icon=":material/error:")
    return False, None


def sign_out(message: str | None = None) -> None:
    """Forget this session; the page rerun shows the sign-in form (see app.py)."""
    api().logout()
    st.session_state.clear()
    if message:
        flash(message)
    st.rerun()


def flash(message: str) -> None:
    """A success message that survives the rerun that follows a change."""
    st.session_state["_flash"] = message


def show_flash() -> None:
    if message := st.session_state.pop("_flash", None):
        st.success(message, icon=":material/check_circle:")


def cvs(completed_only: bool = False) -> list[dict[str, Any]]:
    items = call(api().list_all, "/cvs") or []
    return [cv for cv in items if cv.get("status") == "completed"] if completed_only else items


def cv_picker(label: str = "CV", key: str = "cv_pick") -> dict[str, Any] | None:
    """A select box of analysed CVs (the choice is kept across pages); None with a hint when there is none."""
    options = cvs(completed_only=True)
    if not options:
        st.info("No analysed CV yet: upload one on the **CVs** page first.", icon=":material/description:")
        return None
    ids = [cv["id"] for cv in options]
    remembered = st.session_state.get("chosen_cv")
    index = ids.index(remembered) if remembered in ids else 0
    chosen = st.selectbox(label, ids, index=index, key=key, format_func=lambda i: _cv_label(options, i))
    st.session_state["chosen_cv"] = chosen
    return next(cv for cv in options if cv["id"] == chosen)


def _cv_label(options: list[dict[str, Any]], cv_id: str) -> str:
    cv = next(cv for cv in options if cv["id"] == cv_id)
    score = cv.get("quality_score")
    return f"{cv['filename']} ({cv['created_at'][:10]}" + (
        f", quality {score})" if score is not None else ")"
    )
