"""Get-CsUser -Filter and -LdapFilter, translated to a store UserQuery (run in SQL).

-Filter takes the Where-Object-like subset Lync documents:
    {Attribute -op value [-and|-or ...]}  with -not/!, parentheses,
    operators -eq -ne -like -notlike -lt -le -gt -ge (i-/c- prefixed too),
    values $True $False $Null, quoted strings, numbers and bare words.
-and and -or have equal precedence and group from the left, as in PowerShell.

-LdapFilter takes LDAP filter syntax (RFC 4515): (attr=value), (attr=*),
wildcards, (attr>=v), (attr<=v), & | ! compositions; the outer parentheses may
be left out ("l=Redmond", "&(l=Redmond)(title=Accountant)").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ...store.records import UserCondition, UserQuery
from ..lang.convert import ConversionError, to_datetime

Query = UserCondition | UserQuery


class FilterError(Exception):
    """The filter text cannot be understood; the message says where and why."""


# Lync (ADUser) property names -> UserRecord fields.
LYNC_ATTRIBUTES: dict[str, str] = {
    "displayname": "display_name", "name": "display_name", "sipaddress": "sip_address",
    "enterprisevoiceenabled": "enterprise_voice_enabled", "registrarpool": "registrar_pool",
    "lineuri": "line_uri", "samaccountname": "sam_account_name",
    "userprincipalname": "user_principal_name", "firstname": "first_name",
    "lastname": "last_name", "enabled": "enabled", "pinpolicy": "pin_policy",
    "clientpinpolicy": "pin_policy", "windowsemailaddress": "email", "city": "city",
    "department": "department", "title": "title", "distinguishedname": "distinguished_name",
    "identity": "distinguished_name", "sid": "sid", "guid": "guid",
    "whencreated": "when_created", "whenchanged": "when_changed",
    "phonenumber": "phone_number", "extension": "extension",
}
BOOLEAN_FIELDS = {"enterprise_voice_enabled", "enabled"}
# ADUser properties the lab does not store: they are always null (no per-user voice,
# conferencing ... policies exist in the lab), so a filter on them compares with null.
NULL_ATTRIBUTES = frozenset({
    "voicepolicy", "mobilitypolicy", "conferencingpolicy", "presencepolicy", "dialplan",
    "locationpolicy", "clientpolicy", "clientversionpolicy", "archivingpolicy",
    "externalaccesspolicy", "hostedvoicemailpolicy", "targetregistrarpool",
    "targetserverifmoving", "privateline", "originatorsid"})
# A condition every user meets, and its opposite (every account has a logon name).
_ALWAYS = UserCondition("sam_account_name", "present")
_NEVER = UserCondition("sam_account_name", "absent")
DATE_FIELDS = {"when_created", "when_changed"}

# LDAP (AD schema) attribute names -> UserRecord fields.
LDAP_ATTRIBUTES: dict[str, str] = {
    "l": "city", "department": "department", "title": "title", "displayname": "display_name",
    "name": "display_name", "cn": "display_name", "samaccountname": "sam_account_name",
    "givenname": "first_name", "sn": "last_name", "userprincipalname": "user_principal_name",
    "mail": "email", "distinguishedname": "distinguished_name",
    "msrtcsip-primaryuseraddress": "sip_address", "msrtcsip-line": "line_uri",
    "msrtcsip-userenabled": "enabled", "msrtcsip-primaryhomeserver": "registrar_pool",
    "telephonenumber": "phone_number", "objectsid": "sid", "objectguid": "guid",
    "whencreated": "when_created", "whenchanged": "when_changed",
}

_OPS = {"eq", "ne", "like", "notlike", "lt", "le", "gt", "ge"}
_DASHES = "-\u2013\u2014\u2015"
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<op>[\u002d\u2013\u2014\u2015][A-Za-z]+)
      | (?P<lp>\() | (?P<rp>\)) | (?P<bang>!)
      | (?P<var>\$[A-Za-z_]+)
      | (?P<dq>["\u201c\u201d\u201e](?:[^"\u201c\u201d\u201e`]|`.)*["\u201c\u201d\u201e])
      | (?P<sq>['\u2018\u2019\u201a\u201b](?:[^'\u2018\u2019\u201a\u201b]|'')*['\u2018\u2019\u201a\u201b])
      | (?P<word>[^\s()!]+)
    )""", re.X)


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str
    text: str
    pos: int


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise FilterError(f"Unexpected character at position {pos + 1}.")
        kind = match.lastgroup or "word"
        out.append(_Tok(kind, match.group(kind), match.start(kind)))
        pos = match.end()
    return out


