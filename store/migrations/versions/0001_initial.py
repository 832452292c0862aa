"""Initial lab schema: directory, certificates, groups, roles, PIN data and policies.

Revision ID: 0001_initial
Revises:
Create Date: 2024-01-01 00:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('admin_roles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('identity', sa.String(length=64), nullable=False),
    sa.Column('identity_key', sa.String(length=64), nullable=False),
    sa.Column('sid', sa.String(length=100), nullable=False),
    sa.Column('cmdlets', sa.Text(), nullable=False),
    sa.Column('user_scopes', sa.Text(), nullable=False),
    sa.Column('config_scopes', sa.Text(), nullable=False),
    sa.Column('script_modules', sa.Text(), nullable=False),
    sa.Column('is_standard_role', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_admin_roles')),
    sa.UniqueConstraint('identity_key', name=op.f('uq_admin_roles_identity_key'))
    )
    op.create_index(op.f('ix_admin_roles_sid'), 'admin_roles', ['sid'], unique=False)
    op.create_table('groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sam_account_name', sa.String(length=64), nullable=False),
    sa.Column('sam_key', sa.String(length=64), nullable=False),
    sa.Column('sid', sa.String(length=100), nullable=False),
    sa.Column('distinguished_name', sa.String(length=512), nullable=False),
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups')),
    sa.UniqueConstraint('sam_key', name=op.f('uq_groups_sam_key')),
    sa.UniqueConstraint('sid', name=op.f('uq_groups_sid'))
    )
    op.create_table('lab_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_lab_settings'))
    )
    op.create_table('organizational_units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('distinguished_name', sa.String(length=512), nullable=False),
    sa.Column('dn_key', sa.String(length=512), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizational_units')),
    sa.UniqueConstraint('dn_key', name=op.f('uq_organizational_units_dn_key'))
    )
    op.create_table('pin_policies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('identity', sa.String(length=128), nullable=False),
    sa.Column('identity_key', sa.String(length=128), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('min_password_length', sa.Integer(), nullable=False),
    sa.Column('pin_history_count', sa.Integer(), nullable=False),
    sa.Column('pin_lifetime', sa.Integer(), nullable=False),
    sa.Column('allow_common_patterns', sa.Boolean(), nullable=False),
    sa.Column('maximum_logon_attempts', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pin_policies')),
    sa.UniqueConstraint('identity_key', name=op.f('uq_pin_policies_identity_key'))
    )
    op.create_table('sites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('identity', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites')),
    sa.UniqueConstraint('identity', name=op.f('uq_sites_identity')),
    sa.UniqueConstraint('name', name=op.f('uq_sites_name')),
    sa.UniqueConstraint('site_id', name=op.f('uq_sites_site_id'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('guid', sa.String(length=36), nullable=False),
    sa.Column('sid', sa.String(length=100), nullable=False),
    sa.Column('sam_account_name', sa.String(length=64), nullable=False),
    sa.Column('domain', sa.String(length=64), nullable=False),
    sa.Column('user_principal_name', sa.String(length=255), nullable=False),
    sa.Column('display_name', sa.String(length=255), nullable=False),
    sa.Column('first_name', sa.String(length=64), nullable=False),
    sa.Column('last_name', sa.String(length=64), nullable=False),
    sa.Column('distinguished_name', sa.String(length=512), nullable=False),
    sa.Column('ou', sa.String(length=512), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=True),
    sa.Column('sip_address', sa.String(length=255), nullable=True),
    sa.Column('registrar_pool', sa.String(length=255), nullable=True),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('enterprise_voice_enabled', sa.Boolean(), nullable=False),
    sa.Column('line_uri', sa.String(length=255), nullable=True),
    sa.Column('phone_number', sa.String(length=32), nullable=True),
    sa.Column('extension', sa.String(length=16), nullable=True),
    sa.Column('city', sa.String(length=128), nullable=True),
    sa.Column('department', sa.String(length=128), nullable=True),
    sa.Column('title', sa.String(length=128), nullable=True),
    sa.Column('pin_policy', sa.String(length=128), nullable=True),
    sa.Column('when_created', sa.DateTime(), nullable=False),
    sa.Column('when_changed', sa.DateTime(), nullable=False),
    sa.Column('sam_key', sa.String(length=64), nullable=False),
    sa.Column('domain_key', sa.String(length=64), nullable=False),
    sa.Column('upn_key', sa.String(length=255), nullable=False),
    sa.Column('display_key', sa.String(length=255), nullable=False),
    sa.Column('dn_key', sa.String(length=512), nullable=False),
    sa.Column('ou_key', sa.String(length=512), nullable=False),
    sa.Column('sip_key', sa.String(length=255), nullable=True),
    sa.Column('pin_hash', sa.String(length=255), nullable=True),
    sa.Column('pin_set_time', sa.DateTime(), nullable=True),
    sa.Column('pin_expiration_time', sa.DateTime(), nullable=True),
    sa.Column('pin_locked', sa.Boolean(), nullable=False),
    sa.Column('pin_locked_until', sa.DateTime(), nullable=True),
    sa.Column('pin_failed_local', sa.Integer(), nullable=False),
    sa.Column('pin_failed_global', sa.Integer(), nullable=False),
    sa.Column('pin_last_failure_time', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('dn_key', name=op.f('uq_users_dn_key')),
    sa.UniqueConstraint('guid', name=op.f('uq_users_guid')),
    sa.UniqueConstraint('sid', name=op.f('uq_users_sid')),
    sa.UniqueConstraint('sip_key', name=op.f('uq_users_sip_key'))
    )
    op.create_index(op.f('ix_users_display_key'), 'users', ['display_key'], unique=False)
    op.create_index(op.f('ix_users_ou_key'), 'users', ['ou_key'], unique=False)
    op.create_index(op.f('ix_users_phone_number'), 'users', ['phone_number'], unique=False)
    op.create_index('ix_users_sam_domain', 'users', ['sam_key', 'domain_key'], unique=False)
    op.create_index(op.f('ix_users_upn_key'), 'users', ['upn_key'], unique=False)
    op.create_table('client_certificates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('serial_number', sa.String(length=64), nullable=False),
    sa.Column('thumbprint', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=512), nullable=False),
    sa.Column('publication_time', sa.DateTime(), nullable=False),
    sa.Column('expiration_time', sa.DateTime(), nullable=False),
    sa.Column('device_type', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_client_certificates_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_certificates'))
    )
    op.create_index(op.f('ix_client_certificates_user_id'), 'client_certificates', ['user_id'], unique=False)
    op.create_table('group_memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('member_user_id', sa.Integer(), nullable=True),
    sa.Column('member_group_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('(member_user_id IS NULL) <> (member_group_id IS NULL)', name=op.f('ck_group_memberships_one_member')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_group_memberships_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_group_id'], ['groups.id'], name=op.f('fk_group_memberships_member_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_user_id'], ['users.id'], name=op.f('fk_group_memberships_member_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_memberships')),
    sa.UniqueConstraint('group_id', 'member_user_id', 'member_group_id', name='uq_group_memberships_member')
    )
    op.create_index(op.f('ix_group_memberships_group_id'), 'group_memberships', ['group_id'], unique=False)
    op.create_index(op.f('ix_group_memberships_member_group_id'), 'group_memberships', ['member_group_id'], unique=False)
    op.create_index(op.f('ix_group_memberships_member_user_id'), 'group_memberships', ['member_user_id'], unique=False)
    op.create_table('pin_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('pin_hash', sa.String(length=255), nullable=False),
    sa.Column('set_time', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_pin_history_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pin_history'))
    )
    op.create_index(op.f('ix_pin_history_user_id'), 'pin_history', ['user_id'], unique=False)
    op.create_table('pools',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fqdn', sa.String(length=255), nullable=False),
    sa.Column('fqdn_key', sa.String(length=255), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_pools_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pools')),
    sa.UniqueConstraint('fqdn', name=op.f('uq_pools_fqdn')),
    sa.UniqueConstraint('fqdn_key', name=op.f('uq_pools_fqdn_key'))
    )


def downgrade() -> None:
    op.drop_table('pools')
    op.drop_index(op.f('ix_pin_history_user_id'), table_name='pin_history')
    op.drop_table('pin_history')
    op.drop_index(op.f('ix_group_memberships_member_user_id'), table_name='group_memberships')
    op.drop_index(op.f('ix_group_memberships_member_group_id'), table_name='group_memberships')
    op.drop_index(op.f('ix_group_memberships_group_id'), table_name='group_memberships')
    op.drop_table('group_memberships')
    op.drop_index(op.f('ix_client_certificates_user_id'), table_name='client_certificates')
    op.drop_table('client_certificates')
    op.drop_index(op.f('ix_users_upn_key'), table_name='users')
    op.drop_index('ix_users_sam_domain', table_name='users')
    op.drop_index(op.f('ix_users_phone_number'), table_name='users')
    op.drop_index(op.f('ix_users_ou_key'), table_name='users')
    op.drop_index(op.f('ix_users_display_key'), table_name='users')
    op.drop_table('users')
    op.drop_table('sites')
    op.drop_table('pin_policies')
    op.drop_table('organizational_units')
    op.drop_table('lab_settings')
    op.drop_table('groups')
    op.drop_index(op.f('ix_admin_roles_sid'), table_name='admin_roles')
    op.drop_table('admin_roles')
