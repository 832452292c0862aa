"""Out-Default: turns a stream of pipeline objects into the text PowerShell 7
prints for them.

The model follows PowerShell's formatter (FormatAndOutput/common):

* A *document* starts with the first object that is not printed "out of band"
  and lasts to the end of the pipeline. Its view is chosen from that first
  object: a registered view (hashtable entries, [datetime], [timespan], a
  TypeView with a forced shape) or else one built from its properties (4 or
  fewer -> table, 5 or more -> list).
* Strings, numbers, booleans, objects without properties and error records are
  always written out of band (their text, one per line), wherever they come.
* A later object the document's view does not apply to is written out of band
  as a list. A view built from properties applies to every object, so a
  PSCustomObject with other properties becomes a row of the first table (with
  empty cells), as in PowerShell.
* A table whose columns have no fixed width waits for the first objects
  (PowerShell waits 300 ms; we take the first `buffer_objects`) and sizes each
  column to its label and longest value among them; -AutoSize waits for all.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from lyncshell.cmdlets.errors import ErrorRecord
from lyncshell.cmdlets.formatdata import FormatData, PropertySpec
from lyncshell.cmdlets.lang.convert import to_string
from lyncshell.cmdlets.streams import STREAM_RECORDS
from lyncshell.cmdlets.lang.values import (AUTOMATION_NULL, Hashtable, PSCustomObject,
                                           default_display_properties, get_member,
                                           property_names, type_names, view_of)

from .cells import cell_len, generate_lines
from .display import (DEFAULT_ENUMERATION_LIMIT, DictEntry, display_name, has_wildcard,
                      is_right_aligned, is_scalar, smart_to_string,
                      wildcard_match)
from .errors import render_error_record
from .listwriter import list_lines
from .tablewriter import LEFT, RIGHT, TableWriter, wide_items_per_row
from .views import Found, ListDef, TableDef, WideDef, find_view

DEFAULT_WIDTH = 120
DEFAULT_BUFFER_OBJECTS = 100
_TABLE_PROPERTY_LIMIT = 10  # a table of "all properties" shows at most 10 columns
_SHAPE_TABLE_MAX = 4        # ShapeSelectionDirectives.PropertyCountForTable

Getter = Callable[[Any], Any]


# ---------------------------------------------------------------- columns


class _Field:
    __slots__ = ("label", "getter", "width", "alignment", "format_string")

    def __init__(self, label: str, getter: Getter, width: int = 0, alignment: str | None = None,
                 format_string: str | None = None):
        self.label = label
        self.getter = getter
        self.width = width
        self.alignment = alignment
        self.format_string = format_string

    def text(self, obj: Any, limit: int, floats_fixed: bool = False) -> str:
        value = _safe(self.getter, obj)
        if self.format_string and value is not None and value is not AUTOMATION_NULL:
            return format_field(value, self.format_string)
        return smart_to_string(value, limit, floats_fixed)


def format_field(value: Any, format_string: str) -> str:
    """A FormatString key (PSObjectHelper.FormatField): a composite format when it
    holds "{0" or "}", else the value's own ToString(format); collections are
    not enumerated. A bad format falls back to the plain value."""
    from lyncshell.cmdlets.lang.composite_format import format_composite, format_value
    try:
        if "{0" in format_string or "}" in format_string:
            return format_composite(format_string, [value])
        return format_value(value, format_string)
    except Exception:  # PowerShell shows the unformatted value on a format error
        return to_string(value)


def _property_getter(name: str) -> Getter:
    return lambda obj: get_member(obj, name)


def _expression_getter(spec: PropertySpec) -> Getter:
    expression = spec.expression

    def get(obj: Any) -> Any:
        try:
            return expression.invoke_single(obj)
        except Exception:  # a failing calculated property shows an empty cell
            return None
    return get


def _safe(getter: Getter, obj: Any) -> Any:
    try:
        return getter(obj)
    except Exception:
        return None


def _expand_specs(obj: Any, specs: Iterable[PropertySpec], keep_missing: bool) -> list[_Field]:
    """Resolve -Property entries against one object (wildcards in its property
    order). A table keeps a missing plain name as an empty column; a list drops it."""
    fields: list[_Field] = []
    names = property_names(obj)
    for spec in specs:
        alignment = spec.alignment.lower() if spec.alignment else None
        width = spec.width or 0
        # PropertySpec.format_string (the FormatString key) may not exist yet.
        fmt = getattr(spec, "format_string", None)
        if spec.expression is not None:
            label = spec.label if spec.label is not None else (spec.name or spec.expression.text)
            fields.append(_Field(label, _expression_getter(spec), width, alignment, fmt))
            continue
        pattern = spec.name or ""
        matched = [n for n in names if wildcard_match(pattern, n)]
        if not matched and keep_missing and not has_wildcard(pattern):
            matched = [pattern]
        for name in matched:
            label = spec.label if spec.label is not None else name
            fields.append(_Field(label, _property_getter(name), width, alignment, fmt))
    return fields


def _default_names(obj: Any, table: bool) -> list[str]:
    view = view_of(obj)
    if view is not None and view.default_display is not None:
        return list(view.default_display)
    names = property_names(obj)
    return names[:_TABLE_PROPERTY_LIMIT] if table else names


def _has_properties(obj: Any) -> bool:
    if isinstance(obj, (datetime, timedelta, DictEntry)):
        return True
    return bool(property_names(obj))


# ---------------------------------------------------------------- views


class _View:
    """What a document does with each object it applies to."""

    kind = "table"          # table | list | wide | complex
    group_getter: Getter | None = None
    group_label = ""

    def applies_to(self, obj: Any) -> bool:
        return True


class _TableView(_View):
    kind = "table"

    def __init__(self, fields: list[_Field], hide_header: bool, floats_fixed: bool,
                 autosize: bool, limit: int, applies: Callable[[Any], bool] | None = None,
                 wrap: bool = False):
        self.fields = fields
        self.wrap = wrap
        self.hide_header = hide_header
        self.floats_fixed = floats_fixed
        self.autosize = autosize
        self.limit = limit
        self._applies = applies

    def applies_to(self, obj: Any) -> bool:
        return self._applies is None or self._applies(obj)

    def entry(self, obj: Any) -> list[str]:
        return [f.text(obj, self.limit, self.floats_fixed) for f in self.fields]

    def caches(self) -> bool:
        return bool(self.fields) and (self.autosize or self.fields[0].width == 0)


class _ListView(_View):
    kind = "list"

    def __init__(self, fields_for: Callable[[Any], list[_Field]], limit: int,
                 applies: Callable[[Any], bool] | None = None):
        self.fields_for = fields_for
        self.limit = limit
        self._applies = applies

    def applies_to(self, obj: Any) -> bool:
        return self._applies is None or self._applies(obj)

    def entry(self, obj: Any) -> tuple[list[str], list[str]]:
        fields = self.fields_for(obj)
        return ([f.label for f in fields],
                [f.text(obj, self.limit) for f in fields])


class _WideView(_View):
    kind = "wide"

    def __init__(self, getter: Getter, columns: int, autosize: bool, limit: int):
        self.getter = getter
        self.columns = columns
        self.autosize = autosize
        self.limit = limit

    def entry(self, obj: Any) -> str:
        return smart_to_string(_safe(self.getter, obj), self.limit)

    def caches(self) -> bool:
        return self.autosize


class _ComplexView(_View):
    """A custom control (e.g. [datetime]'s: its DateTime property)."""
    kind = "complex"

    def __init__(self, text: Callable[[Any], str], applies: Callable[[Any], bool]):
        self.text = text
        self._applies = applies

    def applies_to(self, obj: Any) -> bool:
        return self._applies(obj)

    def entry(self, obj: Any) -> str:
        return self.text(obj)


def _type_applies(type_name: str) -> Callable[[Any], bool]:
    lowered = type_name.lower()
    return lambda obj: any(t.lower() == lowered for t in type_names(obj))


def _fixed_fields(obj: Any, names: list[str]) -> list[_Field]:
    return [_Field(n, _property_getter(n)) for n in names]


def _align(fields: list[_Field], first: Any) -> list[_Field]:
    for f in fields:
        if f.alignment is None:
            f.alignment = RIGHT if is_right_aligned(_safe(f.getter, first)) else LEFT
    return fields


def _builtin_view(found: Found, options: "_Options") -> _View:
    view = found.view
    limit = options.limit
    applies = _type_applies(found.type_name)
    if isinstance(view, TableDef):
        fields = [_Field(c.label, c.getter, c.width, c.alignment or LEFT) for c in view.columns]
        table = _TableView(fields, options.hide_header, False, options.autosize or view.autosize,
                           limit, applies, options.wrap)
        if view.group_by:
            table.group_getter = _property_getter(view.group_by)
            table.group_label = view.group_by
        return table
    if isinstance(view, ListDef):
        items = view.items
        return _ListView(lambda o: [_Field(label, getter) for label, getter in items], limit,
                         applies)
    if isinstance(view, WideDef):
        return _WideView(view.getter, options.wide_columns, options.autosize, limit)
    return _ComplexView(view.text, applies)


def _registered_view(obj: Any, shape: str | None, options: "_Options") -> _View | None:
    """The view PowerShell's format data (or a TypeView's forced shape) gives."""
    found = find_view(obj, shape)
    if found is not None:
        return _builtin_view(found, options)
    limit = options.limit
    view = view_of(obj)
    if view is not None and view.view in ("table", "list") and shape in (None, view.view):
        applies = _type_applies(view.type_names[0])
        if view.view == "table":
            fields = _align(_fixed_fields(obj, _default_names(obj, table=False)), obj)
            return _TableView(fields, options.hide_header, False, options.autosize, limit,
                              applies, options.wrap)
        return _ListView(lambda o: _fixed_fields(o, _default_names(o, table=False)), limit, applies)
    return None


class _Options:
    __slots__ = ("limit", "hide_header", "autosize", "wide_columns", "specs", "group_by",
                 "wrap", "force")

    def __init__(self, limit: int, fd: FormatData | None = None) -> None:
        self.limit = limit
        self.hide_header = bool(fd and fd.hide_table_headers)
        self.autosize = bool(fd and fd.autosize)
        self.wide_columns = (fd.wide_columns or 0) if fd else 0
        self.specs = fd.properties if fd else None
        self.group_by = fd.group_by if fd else None
        # FormatData.wrap (Format-Table -Wrap) may not exist in older requests.
        self.wrap = bool(fd is not None and getattr(fd, "wrap", False))
        # -Force with -Property: a string is an object with (missing) properties too.
        self.force = bool(fd is not None and fd.force and fd.properties)


def _choose_view(obj: Any, shape: str | None, options: _Options) -> _View:
    view: _View | None = None
    if not options.specs:
        view = _registered_view(obj, shape, options)
    if view is None:
        view = _property_view(obj, shape, options)
    group_by = options.group_by
    if isinstance(group_by, PropertySpec):   # -GroupBy {script} or @{Label=; Expression=}
        view.group_getter = (_expression_getter(group_by) if group_by.expression is not None
                             else _property_getter(group_by.name or ""))
        view.group_label = group_by.label or group_by.name or ""
    elif group_by:
        view.group_getter = _property_getter(group_by)
        view.group_label = group_by
    return view


def _identity(obj: Any) -> Any:
    return obj


def _property_view(obj: Any, shape: str | None, options: _Options) -> _View:
    specs = options.specs
    limit = options.limit
    if shape is None:
        count = len(_default_names(obj, table=False))
        shape = "table" if count <= _SHAPE_TABLE_MAX else "list"
    if shape == "table":
        if specs:
            fields = _expand_specs(obj, specs, keep_missing=True)
        else:
            fields = _fixed_fields(obj, _default_names(obj, table=True))
        return _TableView(_align(fields, obj), options.hide_header, True, options.autosize, limit,
                          wrap=options.wrap)
    if shape == "wide":
        if specs:
            fields = _expand_specs(obj, specs[:1], keep_missing=True)
            getter = fields[0].getter if fields else (lambda o: o)
        elif is_scalar(obj):
            getter = _identity
        else:
            getter = _display_name_getter(obj)
        return _WideView(getter, options.wide_columns, options.autosize, limit)
    if specs:
        return _ListView(lambda o: _expand_specs(o, specs, keep_missing=False), limit)
    return _ListView(lambda o: _fixed_fields(o, _default_names(o, table=False)), limit)


def _display_name_getter(first: Any) -> Getter:
    names = property_names(first)
    for pattern in ("name", "id", "key", "*key", "*name", "*id"):
        for name in names:
            if wildcard_match(pattern, name):
                return _property_getter(name)
    return lambda o: to_string(o)


# ---------------------------------------------------------------- the writer


class OutDefault:
    """Streaming Out-Default: the host appends it to every top-level pipeline.

    `write` receives text chunks (each ending in a newline); their concatenation
    is what pwsh prints to a redirected stdout for the same objects.
    """

    def __init__(self, write: Callable[[str], None], width: int = DEFAULT_WIDTH, *,
                 enumeration_limit: int | Callable[[], Any] = DEFAULT_ENUMERATION_LIMIT,
                 buffer_objects: int = DEFAULT_BUFFER_OBJECTS) -> None:
        self._write = write
        self.width = width
        # A callable is read at the start of each document: `$FormatEnumerationLimit = 1`
        # changes what the next output shows.
        self._limit_source = enumeration_limit
        self.buffer_objects = max(1, buffer_objects)
        self._options = _Options(self.enumeration_limit)
        self._shape: str | None = None
        self._reset()

    @property
    def enumeration_limit(self) -> int:
        source = self._limit_source
        value = source() if callable(source) else source
        return value if isinstance(value, int) and not isinstance(value, bool) \
            else DEFAULT_ENUMERATION_LIMIT

    def _reset(self) -> None:
        self._view: _View | None = None
        self._groups_started = 0
        self._in_group = False
        self._group_value: Any = None
        self._caching = False
        self._cache_limit = 0
        self._cached_entries = 0
        self._queue: list[tuple[str, Any]] = []
        self._table: TableWriter | None = None
        self._wide: TableWriter | None = None
        self._wide_row: list[str] = []
        self._wide_per_row = 2

    # -- public API
    def process(self, obj: Any) -> None:
        """Format one pipeline object."""
        if isinstance(obj, FormatData):
            self._end_document()
            self._format_data(obj)
            return
        self._dispatch(obj)

    def end(self) -> None:
        """End of the pipeline: flush what is buffered and close the document."""
        self._end_document()

    # -- dispatch
    def _dispatch(self, obj: Any) -> None:
        if obj is None or obj is AUTOMATION_NULL:
            return
        if isinstance(obj, (list, tuple)):
            for item in obj:
                self._dispatch(item)
            return
        if isinstance(obj, Hashtable):
            # DictionaryEntry per key; a Dictionary[K,V] gives KeyValuePair (Key, Value)
            for entry in obj.entries():
                self._object(entry)
            return
        if isinstance(obj, FormatData):  # nested inside a collection
            self.process(obj)
            return
        self._object(obj)

    def _object(self, obj: Any) -> None:
        # Format-Wide lays strings and numbers out in columns too; other shapes show
        # them as they are.
        text = None if self._options.force or (self._shape == "wide" and is_scalar(obj)) \
            else self._out_of_band_text(obj)
        if text is not None:
            self._emit("raw", text)
            return
        if self._view is None:
            self._start_document(obj)
        view = self._view
        if not view.applies_to(obj):
            self._emit("oob_list", self._out_of_band_list(obj))
            return
        if view.group_getter is not None:
            key = to_string(_safe(view.group_getter, obj))
            if not self._in_group:
                self._push_group(key)
            elif key.lower() != str(self._group_value).lower():
                self._pop_group()
                self._push_group(key)
        elif not self._in_group:
            self._push_group(None)
        self._emit("entry", view.entry(obj))

    @staticmethod
    def _out_of_band_text(obj: Any) -> str | None:
        if is_scalar(obj):
            return to_string(obj)
        if isinstance(obj, ErrorRecord):
            return render_error_record(obj)
        if isinstance(obj, STREAM_RECORDS):   # merged by `3>&1`...: shown as the console shows them
            return obj.console_text
        if not _has_properties(obj):
            return to_string(obj)
        return None

    def _out_of_band_list(self, obj: Any) -> tuple[list[str], list[str]]:
        fields = _fixed_fields(obj, _default_names(obj, table=False))
        return ([f.label for f in fields],
                [smart_to_string(_safe(f.getter, obj), self.enumeration_limit) for f in fields])

    # -- documents and groups
    def _start_document(self, obj: Any) -> None:
        if self._shape is None:   # not inside a Format-* request, which has its own options
            self._options = _Options(self.enumeration_limit)
        self._view = _choose_view(obj, self._shape, self._options)
        self._out("")  # a document starts with an empty line

    def _end_document(self) -> None:
        if self._view is None:
            return
        if self._in_group:
            self._pop_group()
        if self._view.kind != "list":  # a list already ended with an empty line
            self._out("")
        self._reset()

    def _push_group(self, key: Any) -> None:
        self._in_group = True
        self._group_value = key
        view = self._view
        caches = view.kind in ("table", "wide") and view.caches()
        if caches:
            self._caching = True
            self._cache_limit = 0 if view.autosize else self.buffer_objects
            self._cached_entries = 0
            self._queue = [("group", key)]
        else:
            self._group_start(key, None)

    def _pop_group(self) -> None:
        if self._caching:
            self._flush_cache()
        if self._view.kind == "wide":
            self._flush_wide_row()
        self._in_group = False

    def _group_start(self, key: Any, hint: Any) -> None:
        view = self._view
        if view.group_getter is not None:
            # PowerShell 7.4 writes the label line and an empty line (the
            # document's own empty line comes before the first group; PR #12163
            # dropped a second one); later groups are set off by an empty line.
            if self._groups_started:
                self._out("")
            self._out(f"   {view.group_label}: {key}")
            self._out("")
        self._groups_started += 1
        if view.kind == "table":
            fields = view.fields
            widths = hint if hint is not None else [f.width for f in fields]
            self._table = TableWriter(self.width, widths, [f.alignment or LEFT for f in fields],
                                      view.hide_header)
            for line in self._table.header_lines([f.label for f in fields]):
                self._out(line)
        elif view.kind == "wide":
            if hint is not None and hint > 0:
                per_row = wide_items_per_row(hint, self.width)
            elif view.columns > 0:
                per_row = view.columns
            else:
                per_row = 2
            self._wide_per_row = per_row
            self._wide_row = []
            self._wide = TableWriter(self.width, [0] * per_row, [LEFT] * per_row)

    # -- the autosize cache
    def _emit(self, kind: str, data: Any) -> None:
        if self._caching:
            self._queue.append((kind, data))
            if kind == "entry":
                self._cached_entries += 1
                if self._cache_limit and self._cached_entries >= self._cache_limit:
                    self._flush_cache()
            return
        self._handle(kind, data)

    def _flush_cache(self) -> None:
        queue, self._queue = self._queue, []
        self._caching = False
        entries = [data for kind, data in queue if kind == "entry"]
        hint: Any = None
        view = self._view
        if view.kind == "table":
            widths = [cell_len(f.label) for f in view.fields]
            for values in entries:
                for k, value in enumerate(values):
                    n = cell_len(value)
                    if n > widths[k]:
                        widths[k] = n
            hint = widths
        elif view.kind == "wide":
            hint = max((cell_len(v) for v in entries if v), default=0)
        for kind, data in queue:
            if kind == "group":
                self._group_start(data, hint)
            else:
                self._handle(kind, data)

    # -- writing
    def _out(self, line: str) -> None:
        self._write(line + "\n")

    def _handle(self, kind: str, data: Any) -> None:
        if kind == "raw":
            self._out(data)
        elif kind == "oob_list":
            labels, values = data
            lines = [""] + list_lines(labels, values, self.width) + [""]
            self._write("\n".join(lines) + "\n")
        else:
            self._entry(data)

    def _entry(self, data: Any) -> None:
        kind = self._view.kind
        if kind == "table":
            table = self._table
            if table is None or table.disabled or not self._view.fields:
                return
            if self._view.wrap:
                for line in table.wrapped_row(data):
                    self._out(line)
            else:
                self._out(table.row(data))
        elif kind == "list":
            labels, values = data
            lines = list_lines(labels, values, self.width)
            lines.append("")
            self._write("\n".join(lines) + "\n")
        elif kind == "wide":
            self._wide_row.append(data)
            if len(self._wide_row) == self._wide_per_row:
                self._flush_wide_row()
        else:
            for line in generate_lines(data, self.width, self.width):
                self._out(line)

    def _flush_wide_row(self) -> None:
        if not self._wide_row or self._wide is None or self._wide.disabled:
            self._wide_row = []
            return
        values = self._wide_row + [""] * (self._wide_per_row - len(self._wide_row))
        self._out(self._wide.row(values))
        self._wide_row = []

    # -- Format-Table / Format-List / Format-Wide
    def _format_data(self, fd: FormatData) -> None:
        saved_options, saved_shape = self._options, self._shape
        self._options = _Options(self.enumeration_limit, fd)
        self._shape = fd.shape
        try:
            for obj in fd.objects:
                self._dispatch(obj)
            self._end_document()
        finally:
            self._options, self._shape = saved_options, saved_shape


def render(objects: Iterable[Any], width: int = DEFAULT_WIDTH, **options: Any) -> str:
    """The whole Out-Default text for a sequence of pipeline objects (Out-String)."""
    return "".join(_chunks(objects, width, options))


def render_lines(objects: Iterable[Any], width: int = DEFAULT_WIDTH, **options: Any) -> list[str]:
    """The formatter's lines without their line ends (Out-String -Stream / -NoNewline): a
    line is what the formatter wrote at once, so a string keeps its own newlines."""
    return [chunk[:-1] for chunk in _chunks(objects, width, options)]


def _chunks(objects: Iterable[Any], width: int, options: dict[str, Any]) -> list[str]:
    chunks: list[str] = []
    out = OutDefault(chunks.append, width, **options)
    for obj in objects:
        out.process(obj)
    out.end()
    return chunks

