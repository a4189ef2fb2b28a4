"""The Streamlit web UI. It talks to the API over HTTP only (see `jobwise.ui.api`)."""
