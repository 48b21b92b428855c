"""The catalogue of named SPARQL queries in ``queries/``: headers, parameters, and running them.

Each ``queries/NAME.rq`` starts with a header of ``#+`` comment lines::

    #+ title: Meetings between two countries
    #+ description: Every meeting in which both countries took part, …
    #+   (an indented line continues the previous field)
    #+ param: country1 country (required) one country (ISO code such as jp, a prefixed name or an IRI)
    #+ param: from date 0001 start of the period, inclusive
    #+ param: kind concept (any) the agreement kind
    #+ example: diplograph query meetings-between-countries --param country1=jp --param country2=us

``param`` lines read ``NAME TYPE DEFAULT DESCRIPTION``. DEFAULT is a value, ``(required)`` (the caller must
give it) or ``(any)`` (left unbound when not given: the variable then matches anything, so use such a
parameter only in triple patterns and ``EXISTS``). ``#+ params: none`` says there are none.

Parameter values are turned into RDF terms (:data:`TYPES`) and bound to the query's variables with
pyoxigraph's substitutions (SEP-0007): they are never written into the query text, so no value can change
what the query does. A parameter's variable must be in the query's SELECT list (pyoxigraph requires it);
inside the query use it in triple patterns, ``FILTER`` and ``EXISTS``, not in ``BIND``, ``BOUND`` or a
sub-select that does not project it.
"""

from __future__ import annotations

import datetime as _dt
import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .namespaces import (
    AGREEMENT,
    CONFERENCE,
    COUNTRY,
    DG,
    DOCUMENT,
    HOLDING,
    MEETING,
    OFFICE,
    ORGANIZATION,
    PERSON,
    PLACE,
    PREFIXES,
    TOPIC,
)
from .paths import queries_dir

XSD = "http://www.w3.org/2001/XMLSchema#"

#: Parameter types whose bare values are slugs in one namespace (``ishiba-shigeru`` → ``person:ishiba-shigeru``).
NAMESPACE_TYPES: dict[str, str] = {
    "person": str(PERSON),
    "office": str(OFFICE),
    "holding": str(HOLDING),
    "country": str(COUNTRY),
    "organization": str(ORGANIZATION),
    "place": str(PLACE),
    "meeting": str(MEETING),
    "conference": str(CONFERENCE),
    "agreement": str(AGREEMENT),
    "document": str(DOCUMENT),
    "topic": str(TOPIC),
    "concept": str(DG),
}

#: Every parameter type and what its values look like.
TYPES: dict[str, str] = {
    "iri": "an IRI (https://…) or a prefixed name (person:ishiba-shigeru, dg:Summit)",
    "date": "YYYY-MM-DD (xsd:date), YYYY-MM (xsd:gYearMonth) or YYYY (xsd:gYear)",
    "string": "any text (an xsd:string literal)",
    "integer": "a whole number (xsd:integer)",
    **{name: f"a slug in {ns} (or a prefixed name or an IRI)" for name, ns in NAMESPACE_TYPES.items()},
}

REQUIRED = "(required)"
ANY = "(any)"

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_PREFIXED = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):(.*)$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HEADER = re.compile(r"^#\+\s?(?:([A-Za-z_-]+):\s?(.*)|(\s+.*))$")


@dataclass(frozen=True)
class Param:
    """One parameter of a named query: a SPARQL variable, its type, default and meaning."""

    name: str
    type: str
    default: str | None  # None: required or "any"
    required: bool
    description: str
    any: bool = False

    @property
    def default_text(self) -> str:
        return REQUIRED if self.required else ANY if self.any else str(self.default)


