"""JobWise: a self-hostable AI job-search workbench."""
