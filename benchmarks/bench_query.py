"""Benchmark (not a test): latency of each named query of ``queries/``, three ways.

* **diplograph**: ``NamedQuery.run`` on a :class:`~diplograph.store.GraphStore` opened read-only (parameter
  parsing and binding, the union-of-graphs query, every row fetched);
* **pyoxigraph**: the same query text and the same substitutions on ``pyoxigraph.Store.read_only`` directly;
* **rdflib**: the same query text on rdflib's in-memory ``Dataset(default_union=True)``, with the parameters
  as ``initBindings``.

Graphs: the seed graph (``diplograph build``), and synthetic graphs of about 1 M and 10 M triples. The synthetic
graphs are the seed graph plus generated document graphs in the same shape (meetings with participations,
evidence with both selectors, office holdings, agreements with events, persons with names), dated 2000–2026,
in which the persons of the examples (Ishiba, Trump, …) take part now and then, so that the examples'
selective queries find more rows as the graph grows.

Every measure is the median wall-clock time of ``--repeat`` runs after one warm-up run, the diplograph and
pyoxigraph runs alternating (rdflib on the synthetic graphs: one run, no warm-up, stopped after
``--rdflib-timeout`` seconds). The table ends with the median
ratio diplograph / pyoxigraph (the aim: within 1.2×) and rdflib / pyoxigraph.

    python benchmarks/bench_query.py                         # seed, 1M and 10M (rdflib up to 1M)
    python benchmarks/bench_query.py --sizes seed,1M --rdflib-max 1M --repeat 5
    python benchmarks/bench_query.py --work /tmp/bench --queries timeline,find   # keep and reuse the stores
"""

from __future__ import annotations

import argparse
import gc
import io
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pyoxigraph as ox  # noqa: E402

from diplograph.catalogue_queries import load_catalogue  # noqa: E402
from diplograph.pipeline import ingest  # noqa: E402
from diplograph.store import GraphStore, open_store  # noqa: E402

ID = "https://w3id.org/diplograph/id/"
DG = "https://w3id.org/diplograph/ontology#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
W3CORG = "http://www.w3.org/ns/org#"

COUNTRIES = ["jp", "us", "ca", "cn", "kr", "gb", "fr", "de", "in", "au", "it", "id", "ph", "vn", "br", "mx",
             "za", "sa", "tr", "nz"]
REAL_PERSONS = [("ishiba-shigeru", "jp", "jp-prime-minister"), ("donald-trump", "us", "us-president"),
                ("iwaya-takeshi", "jp", "jp-minister-for-foreign-affairs"),
                ("antony-blinken", "us", "us-secretary-of-state"), ("marco-rubio", "us", "us-secretary-of-state"),
                ("takaichi-sanae", "jp", "jp-prime-minister"), ("mark-carney", "ca", "ca-prime-minister")]
KINDS = ["Summit", "ForeignMinistersMeeting", "DefenceMinistersMeeting", "OtherMinisterialMeeting", "CourtesyCall"]
MODES = [("InPerson", "OfflineEventAttendanceMode")] * 6 + [("Phone", "OnlineEventAttendanceMode")] * 3 + [
    ("Video", "OnlineEventAttendanceMode")]
AGREEMENT_KINDS = ["JointStatement", "Treaty", "IntergovernmentalAgreement", "Memorandum", "FactSheet"]
EVENT_TYPES = ["Signed", "Issued", "EnteredIntoForce"]
KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
SYLLABLES = ["ka", "ri", "to", "ma", "su", "ne", "ko", "ha", "ya", "mi", "ro", "shi", "ta", "no", "e", "lu"]


# --- synthetic data ----------------------------------------------------------------------------------------


def _iri(value: str) -> str:
    return f"<{value}>"


def _lit(value: str, lang: str | None = None, datatype: str | None = None) -> str:
    text = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text + (f"@{lang}" if lang else f"^^<{datatype}>" if datatype else "")


