"""Translate a `UserQuery` (records.py) into one SQL WHERE clause on the users table.

Semantics (PowerShell's, as Get-CsUser -Filter / -LdapFilter need them):

* String comparisons are case-insensitive. Attributes with a lower-cased shadow column
  (`*_key`, see models.py) compare that column with the lower-cased value; the others compare
  `lower(column)`. SQLite's own lower() folds only ASCII, so on SQLite a value with non-ASCII
  characters is compared through `lyncshell_lower()`, Python's str.lower registered on every
  connection (engine.py); PostgreSQL's lower() is Unicode aware.
* `like`/`notlike` take PowerShell wildcards: `*` any run, `?` one character, `[abc]`/`[a-c]`
  one of a set, a backtick escapes the next character. Patterns without a set become SQL LIKE
  (metacharacters escaped); patterns with a set become a regular expression match.
* Every condition is two-valued (never SQL NULL), so `negate` is exact: `ne` and `notlike`
  match users where the attribute is null, as `$null -ne 'x'` is true in PowerShell; `eq`,
  `like`, `lt`, `le`, `gt`, `ge` never match null. `eq`/`like` with None or "" mean `absent`;
  `ne`/`notlike` with None or "" mean `present`. `present` = not null and not empty.
* Booleans accept True/False, 1/0 and the strings "true"/"false"/"$true"/"$false"/"1"/"0";
  datetimes accept datetime or ISO text; `id` accepts int or digits.
"""
from __future__ import annotations

import re
from dataclasses import fields
from datetime import datetime

from sqlalchemy import String, and_, false, func, not_, or_, true
from sqlalchemy.sql.elements import ColumnElement

from .records import UserCondition, UserQuery, UserRecord

OPS = frozenset({"eq", "ne", "like", "notlike", "lt", "le", "gt", "ge", "present", "absent"})

# UserRecord field -> lower-cased shadow column.
KEY_COLUMNS = {
    "sam_account_name": "sam_key", "domain": "domain_key", "user_principal_name": "upn_key",
    "display_name": "display_key", "distinguished_name": "dn_key", "ou": "ou_key",
    "sip_address": "sip_key",
}
BOOL_ATTRIBUTES = frozenset({"enabled", "enterprise_voice_enabled"})
DATETIME_ATTRIBUTES = frozenset({"when_created", "when_changed"})
INT_ATTRIBUTES = frozenset({"id"})
ATTRIBUTES = frozenset(f.name for f in fields(UserRecord))

_TRUE = {"true", "$true", "1", "yes"}
_FALSE = {"false", "$false", "0", "no"}


def _is_ascii(text: str) -> bool:
    return text.isascii()