def _strip_block(text: str) -> str:
    text = text.strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1].strip()
    return text


class _WhereParser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.i = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.peek()
        if tok is None:
            raise FilterError("The filter ends too early: a value or a closing parenthesis is missing.")
        self.i += 1
        return tok

    def parse(self) -> Query:
        if not self.toks:
            raise FilterError("The filter is empty.")
        query = self.expression()
        extra = self.peek()
        if extra is not None:
            raise FilterError(f'Unexpected "{extra.text}" at position {extra.pos + 1}.')
        return query

    def expression(self) -> Query:
        left = self.unary()
        while True:
            tok = self.peek()
            if tok is None or tok.kind != "op" or tok.text[1:].lower() not in ("and", "or"):
                return left
            self.take()
            right = self.unary()
            left = (UserQuery(all_of=(left, right)) if tok.text[1:].lower() == "and"
                    else UserQuery(any_of=(left, right)))

    def unary(self) -> Query:
        tok = self.peek()
        if tok is not None and (tok.kind == "bang" or
                                (tok.kind == "op" and tok.text[1:].lower() == "not")):
            self.take()
            return UserQuery(all_of=(self.unary(),), negate=True)
        if tok is not None and tok.kind == "lp":
            self.take()
            inner = self.expression()
            close = self.take()
            if close.kind != "rp":
                raise FilterError(f"Missing ')' at position {close.pos + 1}.")
            return inner
        return self.comparison()

    def comparison(self) -> Query:
        attr_tok = self.take()
        if attr_tok.kind != "word":
            raise FilterError(f'A property name was expected at position {attr_tok.pos + 1}, '
                              f'not "{attr_tok.text}".')
        name = attr_tok.text[2:] if attr_tok.text.lower().startswith("$_.") else attr_tok.text
        field = LYNC_ATTRIBUTES.get(name.lower())
        if field is None and name.lower() in NULL_ATTRIBUTES:
            return self.null_comparison(name)
        if field is None:
            raise FilterError(f'"{name}" is not a property that Get-CsUser can filter on.')
        op_tok = self.take()
        op = op_tok.text[1:].lower() if op_tok.kind == "op" else ""
        if op[:1] in ("i", "c") and op[1:] in _OPS:
            op = op[1:]
        if op not in _OPS:
            raise FilterError(f'"{op_tok.text}" at position {op_tok.pos + 1} is not a comparison '
                              "operator (-eq -ne -like -notlike -lt -le -gt -ge).")
        value = self.value(self.take())
        return condition(field, op, value)

    def null_comparison(self, name: str) -> Query:
        """A comparison on a property that is null for every lab user."""
        op_tok = self.take()
        op = op_tok.text[1:].lower() if op_tok.kind == "op" else ""
        if op[:1] in ("i", "c") and op[1:] in _OPS:
            op = op[1:]
        if op not in _OPS:
            raise FilterError(f'"{op_tok.text}" at position {op_tok.pos + 1} is not a comparison '
                              "operator (-eq -ne -like -notlike -lt -le -gt -ge).")
        value = self.value(self.take())
        if value is None:
            if op not in ("eq", "ne"):
                raise FilterError("$Null can only be compared with -eq or -ne.")
            return _ALWAYS if op == "eq" else _NEVER
        # null is unequal to every value and matches no pattern
        return _ALWAYS if op in ("ne", "notlike") else _NEVER

    def value(self, tok: _Tok) -> object:
        if tok.kind == "var":
            name = tok.text[1:].lower()
            if name in ("true", "false", "null"):
                return {"true": True, "false": False, "null": None}[name]
            raise FilterError(f"Only $True, $False and $Null may appear in a filter, not {tok.text}.")
        if tok.kind == "dq":
            return re.sub(r"`(.)", r"\1", tok.text[1:-1])
        if tok.kind == "sq":
            return tok.text[1:-1].replace("''", "'")
        if tok.kind == "word":
            return int(tok.text) if re.fullmatch(r"[+-]?\d+", tok.text) else tok.text
        raise FilterError(f'A value was expected at position {tok.pos + 1}, not "{tok.text}".')


