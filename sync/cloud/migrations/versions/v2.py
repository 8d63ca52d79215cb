"""unique station code per branch

Revision ID: v2
Revises: v1
"""

from alembic import op

from sync.cloud.migrations.steps import run

revision = 'v2'
down_revision = 'v1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(op.get_bind(), 'v2')


def downgrade() -> None:
    raise NotImplementedError("the cloud's schema only moves forward; restore a backup to go back")
