"""search: full-text index over jobs (FTS5 / tsvector) and, when pgvector exists, job vectors

Revision ID: 0005search
Revises: 0003profiles, 0004jobs
Create Date: 2026-11-22 03:00:00.000000

Raw SQL objects outside the ORM metadata: `jobwise.core.migrate.include_in_comparison` keeps
them out of the autogenerate comparison.
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0005search"
down_revision: str | Sequence[str] | None = ("0003profiles", "0004jobs")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS_COLUMNS = "job_id, owner, title, company, skills, description"
_FTS_VALUES = (
    "new.id, new.user_id, new.title, coalesce(new.company, ''), new.required_skills, new.description"
)

# A plain FTS5 table keyed by the job's UUID: the jobs table has no INTEGER PRIMARY KEY, so its
# implicit rowid (which VACUUM may renumber) cannot back an external-content index. `owner` (the
# user id as one token) lets a MATCH keep to one user's jobs without joining `jobs`.
_SQLITE_UP = [
    "CREATE VIRTUAL TABLE jobs_fts USING fts5(job_id UNINDEXED, owner, title, company, skills,"
    " description, tokenize = 'porter unicode61 remove_diacritics 2')",
    # `rank` = bm25 with per-column weights: job_id, owner (never), title (twice), company, ...
    "INSERT INTO jobs_fts (jobs_fts, rank) VALUES ('rank', 'bm25(0.0, 0.0, 2.0, 1.0, 1.0, 1.0)')",
    f"INSERT INTO jobs_fts ({_FTS_COLUMNS})"
    " SELECT id, user_id, title, coalesce(company, ''), required_skills, description FROM jobs",
    f"CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN"
    f" INSERT INTO jobs_fts ({_FTS_COLUMNS}) VALUES ({_FTS_VALUES}); END",
    "CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN"
    " DELETE FROM jobs_fts WHERE job_id = old.id; END",
    f"CREATE TRIGGER jobs_fts_update AFTER UPDATE OF title, company, required_skills, description"
    f" ON jobs BEGIN DELETE FROM jobs_fts WHERE job_id = old.id;"
    f" INSERT INTO jobs_fts ({_FTS_COLUMNS}) VALUES ({_FTS_VALUES}); END",
]
# The per-user change stamp of `jobwise.jobs.index` (count, max(updated_at)) from the index alone.
_STAMP_UP = ["CREATE INDEX ix_jobs_user_updated ON jobs (user_id, updated_at)"]
_SQLITE_DOWN = [
    "DROP INDEX IF EXISTS ix_jobs_user_updated",
    "DROP TRIGGER IF EXISTS jobs_fts_update",
    "DROP TRIGGER IF EXISTS jobs_fts_delete",
    "DROP TRIGGER IF EXISTS jobs_fts_insert",
    "DROP TABLE IF EXISTS jobs_fts",
]

_POSTGRES_UP = [
    "ALTER TABLE jobs ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    " setweight(to_tsvector('english', title), 'A')"
    " || setweight(to_tsvector('english', coalesce(required_skills::text, '')), 'B')"
    " || setweight(to_tsvector('english', coalesce(company, '')), 'C')"
    " || setweight(to_tsvector('english', description), 'D')) STORED",
    "CREATE INDEX ix_jobs_search_vector ON jobs USING gin (search_vector)",
]
# A vector(n) copy of each job's embedding for HNSW search; the dimension varies by model, so
# the column is untyped and each dimension gets its own partial expression index at run time.
_PGVECTOR_UP = [
    "CREATE TABLE job_vectors ("
    " job_id uuid PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,"
    " user_id uuid NOT NULL, model varchar(128) NOT NULL,"
    " job_updated_at timestamptz NOT NULL, embedding vector NOT NULL)",
    "CREATE INDEX ix_job_vectors_user_id ON job_vectors (user_id)",
]


def _pgvector_available() -> bool:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS vector")
    except DBAPIError:
        return False  # not installed on this server (or no right to create it): exact search
    return True


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    statements = _STAMP_UP + (_SQLITE_UP if dialect == "sqlite" else _POSTGRES_UP)
    if dialect == "postgresql" and _pgvector_available():
        statements = statements + _PGVECTOR_UP
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in _SQLITE_DOWN:
            op.execute(statement)
        return
    op.execute("DROP TABLE IF EXISTS job_vectors")
    op.execute("DROP INDEX IF EXISTS ix_jobs_user_updated")
    op.execute("DROP INDEX IF EXISTS ix_jobs_search_vector")
    op.execute("ALTER TABLE jobs DROP COLUMN IF EXISTS search_vector")
