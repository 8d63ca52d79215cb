"""audit-chain heads and alarms

Revision ID: v11
Revises: v10
"""

from alembic import op

from sync.cloud.migrations.steps import run

revision = 'v11'
down_revision = 'v10'
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(op.get_bind(), 'v11')


def downgrade() -> None:
    raise NotImplementedError("the cloud's schema only moves forward; restore a backup to go back")
