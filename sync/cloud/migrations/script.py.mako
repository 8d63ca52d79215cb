"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
"""

from alembic import op

from sync.cloud.migrations.steps import run

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None


def upgrade() -> None:
    run(op.get_bind(), ${repr(up_revision)})


def downgrade() -> None:
    raise NotImplementedError("the cloud's schema only moves forward; restore a backup to go back")
