"""User-facing errors: one line, naming the file (or thing) and the problem."""

from __future__ import annotations


class DiplographError(Exception):
    """Base class of every error diplograph reports to a user without a traceback."""


class InputError(DiplographError):
    """A source file cannot be read as a document."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(DiplographError):
    """The store cannot be opened or written."""


class QueryError(DiplographError):
    """A SPARQL query is malformed or cannot be run."""
