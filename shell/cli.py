"""The command line, pwsh style (see DESIGN.md "Command line"):

    lyncshell                         interactive REPL
    lyncshell -Command '<text>'       run text (also -c); `-Command -` reads stdin
    lyncshell -File x.ps1 [args...]   run a script file with arguments
    -NoProfile -NonInteractive -NoLogo -Version -Database <url> -As <identity>

Parameter names are case-insensitive and may be shortened to a unique prefix.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__

OPTIONS = ("Command", "File", "NoProfile", "NonInteractive", "NoLogo", "Version", "Database",
           "As", "Help")
ALIASES = {"c": "Command", "f": "File", "nop": "NoProfile", "noni": "NonInteractive",
           "nol": "NoLogo", "v": "Version", "?": "Help", "h": "Help"}
TAKES_VALUE = {"Database", "As"}
DASHES = "-\u2013\u2014\u2015/"


class UsageError(Exception):
    pass


@dataclass
class Options:
    command: str | None = None
    file: str | None = None
    args: list[str] = field(default_factory=list)
    no_profile: bool = False
    non_interactive: bool = False
    no_logo: bool = False
    version: bool = False
    help: bool = False
    database: str | None = None
    run_as: str | None = None


def _option_name(token: str) -> str | None:
    if len(token) < 2 or token[0] not in DASHES:
        return None
    name = token.lstrip(DASHES)
    if name.lower() in ALIASES:
        return ALIASES[name.lower()]
    matches = [o for o in OPTIONS if o.lower().startswith(name.lower())]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise UsageError(f"The parameter '{token}' is ambiguous: " + ", ".join("-" + m for m in matches))
    raise UsageError(f"Invalid argument '{token}', did you mean: -Command, -File, -NonInteractive?")


def parse_args(argv: list[str]) -> Options:
    options = Options()
    index = 0
    while index < len(argv):
        token = argv[index]
        index += 1
        name = _option_name(token)
        if name is None:
            # pwsh: a first value without a parameter name is the -File argument
            options.file = token
            options.args = argv[index:]
            break
        if name == "Command":
            if index >= len(argv):
                raise UsageError("Missing the argument for -Command.")
            options.command = " ".join(argv[index:]) if argv[index] != "-" else "-"
            break
        if name == "File":
            if index >= len(argv):
                raise UsageError("Missing the argument for -File.")
            options.file = argv[index]
            options.args = argv[index + 1:]
            break
        if name in TAKES_VALUE:
            if index >= len(argv):
                raise UsageError(f"Missing the argument for -{name}.")
            value = argv[index]
            index += 1
            if name == "Database":
                options.database = value
            else:
                options.run_as = value
            continue
        setattr(options, {"NoProfile": "no_profile", "NonInteractive": "non_interactive",
                          "NoLogo": "no_logo", "Version": "version", "Help": "help"}[name], True)
    return options


USAGE = """Usage: lyncshell [-NoLogo] [-NonInteractive] [-Database <url>] [-As <identity>]
                 [-Command <text> | -Command - | -File <script.ps1> [args...]]
Runs the Lync Server Management Shell emulator. Without -Command or -File it opens
an interactive prompt. -Database takes a SQLAlchemy URL (default: a SQLite lab in
the user data directory; env LYNCSHELL_DATABASE); -As runs as another directory
account (env LYNCSHELL_AS)."""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        options = parse_args(argv)
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n{USAGE}\n")
        return 64
    if options.help:
        sys.stdout.write(USAGE + "\n")
        return 0
    if options.version:
        sys.stdout.write(f"lyncshell {__version__}\n")
        return 0
    from .runner import run
    return run(options, database=options.database or os.environ.get("LYNCSHELL_DATABASE"),
               run_as=options.run_as or os.environ.get("LYNCSHELL_AS"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
