"""Format SPARQL results for the terminal (table) and for files (CSV, TSV, JSON)."""

from __future__ import annotations

import io
import json
import unicodedata

import pyoxigraph as ox

from .namespaces import PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json")
_SERIALIZERS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}


def compact(term: object) -> str:
    """A readable form of an RDF term: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if term.value.startswith(str(ns)):
                rest = term.value[len(str(ns)):]
                if rest and "/" not in rest and "#" not in rest:
                    return f"{prefix}:{rest}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def table(variables: list[str], rows: list[list[str]]) -> str:
    widths = [max([width(v), *(width(r[i]) for r in rows)]) for i, v in enumerate(variables)]
    lines = ["  ".join(_pad(v, w) for v, w in zip(variables, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def format_results(results: object, fmt: str) -> str:
    """Render SELECT / ASK / CONSTRUCT results in ``fmt``."""
    if isinstance(results, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(results)})
        return "true" if results else "false"
    if isinstance(results, ox.QueryTriples):
        out = io.BytesIO()
        results.serialize(out, format=ox.RdfFormat.N_TRIPLES if fmt != "table" else ox.RdfFormat.TURTLE)
        return out.getvalue().decode("utf-8")
    if fmt in _SERIALIZERS:
        out = io.BytesIO()
        results.serialize(out, format=_SERIALIZERS[fmt])
        return out.getvalue().decode("utf-8")
    variables = [v.value for v in results.variables]
    rows = [[compact(solution[v]) for v in variables] for solution in results]
    return table(variables, rows) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"