def synthesize(target_triples: int, seed_nquads: bytes, out: Path) -> int:
    """Write an N-Quads file of about ``target_triples``: the seed graph plus generated documents."""
    rng = random.Random(42)
    seed_lines = seed_nquads.count(b"\n")
    remaining = max(0, target_triples - seed_lines)
    per_meeting = 43  # a meeting, its participations, evidence, and its share of persons, holdings, agreements
    meetings = remaining // per_meeting
    persons = max(50, meetings // 10)
    written = seed_lines
    with out.open("wb") as handle:
        handle.write(seed_nquads)
        buffer: list[str] = []

        def quad(s: str, p: str, o: str, g: str) -> None:
            buffer.append(f"{s} {p} {o} {g} .\n")

        def flush() -> None:
            nonlocal written
            written += len(buffer)
            handle.write("".join(buffer).encode("utf-8"))
            buffer.clear()

        ref = _iri(ID.replace("/id/", "/graph/") + "reference")
        offices = [(cc, f"{cc}-synthetic-office-{k}") for cc in COUNTRIES for k in range(10)]
        for cc, slug in offices:
            office = _iri(ID + "office/" + slug)
            quad(office, _iri(RDF_TYPE), _iri(DG + "Office"), ref)
            quad(office, _iri(RDF_TYPE), _iri(W3CORG + "Post"), ref)
            quad(office, _iri(RDFS_LABEL), _lit(f"Synthetic office {slug}", "en"), ref)
            quad(office, _iri(DG + "country"), _iri(ID + "country/" + cc), ref)
        person_info = []
        for i in range(persons):
            slug = "synthetic-" + "".join(rng.choice(SYLLABLES) for _ in range(3)) + f"-{i}"
            cc, office = rng.choice(offices)
            person_info.append((slug, cc, office))
            person = _iri(ID + "person/" + slug)
            for cls in (DG + "Person", SCHEMA + "Person", PROV + "Agent"):
                quad(person, _iri(RDF_TYPE), _iri(cls), ref)
            quad(person, _iri(SCHEMA + "name"), _lit(slug.replace("-", " ").title(), "en"), ref)
            quad(person, _iri(SCHEMA + "name"), _lit("".join(rng.choice(KANA) for _ in range(4)), "ja"), ref)
            start = f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            end = f"{int(start[:4]) + rng.randint(1, 4)}{start[4:]}"
            holding = _iri(f"{ID}holding/{slug}--{office}--{start}")
            quad(holding, _iri(RDF_TYPE), _iri(DG + "OfficeHolding"), ref)
            quad(holding, _iri(RDF_TYPE), _iri(W3CORG + "Membership"), ref)
            quad(holding, _iri(DG + "holder"), person, ref)
            quad(holding, _iri(DG + "office"), _iri(ID + "office/" + office), ref)
            quad(holding, _iri(SCHEMA + "startDate"), _lit(start, datatype=XSD + "date"), ref)
            if rng.random() < 0.8:
                quad(holding, _iri(SCHEMA + "endDate"), _lit(end, datatype=XSD + "date"), ref)
        flush()

        per_document = 2000
        for m in range(meetings):
            doc_id = f"synthetic-{m // per_document:04d}"
            graph = _iri(ID.replace("/id/", "/graph/") + "document/" + doc_id)
            doc = _iri(ID + "document/" + doc_id)
            if m % per_document == 0:
                quad(doc, _iri(RDF_TYPE), _iri(DG + "SourceDocument"), graph)
                quad(doc, _iri(SCHEMA + "name"), _lit(f"Synthetic document {doc_id}", "en"), graph)
                quad(doc, _iri(DG + "fileName"), _lit(f"{doc_id}.txt"), graph)
            year = rng.randint(2000, 2026)
            date = f"{year}-{rng.randint(1, 12):02d}" + (f"-{rng.randint(1, 28):02d}" if rng.random() < 0.9 else "")
            a = rng.choice(person_info)
            b = rng.choice(person_info)
            if rng.random() < 0.03:  # the persons of the examples take part now and then
                real = rng.choice(REAL_PERSONS)
                a = real if rng.random() < 0.5 else a
                b = REAL_PERSONS[1] if real[0] == "ishiba-shigeru" and rng.random() < 0.5 else b
            if a[0] == b[0]:
                continue
            kind = rng.choice(KINDS)
            mode, schema_mode = rng.choice(MODES)
            slug = f"{doc_id}-{m}-{a[1]}-{b[1]}"
            meeting = _iri(ID + "meeting/" + slug)
            quad(meeting, _iri(RDF_TYPE), _iri(DG + "Meeting"), graph)
            quad(meeting, _iri(RDF_TYPE), _iri(SCHEMA + "Event"), graph)
            quad(meeting, _iri(SCHEMA + "startDate"), _lit(date, datatype=XSD + ("date" if len(date) == 10
                                                                                    else "gYearMonth")), graph)
            quad(meeting, _iri(DG + "meetingKind"), _iri(DG + kind), graph)
            quad(meeting, _iri(DG + "attendanceMode"), _iri(DG + mode), graph)
            quad(meeting, _iri(SCHEMA + "eventAttendanceMode"), _iri(SCHEMA + schema_mode), graph)
            quad(meeting, _iri(SCHEMA + "name"), _lit(f"{date} {a[0]} {b[0]} {kind}", "ja"), graph)
            quad(meeting, _iri(RDFS_LABEL), _lit(f"{date} {a[0]} {b[0]} {kind}", "ja"), graph)
            quad(meeting, _iri(PROV + "wasDerivedFrom"), doc, graph)
            start = rng.randint(0, 200_000)
            evidence = _iri(f"{ID}evidence/{doc_id}/{start}-{start + 40}")
            quad(meeting, _iri(DG + "evidence"), evidence, graph)
            quad(meeting, _iri(PROV + "wasDerivedFrom"), evidence, graph)
            for person, cc, office in (a, b):
                person_iri = _iri(ID + "person/" + person)
                participation = _iri(f"{ID}meeting/{slug}/participation/{person}")
                quad(meeting, _iri(SCHEMA + "attendee"), person_iri, graph)
                quad(meeting, _iri(DG + "involvesCountry"), _iri(ID + "country/" + cc), graph)
                quad(meeting, _iri(DG + "involvesParty"), _iri(ID + "country/" + cc), graph)
                quad(meeting, _iri(DG + "participation"), participation, graph)
                quad(participation, _iri(RDF_TYPE), _iri(DG + "Participation"), graph)
                quad(participation, _iri(RDF_TYPE), _iri(PROV + "Association"), graph)
                quad(participation, _iri(DG + "participant"), person_iri, graph)
                quad(participation, _iri(PROV + "agent"), person_iri, graph)
                quad(participation, _iri(DG + "represents"), _iri(ID + "country/" + cc), graph)
                quad(participation, _iri(DG + "officeHeld"), _iri(ID + "office/" + office), graph)
            for cls in (DG + "Evidence", OA + "SpecificResource", PROV + "Entity"):
                quad(evidence, _iri(RDF_TYPE), _iri(cls), graph)
            quad(evidence, _iri(OA + "hasSource"), doc, graph)
            quote = _iri(f"{ID}evidence/{doc_id}/{start}-{start + 40}/quote")
            position = _iri(f"{ID}evidence/{doc_id}/{start}-{start + 40}/position")
            sentence = "".join(rng.choice(KANA) for _ in range(40))
            quad(evidence, _iri(OA + "hasSelector"), quote, graph)
            quad(evidence, _iri(OA + "hasSelector"), position, graph)
            quad(evidence, _iri(DG + "cleanQuote"), _lit(sentence, "ja"), graph)
            quad(quote, _iri(RDF_TYPE), _iri(OA + "TextQuoteSelector"), graph)
            quad(quote, _iri(OA + "exact"), _lit(sentence), graph)
            quad(position, _iri(RDF_TYPE), _iri(OA + "TextPositionSelector"), graph)
            quad(position, _iri(OA + "start"), _lit(str(start), datatype=XSD + "integer"), graph)
            quad(position, _iri(OA + "end"), _lit(str(start + 40), datatype=XSD + "integer"), graph)
            if m % 20 == 0:  # an agreement signed at one meeting in twenty
                agreement = _iri(f"{ID}agreement/{slug}")
                event = _iri(f"{ID}agreement/{slug}/event/signed")
                quad(agreement, _iri(RDF_TYPE), _iri(DG + "Agreement"), graph)
                quad(agreement, _iri(RDF_TYPE), _iri(SCHEMA + "CreativeWork"), graph)
                quad(agreement, _iri(SCHEMA + "name"), _lit(f"合意 {slug}", "ja"), graph)
                quad(agreement, _iri(DG + "agreementKind"), _iri(DG + rng.choice(AGREEMENT_KINDS)), graph)
                quad(agreement, _iri(DG + "party"), _iri(ID + "country/" + a[1]), graph)
                quad(agreement, _iri(DG + "party"), _iri(ID + "country/" + b[1]), graph)
                quad(agreement, _iri(DG + "agreementEvent"), event, graph)
                quad(agreement, _iri(DG + "evidence"), evidence, graph)
                quad(event, _iri(RDF_TYPE), _iri(DG + "AgreementEvent"), graph)
                quad(event, _iri(DG + "eventType"), _iri(DG + rng.choice(EVENT_TYPES)), graph)
                quad(event, _iri(SCHEMA + "startDate"), _lit(date, datatype=XSD + ("date" if len(date) == 10
                                                                                      else "gYearMonth")), graph)
                quad(event, _iri(DG + "atMeeting"), meeting, graph)
                quad(event, _iri(DG + "signatory"), _iri(ID + "person/" + a[0]), graph)
                quad(event, _iri(DG + "signatory"), _iri(ID + "person/" + b[0]), graph)
            if len(buffer) > 200_000:
                flush()
        flush()
    return written


# --- the three engines -------------------------------------------------------------------------------------


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout


def timed(run, repeat: int, warmup: bool, timeout: float | None = None) -> tuple[float | None, int]:
    """Median seconds of ``repeat`` runs of ``run`` (which returns a row count), and the row count."""
    if warmup:
        run()
    times, count = [], 0
    for _ in range(repeat):
        gc.collect()
        if timeout:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            start = time.perf_counter()
            count = run()
            times.append(time.perf_counter() - start)
        except Timeout:
            return None, -1
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
    return statistics.median(times), count


def oxigraph_rows(results) -> int:
    if isinstance(results, ox.QueryBoolean):
        return 1
    variables = results.variables
    return len([[solution[v] for v in variables] for solution in results])


def rdflib_bindings(bound: dict) -> dict:
    from rdflib import Literal, URIRef

    out = {}
    for variable, term in bound.items():
        if isinstance(term, ox.NamedNode):
            out[variable.value] = URIRef(term.value)
        else:
            out[variable.value] = Literal(term.value, datatype=URIRef(term.datatype.value))
    return out


def load_rdflib(nquads: Path):
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(str(nquads), format="nquads")
    return dataset


def measure(query, store: GraphStore, direct: ox.Store, dataset, *, repeat: int, seed: bool,
            rdflib_timeout: float) -> dict:
    """One named query (with its example's values) on the three engines."""
    values = query.example_values()
    bound = query.bind(values)

    def through_diplograph() -> int:
        return oxigraph_rows(query.run(store, values))

    def pyoxigraph_direct() -> int:
        return oxigraph_rows(direct.query(query.text, use_default_graph_as_union=True, substitutions=bound))

    # Alternate the two, one run at a time, so that whatever else the machine does weighs on both alike.
    through_diplograph(), pyoxigraph_direct()
    pairs = [(timed(through_diplograph, 1, False), timed(pyoxigraph_direct, 1, False)) for _ in range(repeat)]
    diplo, rows_d = statistics.median(d[0] for d, _ in pairs), pairs[0][0][1]
    oxi, rows_o = statistics.median(o[0] for _, o in pairs), pairs[0][1][1]
    assert rows_d == rows_o, (query.name, rows_d, rows_o)
    rdf, rows_r = float("nan"), None
    if dataset is not None:
        bindings = rdflib_bindings(bound)
        try:
            rdf, rows_r = timed(lambda: len(list(dataset.query(query.text, initBindings=bindings))),
                                repeat if seed else 1, seed, None if seed else rdflib_timeout)
        except Exception as exc:  # rdflib's own SPARQL bugs (an unbound variable in GROUP_CONCAT): no figure
            print(f"  rdflib failed on {query.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            rdf, rows_r = float("nan"), None
    return {"diplograph": diplo, "pyoxigraph": oxi, "rdflib": rdf, "rows": rows_d, "rows_rdflib": rows_r}


# --- driver ------------------------------------------------------------------------------------------------

SIZES = {"seed": 0, "1M": 1_000_000, "10M": 10_000_000}


def fmt_ms(seconds: float | None) -> str:
    return "timeout" if seconds is None else "-" if seconds != seconds else f"{seconds * 1000:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="seed,1M,10M", help="comma-separated: seed, 1M, 10M")
    parser.add_argument("--rdflib-max", default="1M", help="largest size to run rdflib on (seed, 1M, 10M, none)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure (after a warm-up)")
    parser.add_argument("--rdflib-timeout", type=float, default=120.0, help="seconds per rdflib query (synthetic)")
    parser.add_argument("--queries", default="", help="comma-separated query names (default: all)")
    parser.add_argument("--work", type=Path, default=None, help="folder for the stores (default: a temp dir)")
    parser.add_argument("--seed-store", type=Path, default=None,
                        help="an existing store built from the seeds (default: build one in the work folder)")
    args = parser.parse_args()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    rdflib_limit = -1 if args.rdflib_max == "none" else SIZES[args.rdflib_max]
    work = args.work or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    catalogue = load_catalogue()
    if args.queries:
        wanted = [name.strip() for name in args.queries.split(",") if name.strip()]
        catalogue = {name: catalogue[name] for name in wanted}

    seed_store = args.seed_store or work / "seed" / "store"
    if not seed_store.exists():
        started = time.perf_counter()
        with open_store(seed_store) as store:
            ingest([str(ROOT / "seeds")], store)
        print(f"seed store built in {time.perf_counter() - started:.1f} s", flush=True)
    with open_store(seed_store, read_only=True) as store:
        seed_nquads = store.dump_nquads()

    results: list[dict] = []
    for size in sizes:
        folder = work / size
        folder.mkdir(parents=True, exist_ok=True)
        nquads = folder / "data.nq"
        if size == "seed":
            nquads.write_bytes(seed_nquads)
            store_path, triples = seed_store, seed_nquads.count(b"\n")
        else:
            store_path = folder / "store"
            if not store_path.exists():
                started = time.perf_counter()
                triples = synthesize(SIZES[size], seed_nquads, nquads)
                generated = time.perf_counter() - started
                started = time.perf_counter()
                bulk = ox.Store(str(store_path))
                bulk.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
                bulk.optimize()
                bulk.flush()
                del bulk
                print(f"{size}: {triples:,} quads generated in {generated:.0f} s, bulk-loaded into Oxigraph in "
                      f"{time.perf_counter() - started:.0f} s", flush=True)
            else:
                triples = sum(1 for _ in nquads.open("rb"))
        repeat = args.repeat if size == "seed" else max(1, min(args.repeat, 3))
        store = GraphStore(store_path, read_only=True)
        direct = ox.Store.read_only(str(store_path))
        dataset = None
        if 0 <= SIZES[size] <= rdflib_limit:
            started = time.perf_counter()
            dataset = load_rdflib(nquads)
            print(f"{size}: rdflib loaded {len(dataset):,} triples in {time.perf_counter() - started:.0f} s",
                  flush=True)
        for name, query in catalogue.items():
            row = measure(query, store, direct, dataset, repeat=repeat, seed=size == "seed",
                          rdflib_timeout=args.rdflib_timeout)
            results.append({"size": size, "triples": triples, "query": name, **row})
            print(f"  {size:>4} {name:<27} diplograph {fmt_ms(row['diplograph']):>9} ms  "
                  f"pyoxigraph {fmt_ms(row['pyoxigraph']):>9} ms  rdflib {fmt_ms(row['rdflib']):>9} ms  "
                  f"rows {row['rows']}" + (f" (rdflib {row['rows_rdflib']})" if row["rows_rdflib"] not in (
                      None, row["rows"]) else ""), flush=True)
        store.close()
        del direct, dataset
        gc.collect()

    print()
    print(report(results))
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


def report(results: list[dict]) -> str:
    out = io.StringIO()
    header = (f"{'graph':<5} {'triples':>11} {'query':<27} {'diplograph ms':>13} {'pyoxigraph ms':>13} "
              f"{'ratio':>6} {'rdflib ms':>10} {'rdflib/oxi':>10} {'rows':>6}")
    out.write(header + "\n" + "-" * len(header) + "\n")
    ratios, rdflib_ratios = [], []
    for r in results:
        ratio = r["diplograph"] / r["pyoxigraph"] if r["pyoxigraph"] else float("nan")
        ratios.append(ratio)
        rdf = r["rdflib"]
        if rdf is None:
            rdf_ratio = "timeout"
        elif rdf != rdf:
            rdf_ratio = "-"
        else:
            rdflib_ratios.append(rdf / r["pyoxigraph"])
            rdf_ratio = f"{rdf / r['pyoxigraph']:.1f}x"
        rows = f"{r['rows']}" + ("*" if r["rows_rdflib"] not in (None, -1, r["rows"]) else "")
        out.write(f"{r['size']:<5} {r['triples']:>11,} {r['query']:<27} {fmt_ms(r['diplograph']):>13} "
                  f"{fmt_ms(r['pyoxigraph']):>13} {ratio:>5.2f}x {fmt_ms(rdf):>10} {rdf_ratio:>10} {rows:>6}\n")
    out.write("\n")
    for size in dict.fromkeys(r["size"] for r in results):
        sized = [r["diplograph"] / r["pyoxigraph"] for r in results if r["size"] == size and r["pyoxigraph"]]
        out.write(f"median diplograph / pyoxigraph on {size}: {statistics.median(sized):.3f}x\n")
    out.write(f"median diplograph / pyoxigraph overall: {statistics.median(ratios):.3f}x (aim: within 1.2x)\n")
    if rdflib_ratios:
        out.write(f"median rdflib / pyoxigraph (where rdflib ran and finished): "
                  f"{statistics.median(rdflib_ratios):.1f}x\n")
    out.write("* rdflib returned a different number of rows\n")
    return out.getvalue()


if __name__ == "__main__":
    main()
