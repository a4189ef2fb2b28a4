"""feed: the sample feed as a table (filled at migrate), nice-to-have skills on jobs

Revision ID: 0006feed
Revises: 0005search
Create Date: 2026-11-22 04:21:48.388029

The rows themselves are written by `jobwise.jobs.feed.sync_feed`, which the Alembic environment
runs after every upgrade to head, so a release with a changed feed reloads it without a migration.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006feed"
down_revision: str | None = "0005search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feed_postings",
        sa.Column("feed_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("company", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("location_type", sa.String(length=16), nullable=False),
        sa.Column("employment_type", sa.String(length=16), nullable=False),
        sa.Column("salary_min", sa.Integer(), nullable=True),
        sa.Column("salary_max", sa.Integer(), nullable=True),
        sa.Column("salary_currency", sa.String(length=3), nullable=True),
        sa.Column("salary_period", sa.String(length=8), nullable=True),
        sa.Column("required_skills", sa.JSON(), nullable=False),
        sa.Column("nice_to_have_skills", sa.JSON(), nullable=False),
        sa.Column("min_experience_years", sa.Integer(), nullable=False),
        sa.Column("seniority", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("posted_at", sa.Date(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("embedding", sa.LargeBinary(), nullable=True),
        sa.Column("embedding_model", sa.String(length=128), nullable=True),
        sa.PrimaryKeyConstraint("feed_id", name=op.f("pk_feed_postings")),
    )
    op.create_index("ix_feed_postings_posted", "feed_postings", ["posted_at", "feed_id"])
    # Plain ALTERs, not batch mode: re-creating `jobs` on SQLite would drop its full-text triggers.
    op.add_column("jobs", sa.Column("nice_to_have_skills", sa.JSON(), server_default="[]", nullable=False))
    op.create_index("ix_jobs_user_feed", "jobs", ["user_id", "feed_id"])


def downgrade() -> None:
    op.drop_index("ix_jobs_user_feed", table_name="jobs")
    op.drop_column("jobs", "nice_to_have_skills")
    op.drop_index("ix_feed_postings_posted", table_name="feed_postings")
    op.drop_table("feed_postings")
