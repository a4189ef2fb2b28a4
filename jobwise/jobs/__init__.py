"""Saved jobs, the application tracker, posting import, the sample feed, search and matching."""
