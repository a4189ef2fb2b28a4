"""search speed: a per-user change counter of jobs, bumped by triggers

Revision ID: 0008search_speed
Revises: 0007salary
Create Date: 2026-11-23 05:00:00.000000

`jobwise.jobs.index` reloads its copy of a user's jobs when `job_stamps.version` moves; counting the
user's rows for that cost ~10 ms at 100k jobs on every search. The triggers see every write, raw SQL
and other processes included. A raw-SQL table like those of 0005search (left out of autogenerate).
The index that served the old stamp (`count`, `max(updated_at)`) goes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008search_speed"
down_revision: str | Sequence[str] | None = "0007salary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEED = "INSERT INTO job_stamps (user_id, version) SELECT user_id, count(*) FROM jobs GROUP BY user_id"
# Inserts and updates create or bump the user's row; deletes only bump an existing one: deleting a
# user cascades to both tables, and a stamp inserted for that user then would break its foreign key.
_BUMP = (
    "INSERT INTO job_stamps (user_id, version) {rows} ON CONFLICT (user_id) DO UPDATE SET version = {bumped}"
)
_SQLITE_UP = [
    "CREATE TABLE job_stamps (user_id CHAR(32) NOT NULL PRIMARY KEY"
    " REFERENCES users (id) ON DELETE CASCADE, version INTEGER NOT NULL)",
    _SEED,
    *(
        f"CREATE TRIGGER job_stamps_{event.lower()} AFTER {event} ON jobs BEGIN"
        f" {_BUMP.format(rows='VALUES (new.user_id, 1)', bumped='version + 1')}; END"
        for event in ("INSERT", "UPDATE")
    ),
    "CREATE TRIGGER job_stamps_delete AFTER DELETE ON jobs BEGIN"
    " UPDATE job_stamps SET version = version + 1 WHERE user_id = old.user_id; END",
]
_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS job_stamps_delete",
    "DROP TRIGGER IF EXISTS job_stamps_update",
    "DROP TRIGGER IF EXISTS job_stamps_insert",
    "DROP TABLE IF EXISTS job_stamps",
]

# Statement triggers with transition tables: a bulk write bumps each user once, not once a row.
_POSTGRES_UP = [
    "CREATE TABLE job_stamps (user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,"
    " version bigint NOT NULL)",
    _SEED,
    "CREATE FUNCTION job_stamps_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF TG_OP = 'DELETE' THEN"
    "  UPDATE job_stamps SET version = version + 1 WHERE user_id IN (SELECT user_id FROM changed);"
    " ELSE "
    + _BUMP.format(rows="SELECT DISTINCT user_id, 1 FROM changed", bumped="job_stamps.version + 1")
    + "; END IF; RETURN NULL; END $$",
    *(
        f"CREATE TRIGGER job_stamps_{event.lower()} AFTER {event} ON jobs"
        f" REFERENCING {table} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION job_stamps_bump()"
        for event, table in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))
    ),
]
_POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS job_stamps_delete ON jobs",
    "DROP TRIGGER IF EXISTS job_stamps_update ON jobs",
    "DROP TRIGGER IF EXISTS job_stamps_insert ON jobs",
    "DROP FUNCTION IF EXISTS job_stamps_bump()",
    "DROP TABLE IF EXISTS job_stamps",
]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE_UP if sqlite else _POSTGRES_UP:
        op.execute(statement)
    op.execute("DROP INDEX IF EXISTS ix_jobs_user_updated")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE_DOWN if sqlite else _POSTGRES_DOWN:
        op.execute(statement)
    op.execute("CREATE INDEX ix_jobs_user_updated ON jobs (user_id, updated_at)")
