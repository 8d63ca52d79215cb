"""station keys, branch users, event ids unique per station

Revision ID: v3
Revises: v2
"""

from alembic import op

from sync.cloud.migrations.steps import run

revision = 'v3'
down_revision = 'v2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(op.get_bind(), 'v3')


def downgrade() -> None:
    raise NotImplementedError("the cloud's schema only moves forward; restore a backup to go back")
