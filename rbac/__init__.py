"""Principals, roles and the Authorizer (imports nothing else of ours)."""
from .authorizer import ALLOW, Authorizer, Decision, LocalAuthorizer, Role, RoleAuthorizer
from .principals import Principal, make_principal

__all__ = ["ALLOW", "Authorizer", "Decision", "LocalAuthorizer", "Role", "RoleAuthorizer",
           "Principal", "make_principal"]
