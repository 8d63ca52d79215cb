"""staged master-data imports

Revision ID: v4
Revises: v3
"""

from alembic import op

from sync.cloud.migrations.steps import run

revision = 'v4'
down_revision = 'v3'
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(op.get_bind(), 'v4')


def downgrade() -> None:
    raise NotImplementedError("the cloud's schema only moves forward; restore a backup to go back")
