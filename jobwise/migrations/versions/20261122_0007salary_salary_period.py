"""salary period: what a job's salary amounts are paid per (year, month, hour)

Revision ID: 0007salary
Revises: 0006feed
Create Date: 2026-11-22 05:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007salary"
down_revision: str | None = "0006feed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ALTER, not batch mode: re-creating `jobs` on SQLite would drop its full-text triggers.
    op.add_column("jobs", sa.Column("salary_period", sa.String(length=8), nullable=True))


def downgrade() -> None:
    op.drop_column("jobs", "salary_period")
