"""What the file cmdlets share: paths relative to the current directory, the
-Encoding names of PowerShell 7, and PowerShell's errors for missing paths.

Files are the real file system (FileSystem provider only); `~` is the home
directory. Text is written with LF line ends, UTF-8 without a BOM by default,
as pwsh writes on Linux.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import OBJECT_NOT_FOUND, ErrorRecord, PSRuntimeError
from ..lang.convert import ConversionError, to_string
from ..metadata import ParamType
from .common import has_wildcard

NEWLINE = "\n"   # [Environment]::NewLine on Linux


@dataclass(frozen=True, slots=True)
class TextEncoding:
    """An -Encoding value: the Python codec and whether a byte-order mark is written."""

    name: str
    codec: str
    bom: bytes = b""

    def encode(self, text: str, with_bom: bool) -> bytes:
        data = text.encode(self.codec, errors="replace")
        return (self.bom + data) if with_bom else data


_ENCODINGS: dict[str, TextEncoding] = {e.name.lower(): e for e in (
    TextEncoding("ascii", "ascii"),
    TextEncoding("ansi", "utf-8"),
    TextEncoding("bigendianunicode", "utf-16-be", b"\xfe\xff"),
    TextEncoding("bigendianutf32", "utf-32-be", b"\x00\x00\xfe\xff"),
    TextEncoding("oem", "utf-8"),
    TextEncoding("unicode", "utf-16-le", b"\xff\xfe"),
    TextEncoding("utf7", "utf-7"),
    TextEncoding("utf8", "utf-8"),
    TextEncoding("utf8BOM", "utf-8", b"\xef\xbb\xbf"),
    TextEncoding("utf8NoBOM", "utf-8"),
    TextEncoding("utf32", "utf-32-le", b"\xff\xfe\x00\x00"),
    TextEncoding("latin1", "latin-1"),
)}
# .NET encoding names and code pages PowerShell 7.4 also takes.
_ALIASES = {"utf-8": "utf8", "65001": "utf8", "utf-16": "unicode", "1200": "unicode",
            "utf-16be": "bigendianunicode", "1201": "bigendianunicode", "utf-32": "utf32",
            "12000": "utf32", "us-ascii": "ascii", "20127": "ascii", "iso-8859-1": "latin1",
            "28591": "latin1", "default": "utf8NoBOM"}
DEFAULT_ENCODING = _ENCODINGS["utf8nobom"]
_ENCODING_NAMES = ("ascii", "ansi", "bigendianunicode", "bigendianutf32", "oem", "unicode", "utf7",
                   "utf8", "utf8BOM", "utf8NoBOM", "utf32")


def _to_encoding(value: Any) -> TextEncoding:
    if isinstance(value, TextEncoding):
        return value
    text = to_string(value).strip()
    key = _ALIASES.get(text.lower(), text).lower()
    found = _ENCODINGS.get(key)
    if found is None:
        raise ConversionError(
            f"'{text}' is not a supported encoding name. For information on defining a custom "
            "encoding, see the documentation for the Encoding.RegisterProvider method. "
            f"(Parameter 'name')")
    return found


ENCODING = ParamType("System.Text.Encoding", _to_encoding, lambda v: isinstance(v, TextEncoding))


def full_path(path: str) -> str:
    """A path as PowerShell resolves it: `~` is home, relative to the current directory."""
    if path == "~" or path.startswith(("~/", "~\\")):
        path = os.path.expanduser("~") + path[1:]
    return os.path.normpath(os.path.join(os.getcwd(), path))


def resolve_existing(path: str, literal: bool) -> list[str]:
    """The files a -Path names: wildcards expand (sorted, as the provider lists
    them); an empty list when nothing exists there."""
    if not literal and has_wildcard(path):
        pattern = full_path(path)
        return sorted(glob.glob(pattern))
    resolved = full_path(path)
    return [resolved] if os.path.exists(resolved) else []


def existing_files(cmdlet: Any, paths: tuple[str, ...] | None, literal: bool) -> Iterator[str]:
    """The files each -Path (or -LiteralPath) names, in order; a path that names
    nothing is a non-terminating PathNotFound error."""
    for path in paths or ():
        files = resolve_existing(path, literal)
        if not files:
            cmdlet.write_error(path_not_found(cmdlet, path))
        yield from files


def path_not_found(cmdlet: Any, path: str) -> ErrorRecord:
    """PowerShell's ItemNotFoundException for a path that does not exist."""
    shown = path if has_wildcard(path) else full_path(path)
    return cmdlet.error(f"Cannot find path '{shown}' because it does not exist.", "PathNotFound",
                        OBJECT_NOT_FOUND, shown, "System.Management.Automation.ItemNotFoundException")


def io_error(cmdlet: Any, exc: OSError, path: str, error_id: str) -> ErrorRecord:
    """An OSError as the .NET exception PowerShell would report."""
    if isinstance(exc, FileNotFoundError):
        return cmdlet.error(f"Could not find a part of the path '{path}'.", error_id,
                            OBJECT_NOT_FOUND, path, "System.IO.DirectoryNotFoundException")
    if isinstance(exc, PermissionError):
        return cmdlet.error(f"Access to the path '{path}' is denied.", error_id,
                            "PermissionDenied", path, "System.UnauthorizedAccessException")
    if isinstance(exc, IsADirectoryError):
        return cmdlet.error(f"Access to the path '{path}' is denied.", error_id,
                            "PermissionDenied", path, "System.UnauthorizedAccessException")
    return cmdlet.error(exc.strerror or str(exc), error_id, "WriteError", path,
                        "System.IO.IOException")


def already_exists(cmdlet: Any, path: str) -> PSRuntimeError:
    """-NoClobber's terminating error for a file that is there."""
    return PSRuntimeError(cmdlet.error(f"The file '{path}' already exists.", "NoClobber",
                                       "ResourceExists", path, "System.IO.IOException"))


def decode(data: bytes, encoding: TextEncoding | None) -> str:
    """Bytes of a text file: a byte-order mark wins over -Encoding (StreamReader
    detects it); without either, UTF-8."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                       (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    return data.decode(encoding.codec if encoding else "utf-8", errors="replace")


def write_text(path: str, text: str, encoding: TextEncoding | None, append: bool) -> None:
    """Write or append text; a BOM only at the start of a new (or truncated) file."""
    chosen = encoding or DEFAULT_ENCODING
    with_bom = bool(chosen.bom) and not (append and os.path.exists(path)
                                         and os.path.getsize(path) > 0)
    with open(path, "ab" if append else "wb") as handle:
        handle.write(chosen.encode(text, with_bom))


def read_text(cmdlet: Any, path: str, encoding: TextEncoding | None, error_id: str) -> str | None:
    """A text file's contents (see decode), or None after a non-terminating error."""
    try:
        with open(path, "rb") as handle:
            return decode(handle.read(), encoding)
    except OSError as exc:
        cmdlet.write_error(io_error(cmdlet, exc, path, error_id))
        return None


def write_or_fail(cmdlet: Any, path: str, text: str, encoding: TextEncoding | None,
                  append: bool) -> None:
    """write_text, with a file that cannot be written as a terminating FileOpenFailure."""
    try:
        write_text(path, text, encoding, append)
    except OSError as exc:
        raise PSRuntimeError(io_error(cmdlet, exc, path, "FileOpenFailure")) from None
