"""jobs

Revision ID: 0004jobs
Revises: 0002cvs
Create Date: 2026-11-22 02:23:12.198407
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import jobwise.core.db

revision: str = "0004jobs"
down_revision: str | None = "0002cvs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "jobs",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("company", sa.String(length=300), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=True),
        sa.Column("location_type", sa.String(length=16), nullable=True),
        sa.Column("employment_type", sa.String(length=16), nullable=True),
        sa.Column("salary_min", sa.Integer(), nullable=True),
        sa.Column("salary_max", sa.Integer(), nullable=True),
        sa.Column("salary_currency", sa.String(length=3), nullable=True),
        sa.Column("required_skills", sa.JSON(), nullable=False),
        sa.Column("min_experience_years", sa.Float(), nullable=True),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("feed_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("application_status", sa.String(length=16), nullable=False),
        sa.Column("bias_score", sa.Integer(), nullable=True),
        sa.Column("bias_flags", sa.JSON(), nullable=True),
        sa.Column("embedding", sa.LargeBinary(), nullable=True),
        sa.Column("embedding_model", sa.String(length=128), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", jobwise.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", jobwise.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_jobs_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
    )
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index("ix_jobs_user_created", ["user_id", "created_at"], unique=False)

    op.create_table(
        "job_status_changes",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.Column("at", jobwise.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_job_status_changes_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_job_status_changes_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_status_changes")),
    )
    with op.batch_alter_table("job_status_changes", schema=None) as batch_op:
        batch_op.create_index("ix_job_status_changes_job_at", ["job_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_job_status_changes_user_id"), ["user_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("job_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_job_status_changes_user_id"))
        batch_op.drop_index("ix_job_status_changes_job_at")

    op.drop_table("job_status_changes")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_user_created")

    op.drop_table("jobs")
