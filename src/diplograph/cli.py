"""The ``diplograph`` command line: a thin layer over the library."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import DiplographError
from .paths import default_store, seeds_dir


class _Group(click.Group):
    """Turns every DiplographError into a one-line message and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DiplographError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)


store_option = click.option(
    "--store", "store_path", type=click.Path(file_okay=False, path_type=Path), envvar="DIPLOGRAPH_STORE",
    default=lambda: str(default_store()), show_default="./diplograph-store or $DIPLOGRAPH_STORE",
    help="Folder of the on-disk Oxigraph store.",
)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="diplograph")
def main() -> None:
    """diplograph: Japanese diplomatic records → a linked, provenance-tracked knowledge graph.

    Typical use: `diplograph build` reads the sample corpus in seeds/, stores the graph, writes the
    exports and the network page to out/. Then query it with `diplograph sparql`.
    """


def _print_report(report, silent: bool) -> None:
    if not silent:
        for doc in report.documents:
            click.echo(f"{doc.doc_id}: {doc.meetings} meetings, {doc.persons} persons, {doc.triples} triples")
    for failure in report.failures:
        click.echo(f"error: {failure}", err=True)


@main.command()
@store_option
@click.option("--seeds", "seeds", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder of source documents (default: the project's seeds/).")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder for the exports and the network page.")
@click.option("--silent", is_flag=True, help="Print only errors.")
def build(store_path: Path, seeds: Path | None, out: Path, silent: bool) -> None:
    """Build everything from the seed corpus: store, exports (all formats) and network page."""
    from .export import export_all
    from .network import write_network_page
    from .pipeline import ingest
    from .store import open_store

    seeds = seeds or seeds_dir()
    with open_store(store_path) as store:
        report = ingest([str(seeds)], store)
        _print_report(report, silent)
        written = export_all(store, out)
        network = write_network_page(store, out / "network.html")
        meetings = int(next(iter(store.query(
            "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <https://w3id.org/diplograph/ontology#Meeting> }"
        )))["n"].value)
        if not silent:
            click.echo(f"store: {store_path} ({store.count()} quads in {len(store.graphs())} graphs)")
            click.echo(f"meetings: {meetings}; network: {network.number_of_nodes()} persons, "
                       f"{network.number_of_edges()} pairs")
            click.echo("exports: " + ", ".join(str(p) for p in written))
            click.echo(f"network page: {out / 'network.html'}")
    if report.failures:
        sys.exit(1)


@main.command()
@store_option
@click.argument("paths", nargs=-1, required=True)
@click.option("--silent", is_flag=True, help="No progress bar or summary; only errors.")
@click.option("--year", type=click.IntRange(1868, 2100), default=None,
              help="The year the documents cover, for texts that never write it (a weekly digest's 12日（水）) or "
                   "whose opening names other years first. A catalogue.toml's metadata wins.")
def ingest(store_path: Path, paths: tuple[str, ...], silent: bool, year: int | None) -> None:
    """Read PATHS (files, folders, globs, or - for stdin) into the store.

    Each document gets its own named graph; ingesting a document again replaces its graph.
    A file that cannot be read is reported and skipped; the exit status is then 1.
    """
    from .pipeline import ingest as run
    from .store import open_store

    def progress(items: list) -> object:
        if silent or len(items) < 2 or "-" in items:
            return items
        return _ProgressIter(items)

    with open_store(store_path) as store:
        report = run(paths, store, progress=progress, year=year)
    _print_report(report, silent)
    if report.failures:
        sys.exit(1)


class _ProgressIter:
    """Iterate with a progress bar on stderr (click's bar wants a context manager)."""

    def __init__(self, items: list) -> None:
        self.items = items

    def __iter__(self):
        with click.progressbar(self.items, label="reading", file=sys.stderr) as bar:
            yield from bar


def _read_query(query: str) -> str:
    if query == "-":
        return sys.stdin.read()
    path = Path(query)
    if path.suffix in (".rq", ".sparql") or (path.is_file() and "{" not in query):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"{query}: {exc.strerror}") from None
    return query


@main.command()
@store_option
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format.")
def sparql(store_path: Path, query: str, fmt: str) -> None:
    """Run a SPARQL QUERY (text, a .rq file, or - for stdin) over all graphs of the store."""
    from .results import format_results
    from .store import open_store

    text = _read_query(query)
    with open_store(store_path, read_only=True) as store:
        click.echo(format_results(store.query(text), fmt), nl=fmt == "table")


def _parse_params(items: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.UsageError(f"--param {item!r}: write NAME=VALUE")
        values[key.strip()] = value
    return values


@main.command()
@store_option
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the query (repeat for several).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("--show", is_flag=True, help="Describe the query (parameters, example) and print its SPARQL.")
def query(store_path: Path, name: str | None, params: tuple[str, ...], fmt: str, list_queries: bool,
          show: bool) -> None:
    """Run the named query NAME from the catalogue (queries/*.rq) with its parameters.

    \b
    diplograph query --list
    diplograph query person-meetings --param person=ishiba-shigeru
    diplograph query meetings-between-countries -p country1=jp -p country2=us -p from=2025 -p to=2025

    Values are bound to the query's variables as RDF terms, never pasted into its text. Persons, offices
    and countries take a slug (ishiba-shigeru, jp-prime-minister, jp), a prefixed name (person:…) or an IRI;
    dates are YYYY, YYYY-MM or YYYY-MM-DD.
    """
    from .catalogue_queries import get_query, load_catalogue
    from .results import format_results, table
    from .store import open_store

    if list_queries:
        def usage(p) -> str:
            return p.name if p.required else f"[{p.name}]" if p.any else f"[{p.name}={p.default}]"

        rows = [[q.name, q.title, " ".join(usage(p) for p in q.params)] for q in load_catalogue().values()]
        click.echo(table(["name", "title", "parameters"], rows))
        return
    if not name:
        raise click.UsageError("give a query NAME, or --list to see the catalogue")
    named = get_query(name)
    if show:
        click.echo(named.describe())
        click.echo("\n" + named.text.rstrip())
        return
    values = _parse_params(params)
    named.bind(values)  # report parameter errors before opening the store
    with open_store(store_path, read_only=True) as store:
        click.echo(format_results(named.run(store, values), fmt), nl=fmt == "table")


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option("--timeout", "timeout_s", type=click.IntRange(1, None), default=None,
              help="Give up on a query after this many seconds.")
@click.option("--cors", is_flag=True, help="Allow cross-origin requests (for web pages on other origins).")
def serve(store_path: Path, host: str, port: int, timeout_s: int | None, cors: bool) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (the Oxigraph server), until Ctrl-C.

    Queries go to http://HOST:PORT/query (SPARQL 1.1 Protocol: GET or POST); a query page is at
    http://HOST:PORT/. Queries see the union of all graphs; updates are refused. Stop the server before
    running 'build' or 'ingest' on the same store.
    """
    from .serve import serve as run

    run(store_path, host, port, timeout_s=timeout_s, cors=cors, echo=lambda line: click.echo(line))


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"]),
              default="turtle", show_default=True, help="RDF format (nquads and trig keep the named graphs).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
def export(store_path: Path, fmt: str, output: Path | None) -> None:
    """Export the whole graph in a standard RDF format."""
    from .export import export_bytes, write_atomic
    from .store import open_store

    with open_store(store_path, read_only=True) as store:
        data = export_bytes(store, fmt)
    if output:
        write_atomic(output, data)
    else:
        sys.stdout.buffer.write(data)


@main.command()
@store_option
def stats(store_path: Path) -> None:
    """Counts of graphs, triples and things (persons, meetings, …) in the store."""
    from .paths import queries_dir
    from .results import format_results
    from .store import open_store

    with open_store(store_path, read_only=True) as store:
        click.echo(f"store: {store_path}")
        for graph in store.graphs():
            click.echo(f"  {graph}: {store.count(graph)} triples")
        click.echo(format_results(store.query((queries_dir() / "stats.rq").read_text(encoding="utf-8")),
                                  "table"))


@main.command()
@store_option
@click.option("--report", "show_report", is_flag=True, help="Print the full SHACL report.")
def validate(store_path: Path, show_report: bool) -> None:
    """Check the stored graph against the SHACL shapes (ontology/shapes.ttl)."""
    from .store import open_store
    from .validate import validate_store

    with open_store(store_path, read_only=True) as store:
        result = validate_store(store)
    if result.conforms:
        click.echo("conforms: the graph satisfies every shape")
        return
    if show_report:
        click.echo(result.text)
    raise click.ClickException(f"{result.violations} SHACL violations (run with --report to see them)")


@main.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder of gold annotations (default: the project's tests/gold/).")
@click.option("--documents", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder of the documents the gold annotates (default: the project's seeds/).")
@click.option("--errors", "show_errors", is_flag=True, help="List every missed and spurious item.")
def evaluate_command(gold_dir: Path | None, documents: Path | None, show_errors: bool) -> None:
    """Measure extraction against gold annotations: precision, recall and F1 per document and measure."""
    from .evaluation import evaluate
    from .paths import project_root
    from .results import table

    results = evaluate(gold_dir or project_root() / "tests" / "gold", documents or seeds_dir())
    rows = [[doc, name, f"{score.precision:.2f}", f"{score.recall:.2f}", f"{score.f1:.2f}",
             str(score.tp), str(score.fp), str(score.fn)]
            for doc, measures in results.items() for name, score in measures.items()]
    click.echo(table(["gold", "measure", "P", "R", "F1", "tp", "fp", "fn"], rows))
    if show_errors:
        for doc, measures in results.items():
            if doc == "all":
                continue
            for name, score in measures.items():
                for miss in score.misses:
                    click.echo(f"missed   {name}: {miss}")
                for extra in score.extras:
                    click.echo(f"spurious {name}: {extra}")