class _Translator:
    def __init__(self, table, dialect_name: str) -> None:
        self.t = table
        self.sqlite = dialect_name == "sqlite"

    # -- structure ------------------------------------------------------------------
    def query(self, q: UserQuery) -> ColumnElement:
        parts = [self.node(n) for n in q.all_of]
        if q.any_of:
            parts.append(or_(*[self.node(n) for n in q.any_of]))
        expr = and_(true(), *parts) if parts else true()
        return not_(expr) if q.negate else expr

    def node(self, n) -> ColumnElement:
        if isinstance(n, UserQuery):
            return self.query(n)
        if isinstance(n, UserCondition):
            return self.condition(n)
        raise TypeError(f"not a UserCondition or UserQuery: {n!r}")

    # -- one condition --------------------------------------------------------------------
    def condition(self, c: UserCondition) -> ColumnElement:
        op = c.op.lower() if isinstance(c.op, str) else c.op
        if op not in OPS:
            raise ValueError(f"unknown operator {c.op!r} (expected one of {', '.join(sorted(OPS))})")
        attr = c.attribute
        col = self.t.c[attr]
        nullable = col.nullable
        if attr in BOOL_ATTRIBUTES:
            return self._bool(attr, col, op, c.value)
        if attr in DATETIME_ATTRIBUTES or attr in INT_ATTRIBUTES:
            return self._scalar(attr, col, op, c.value)
        # Strings.
        value = c.value
        if isinstance(value, bool):
            value = "True" if value else "False"
        if value is not None and not isinstance(value, str):
            value = str(value)
        empty = value is None or value == ""
        if op == "present" or (op in ("ne", "notlike") and empty):
            return self._present(col, nullable)
        if op == "absent" or (op in ("eq", "like") and empty):
            return not_(self._present(col, nullable))
        key = KEY_COLUMNS.get(attr)
        low = value.lower()
        if key is not None:
            target = self.t.c[key]
        elif self.sqlite and not _is_ascii(value):
            target = func.lyncshell_lower(col, type_=String)
        else:
            target = func.lower(col, type_=String)
        if op in ("like", "notlike"):
            cmp = self._wildcard(target, low)
        elif op in ("eq", "ne"):
            cmp = target == low
        else:
            cmp = {"lt": target < low, "le": target <= low,
                   "gt": target > low, "ge": target >= low}[op]
        if op in ("ne", "notlike"):
            cmp = not_(cmp)
            return or_(col.is_(None), cmp) if nullable else cmp
        return and_(col.is_not(None), cmp) if nullable else cmp

    def _present(self, col, nullable: bool) -> ColumnElement:
        if nullable:
            return and_(col.is_not(None), col != "")
        return col != ""

    def _bool(self, attr, col, op, value) -> ColumnElement:
        if op == "present":
            return true()
        if op == "absent":
            return false()
        if op not in ("eq", "ne"):
            raise ValueError(f"operator {op!r} is not supported for boolean attribute {attr}")
        if value is None:
            return false() if op == "eq" else true()
        flag = _to_bool(attr, value)
        return col == flag if op == "eq" else col != flag

    def _scalar(self, attr, col, op, value) -> ColumnElement:
        nullable = col.nullable
        if op in ("present", "absent") or value is None:
            present = col.is_not(None) if nullable else true()
            if op in ("present", "ne"):
                return present
            return not_(present) if nullable else false()
        if op in ("like", "notlike"):
            raise ValueError(f"operator {op!r} is not supported for attribute {attr}")
        v = _to_datetime(attr, value) if attr in DATETIME_ATTRIBUTES else _to_int(attr, value)
        cmp = {"eq": col == v, "ne": col != v, "lt": col < v, "le": col <= v,
               "gt": col > v, "ge": col >= v}[op]
        if op == "ne":
            return or_(col.is_(None), cmp) if nullable else cmp
        return and_(col.is_not(None), cmp) if nullable else cmp

    def _wildcard(self, target, pattern: str) -> ColumnElement:
        tokens = _wildcard_tokens(pattern)
        if any(kind == "set" for kind, _ in tokens):
            regex = "^" + "".join(_regex_piece(kind, text) for kind, text in tokens) + "$"
            return target.regexp_match(regex)
        like = []
        for kind, text in tokens:
            if kind == "star":
                like.append("%")
            elif kind == "one":
                like.append("_")
            else:
                like.append(text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
        return target.like("".join(like), escape="\\")


def _wildcard_tokens(pattern: str) -> list[tuple[str, str]]:
    """Split a PowerShell wildcard pattern into ("lit", c) / ("star", "") / ("one", "") /
    ("set", body) tokens. An unclosed `[` is literal."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "`" and i + 1 < n:
            out.append(("lit", pattern[i + 1]))
            i += 2
        elif ch == "*":
            out.append(("star", ""))
            i += 1
        elif ch == "?":
            out.append(("one", ""))
            i += 1
        elif ch == "[":
            end = pattern.find("]", i + 2)  # `[]` ... `]` : a leading ] is part of the set
            if end == -1:
                out.append(("lit", ch))
                i += 1
            else:
                out.append(("set", pattern[i + 1:end]))
                i = end + 1
        else:
            out.append(("lit", ch))
            i += 1
    return out


def _regex_piece(kind: str, text: str) -> str:
    if kind == "star":
        return "(.|\n)*"
    if kind == "one":
        return "(.|\n)"
    if kind == "lit":
        return re.escape(text)
    # A set: ranges a-c stay, everything else literal. Portable between Python re
    # (SQLite's REGEXP) and PostgreSQL POSIX regexes.
    body = []
    for k, ch in enumerate(text):
        if ch == "-" and 0 < k < len(text) - 1:
            body.append("-")
        elif ch.isalnum():
            body.append(ch)
        else:
            body.append("\\" + ch if ch in "\\^[]-" else ch)
    return "[" + "".join(body) + "]"


def _to_bool(attr: str, value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        v = value.strip().lower()
        if v in _TRUE:
            return True
        if v in _FALSE:
            return False
    raise ValueError(f"cannot compare boolean attribute {attr} with {value!r}")


def _to_datetime(attr: str, value) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"cannot compare date attribute {attr} with {value!r}")


def _to_int(attr: str, value) -> int:
    if isinstance(value, bool):
        raise ValueError(f"cannot compare attribute {attr} with {value!r}")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValueError(f"cannot compare attribute {attr} with {value!r}") from None


def unknown_attributes(q) -> list[str]:
    """Attribute names in the query that are not UserRecord fields (sorted, unique)."""
    bad: set[str] = set()

    def walk(n) -> None:
        if isinstance(n, UserQuery):
            for child in (*n.all_of, *n.any_of):
                walk(child)
        elif isinstance(n, UserCondition):
            if n.attribute not in ATTRIBUTES:
                bad.add(str(n.attribute))
        else:
            raise TypeError(f"not a UserCondition or UserQuery: {n!r}")

    walk(q)
    return sorted(bad)


def where_clause(q: UserQuery | UserCondition, table, dialect_name: str) -> ColumnElement:
    """The WHERE clause for `q`; ValueError names unknown attributes or bad values."""
    bad = unknown_attributes(q)
    if bad:
        raise ValueError("unknown user attribute(s): " + ", ".join(bad))
    return _Translator(table, dialect_name).node(q)
