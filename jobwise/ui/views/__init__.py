"""The UI pages, registered with st.navigation in app.py (not named pages/: that would auto-register them)."""
