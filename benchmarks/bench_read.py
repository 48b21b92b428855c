"""Benchmark (not a test): characters per second for reading and cleaning the seed corpus.

The five seeds are replicated until the corpus reaches ``--megabytes`` (50 MB of UTF-8 by default), then
each copy is decoded (``read.decode.from_bytes``: encoding detection, format sniffing, checks) and built
into a document (layout repair, character normalisation, offsets, blocks, sentences), on one core.

    python benchmarks/bench_read.py [--megabytes 50] [--single-file] [--profile]

``--single-file`` cleans one big concatenated text instead (checks that nothing is quadratic in the
document size).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from diplograph.document import Metadata, build_document  # noqa: E402
from diplograph.read.decode import from_bytes  # noqa: E402


def corpus(megabytes: float) -> list[tuple[str, bytes]]:
    seeds = [(p.name, p.read_bytes()) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    target = megabytes * 1_000_000
    out: list[tuple[str, bytes]] = []
    total = 0
    while total < target:
        for name, data in seeds:
            out.append((f"{len(out):05d}_{name}", data))
            total += len(data)
    return out


def run(files: list[tuple[str, bytes]]) -> tuple[int, int, float, int]:
    meta = Metadata(title="benchmark")
    chars = size = sentences = 0
    start = time.process_time()
    for name, data in files:
        source = from_bytes(data, name)
        doc = build_document(source, meta, "bench")
        chars += len(source.text)
        size += len(data)
        sentences += len(doc.sentences)
    return chars, size, time.process_time() - start, sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--single-file", action="store_true", help="one big document instead of many")
    parser.add_argument("--profile", action="store_true", help="print the 25 most expensive functions")
    args = parser.parse_args()
    files = corpus(args.megabytes)
    if args.single_file:
        files = [("all.txt", b"\n\n".join(data for _, data in files))]
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    chars, size, seconds, sentences = run(files)
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    print(f"documents: {len(files)}  characters: {chars:,}  UTF-8 bytes: {size:,}  sentences: {sentences:,}")
    rate = f"{chars / seconds:,.0f} characters/s, {size / seconds / 1e6:.2f} MB/s (UTF-8 bytes)"
    print(f"CPU time: {seconds:.2f} s  ->  {rate}")


if __name__ == "__main__":
    main()