@dataclass(frozen=True)
class NamedQuery:
    """A query of the catalogue: its name (the file name), header fields and SPARQL text."""

    name: str
    path: Path
    title: str
    description: str
    params: tuple[Param, ...]
    examples: tuple[str, ...]
    text: str = field(repr=False)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"query {self.name}: no parameter {name!r} (parameters: {known})")

    def bind(self, values: Mapping[str, str] | None = None) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
        """Parameter values (text, as typed by a user) → pyoxigraph substitutions, with defaults applied."""
        values = dict(values or {})
        for name in values:
            self.param(name)  # unknown names are errors
        bindings: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
        missing = []
        for p in self.params:
            value = values.get(p.name, p.default)
            if value is None:
                if p.required:
                    missing.append(p.name)
                continue
            bindings[ox.Variable(p.name)] = to_term(p.type, value, f"query {self.name}: parameter {p.name}")
        if missing:
            raise QueryError(f"query {self.name}: missing parameter{'s' if len(missing) > 1 else ''} "
                             + ", ".join(missing) + " (give each as --param NAME=VALUE)")
        return bindings

    def run(self, store, values: Mapping[str, str] | None = None):
        """Run on a :class:`~diplograph.store.GraphStore` (union of all graphs) with the parameters bound."""
        try:
            return store.query(self.text, substitutions=self.bind(values))
        except RuntimeError as exc:  # e.g. a parameter missing from the SELECT list
            raise QueryError(f"query {self.name}: {str(exc).splitlines()[0]}") from None

    def example_values(self) -> dict[str, str]:
        """The ``--param`` values of the first example command line (empty if there is none)."""
        if not self.examples:
            return {}
        return parse_param_options(shlex.split(self.examples[0]))

    def describe(self) -> str:
        """A few lines for a person: title, description, parameters, examples."""
        lines = [f"{self.name}: {self.title}", "", self.description, ""]
        if self.params:
            lines.append("parameters:")
            width = max(len(p.name) for p in self.params)
            for p in self.params:
                lines.append(f"  {p.name:<{width}}  {p.type}, {p.default_text}: {p.description}")
        else:
            lines.append("parameters: none")
        for example in self.examples:
            lines += ["", f"example: {example}"]
        return "\n".join(lines)


def parse_param_options(argv: list[str]) -> dict[str, str]:
    """``--param k=v`` / ``-p k=v`` / ``--param=k=v`` options in an argument list → ``{k: v}``."""
    values: dict[str, str] = {}
    it = iter(argv)
    for arg in it:
        if arg in ("--param", "-p"):
            item = next(it, "")
        elif arg.startswith("--param="):
            item = arg.removeprefix("--param=")
        else:
            continue
        key, sep, value = item.partition("=")
        if sep:
            values[key] = value
    return values


# --- terms -----------------------------------------------------------------------------------------


