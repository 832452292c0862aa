"""Issue 4: user password hashes, published certificate PEMs, extension lookup index.

Adds nullable columns only, so existing labs upgrade in place and keep their data.

Revision ID: 0002_passwords_pem
Revises: 0001_initial
Create Date: 2024-02-01 00:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "0002_passwords_pem"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("password_hash", sa.String(length=255), nullable=True))
    op.add_column("client_certificates", sa.Column("certificate_pem", sa.Text(), nullable=True))
    op.create_index(op.f("ix_users_extension"), "users", ["extension"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_users_extension"), table_name="users")
    with op.batch_alter_table("client_certificates") as batch:
        batch.drop_column("certificate_pem")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("password_hash")
