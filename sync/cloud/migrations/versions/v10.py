"""outbox, notifications, reminders, QRIS

Revision ID: v10
Revises: v4
"""

from alembic import op

from sync.cloud.migrations.steps import run

revision = 'v10'
down_revision = 'v4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(op.get_bind(), 'v10')


def downgrade() -> None:
    raise NotImplementedError("the cloud's schema only moves forward; restore a backup to go back")