def _named_node(iri: str, where: str, value: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise QueryError(f"{where}: {value!r} is not a valid IRI ({exc})") from None


def to_iri(value: str, where: str = "value", namespace: str | None = None) -> ox.NamedNode:
    """``<IRI>``, an absolute IRI, a prefixed name (``person:x``) or, given a namespace, a bare slug."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        return _named_node(text[1:-1], where, value)
    prefixed = _PREFIXED.match(text)
    if prefixed and prefixed.group(1) in PREFIXES and not prefixed.group(2).startswith("//"):
        return _named_node(str(PREFIXES[prefixed.group(1)]) + prefixed.group(2), where, value)
    if namespace is not None and _SLUG.match(text):
        if namespace == str(COUNTRY):
            text = text.lower()  # ISO 3166-1 codes are lower case in IRIs (country:jp)
        return _named_node(namespace + text, where, value)
    if prefixed and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*$", prefixed.group(1)):
        return _named_node(text, where, value)  # an absolute IRI (https:…, urn:…)
    hint = "a slug, a prefixed name or an IRI" if namespace else "an IRI or a prefixed name (person:…, dg:…)"
    raise QueryError(f"{where}: {value!r} is not {hint}")


def _date(value: str, where: str) -> ox.Literal:
    match = _DATE.match(value.strip())
    if not match:
        raise QueryError(f"{where}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = match.groups()
    try:
        _dt.date(int(year) or 1, int(month or 1), int(day or 1))
    except ValueError:
        raise QueryError(f"{where}: {value!r} is not a valid date") from None
    datatype = "date" if day else "gYearMonth" if month else "gYear"
    return ox.Literal(match.group(0), datatype=ox.NamedNode(XSD + datatype))


def to_term(kind: str, value: str, where: str = "value") -> ox.NamedNode | ox.Literal:
    """A parameter value typed by a user → the RDF term bound to the query variable."""
    if kind in NAMESPACE_TYPES:
        return to_iri(value, where, NAMESPACE_TYPES[kind])
    if kind == "iri":
        return to_iri(value, where)
    if kind == "date":
        return _date(value, where)
    if kind == "integer":
        try:
            return ox.Literal(str(int(value.strip())), datatype=ox.NamedNode(XSD + "integer"))
        except ValueError:
            raise QueryError(f"{where}: {value!r} is not an integer") from None
    if kind == "string":
        return ox.Literal(value)
    raise QueryError(f"{where}: unknown parameter type {kind!r} (types: {', '.join(TYPES)})")


# --- headers ---------------------------------------------------------------------------------------


def _parse_param(line: str, where: str) -> Param:
    parts = line.split(None, 3)
    if len(parts) < 3:
        raise QueryError(f"{where}: a param line reads 'NAME TYPE DEFAULT DESCRIPTION', got {line!r}")
    name, kind, default = parts[:3]
    description = parts[3] if len(parts) > 3 else ""
    if not _NAME.match(name):
        raise QueryError(f"{where}: parameter name {name!r} is not a SPARQL variable name")
    if kind not in TYPES:
        raise QueryError(f"{where}: parameter {name}: unknown type {kind!r} (types: {', '.join(TYPES)})")
    required, anything = default == REQUIRED, default == ANY
    if not required and not anything:
        to_term(kind, default, f"{where}: default of parameter {name}")  # the default must be valid
    return Param(name=name, type=kind, default=None if required or anything else default,
                 required=required, any=anything, description=description)


def parse_query(path: Path) -> NamedQuery:
    """Read one ``.rq`` file: its header fields and text."""
    text = path.read_text(encoding="utf-8")
    where = path.name
    fields: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.startswith("#+"):
            break
        match = _HEADER.match(line)
        if not match:
            raise QueryError(f"{where}: cannot read header line {line!r}")
        key, value, continuation = match.groups()
        if continuation is not None:
            if not fields:
                raise QueryError(f"{where}: continuation line before any field: {line!r}")
            fields[-1] = (fields[-1][0], fields[-1][1] + " " + continuation.strip())
        else:
            fields.append((key.lower(), value.strip()))
    title = description = ""
    params: list[Param] = []
    examples: list[str] = []
    for key, value in fields:
        if key == "title":
            title = value
        elif key == "description":
            description = value
        elif key == "param":
            params.append(_parse_param(value, where))
        elif key == "params":
            if value.lower() not in ("none", ""):
                raise QueryError(f"{where}: declare parameters with '#+ param: NAME TYPE DEFAULT DESCRIPTION'")
        elif key == "example":
            examples.append(value)
        # other keys are kept for people, ignored here
    if not title:
        raise QueryError(f"{where}: the header has no '#+ title:'")
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise QueryError(f"{where}: a parameter is declared twice")
    return NamedQuery(name=path.stem, path=path, title=title, description=description, params=tuple(params),
                      examples=tuple(examples), text=text)


def load_catalogue(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every ``*.rq`` in ``directory`` (default: the project's ``queries/``), by name."""
    directory = Path(directory) if directory is not None else queries_dir()
    if not directory.is_dir():
        raise QueryError(f"{directory}: no query catalogue here")
    return {path.stem: parse_query(path) for path in sorted(directory.glob("*.rq"))}


def get_query(name: str, directory: Path | None = None) -> NamedQuery:
    catalogue = load_catalogue(directory)
    if name.endswith(".rq"):
        name = name[:-3]
    if name not in catalogue:
        raise QueryError(f"no query named {name!r} (see 'diplograph query --list')")
    return catalogue[name]


# --- results as tables -----------------------------------------------------------------------------


def python_value(term: object) -> object:
    """An RDF term → a plain Python value for tables: IRIs as strings, numbers as numbers, …"""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value.removeprefix(XSD)
        if datatype in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger"):
            return int(term.value)
        if datatype in ("decimal", "double", "float"):
            return float(term.value)
        if datatype == "boolean":
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def rows(results) -> tuple[list[str], list[list[object]]]:
    """SELECT results → (column names, rows of plain Python values)."""
    variables = [v.value for v in results.variables]
    return variables, [[python_value(solution[v]) for v in variables] for solution in results]


def to_frame(results, *, compact_iris: bool = True):
    """SELECT results → a pandas DataFrame (needs pandas: ``pip install 'diplograph[notebooks]'``)."""
    import pandas as pd

    from .results import compact

    variables = [v.value for v in results.variables]
    data = []
    for solution in results:
        row = []
        for v in variables:
            term = solution[v]
            row.append(compact(term) if compact_iris and isinstance(term, ox.NamedNode) else python_value(term))
        data.append(row)
    return pd.DataFrame(data, columns=variables)


def query_frame(store, name: str, /, **params: str):
    """Run the named query on ``store`` and return a pandas DataFrame (for notebooks).

    Parameters are keyword arguments; a trailing underscore is dropped, so ``from_="2025"`` gives ``from``.
    """
    values = {key.removesuffix("_"): str(value) for key, value in params.items()}
    return to_frame(get_query(name).run(store, values))