def condition(field: str, op: str, value: object) -> UserCondition:
    if value is None:
        if op == "eq":
            return UserCondition(field, "absent")
        if op == "ne":
            return UserCondition(field, "present")
        raise FilterError(f"$Null can only be compared with -eq or -ne.")
    if field in BOOLEAN_FIELDS:
        if isinstance(value, str):
            lowered = value.lower()
            if lowered not in ("true", "false"):
                raise FilterError(f'"{value}" is not a Boolean value ($True or $False).')
            value = lowered == "true"
        elif isinstance(value, int):
            value = bool(value)
    elif field in DATE_FIELDS:
        try:
            value = to_datetime(value) if not isinstance(value, datetime) else value
        except ConversionError as exc:
            raise FilterError(str(exc)) from None
    elif not isinstance(value, str):
        value = str(value)
    if op in ("like", "notlike") and isinstance(value, str) and value == "*":
        return UserCondition(field, "present" if op == "like" else "absent")
    return UserCondition(field, op, value)


def parse_where_filter(text: str) -> Query:
    """The Where-style filter (script block text or string) as a UserQuery."""
    return _WhereParser(_strip_block(text)).parse()


# --------------------------------------------------------------------------- LDAP


class _LdapParser:
    def __init__(self, text: str) -> None:
        self.text = text.strip()
        self.i = 0

    def parse(self) -> Query:
        if not self.text:
            raise FilterError("The LDAP filter is empty.")
        if not self.text.startswith("("):
            self.text = f"({self.text})"
        query = self.filter()
        if self.i != len(self.text):
            raise FilterError(f"Unexpected text after the filter at position {self.i + 1}.")
        return query

    def expect(self, ch: str) -> None:
        if self.i >= len(self.text) or self.text[self.i] != ch:
            raise FilterError(f"'{ch}' was expected at position {self.i + 1} of the LDAP filter.")
        self.i += 1

    def filter(self) -> Query:
        self.expect("(")
        ch = self.text[self.i:self.i + 1]
        if ch in ("&", "|"):
            self.i += 1
            parts = []
            while self.text[self.i:self.i + 1] == "(":
                parts.append(self.filter())
            if not parts:
                raise FilterError(f"'{ch}' needs at least one filter in parentheses.")
            query: Query = UserQuery(all_of=tuple(parts)) if ch == "&" else \
                UserQuery(any_of=tuple(parts))
        elif ch == "!":
            self.i += 1
            query = UserQuery(all_of=(self.filter(),), negate=True)
        else:
            query = self.item()
        self.expect(")")
        return query

    def item(self) -> Query:
        match = re.compile(r"([A-Za-z][A-Za-z0-9-]*)\s*(~=|>=|<=|=)").match(self.text, self.i)
        if match is None:
            raise FilterError(f"An attribute comparison was expected at position {self.i + 1}.")
        attr, op = match.group(1), match.group(2)
        field = LDAP_ATTRIBUTES.get(attr.lower())
        if field is None:
            raise FilterError(f'"{attr}" is not an LDAP attribute that Get-CsUser can filter on.')
        self.i = match.end()
        end = self.text.find(")", self.i)
        if end < 0:
            raise FilterError("')' is missing at the end of the LDAP filter.")
        raw = self.text[self.i:end]
        self.i = end
        value = re.sub(r"\\([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), raw)
        if op == "=" and raw == "*":
            return UserCondition(field, "present")
        if op == "=" and "*" in raw:
            return UserCondition(field, "like", value)
        if field in BOOLEAN_FIELDS:
            return condition(field, "eq", value)
        ldap_op = {"=": "eq", "~=": "eq", ">=": "ge", "<=": "le"}[op]
        if field in DATE_FIELDS:
            value = _ldap_time(value)
        return UserCondition(field, ldap_op, value)


def _ldap_time(value: str) -> object:
    match = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z?", value)
    if match:
        return datetime(*map(int, match.groups()))
    try:
        return to_datetime(value)
    except ConversionError as exc:
        raise FilterError(str(exc)) from None


def parse_ldap_filter(text: str) -> Query:
    return _LdapParser(text).parse()


def as_query(query: Query) -> UserQuery:
    return query if isinstance(query, UserQuery) else UserQuery(all_of=(query,))
