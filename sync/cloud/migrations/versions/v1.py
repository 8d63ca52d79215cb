"""branches, stations, event log

Revision ID: v1
Revises: 
"""

from alembic import op

from sync.cloud.migrations.steps import run

revision = 'v1'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(op.get_bind(), 'v1')


def downgrade() -> None:
    raise NotImplementedError("the cloud's schema only moves forward; restore a backup to go back")
