"""Who a session runs as: a directory account and the groups it belongs to."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Principal:
    name: str                          # litwareinc\Administrator
    display_name: str
    groups: frozenset[str]             # SamAccountNames, lower-cased

    def in_group(self, group: str) -> bool:
        return group.lower() in self.groups

    def in_any(self, groups: tuple[str, ...]) -> bool:
        return any(g.lower() in self.groups for g in groups)


def make_principal(name: str, display_name: str, groups: list[str]) -> Principal:
    return Principal(name=name, display_name=display_name,
                     groups=frozenset(g.lower() for g in groups))
