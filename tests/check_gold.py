"""Validate the gold files of a held-out set (tests/heldoutN/*.yaml, documents in tests/heldoutN/documents/).

    python tests/check_gold.py tests/heldout5 [tests/heldout6 ...]

Exit code 0 when every file passes, 1 otherwise (each failure is printed).

Checks: YAML loads; `document` exists in documents/; ids unique (meetings and agreements share one id space);
dates valid ISO (YYYY, YYYY-MM, YYYY-MM-DD) and end_date not before date; start_time (HH:MM:SS) and duration
(ISO 8601, e.g. PT1H30M) well formed; kinds, modes and event types in the allowed sets; country codes lower-case
alpha-2, sorted, at least two per meeting; person slugs match ^[a-z]+(-[a-z]+)+$ and exist in
ontology/reference/*.ttl; each participant holds an office in the reference data on the meeting date (overlap
for month/year dates); host among participants; every evidence string is a substring of the document, and not
repeated within one entry; agreement events' meeting ids exist and their dates fall within the meeting's dates;
optional entries and null dates/modes carry a note.
"""

from __future__ import annotations

import calendar
import datetime as dt
import glob
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.path.join(ROOT, "ontology", "reference")

MEETING_KINDS = {"summit", "foreign_ministers", "defence_ministers", "two_plus_two", "economic_two_plus_two",
                 "other_ministerial", "courtesy_call", "signing_ceremony", "other"}
MODES = {"in_person", "phone", "video", None}
AGREEMENT_KINDS = {"joint_statement", "treaty", "intergovernmental_agreement", "memorandum", "framework",
                   "action_plan", "fact_sheet", "implementing_arrangement", "other_document"}
EVENT_TYPES = {"signed", "issued", "agreed_in_principle", "entered_into_force", "under_negotiation"}
SLUG = re.compile(r"^[a-z]+(-[a-z]+)+$")
CC = re.compile(r"^[a-z]{2}$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$")
DURATION = re.compile(r"^P(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$")


def parse_date(value):
    """Return (first_day, last_day) of an ISO date string of precision year, month or day, else None."""
    if not isinstance(value, str):
        return None
    try:
        if re.fullmatch(r"\d{4}", value):
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = map(int, value.split("-"))
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = dt.date.fromisoformat(value)
            return d, d
    except ValueError:
        return None
    return None


def load_reference():
    """Person slugs and their office holdings (start, end) from the reference Turtle files."""
    import rdflib

    g = rdflib.Graph()
    for f in sorted(glob.glob(os.path.join(REF, "*.ttl"))):
        g.parse(f, format="turtle")
    dg = rdflib.Namespace("https://w3id.org/diplograph/ontology#")
    schema = rdflib.Namespace("https://schema.org/")
    prefix = "https://w3id.org/diplograph/id/person/"
    persons = {str(s)[len(prefix):] for s in g.subjects(rdflib.RDF.type, dg.Person) if str(s).startswith(prefix)}
    holdings: dict[str, list[tuple[dt.date | None, dt.date | None]]] = {}

    def to_date(lit):
        if lit is None:
            return None
        r = parse_date(str(lit))
        return r[0] if r else None

    for h in g.subjects(rdflib.RDF.type, dg.OfficeHolding):
        holder = g.value(h, dg.holder)
        if holder is None or not str(holder).startswith(prefix):
            continue
        start = to_date(g.value(h, schema.startDate))
        end = to_date(g.value(h, schema.endDate))
        holdings.setdefault(str(holder)[len(prefix):], []).append((start, end))
    return persons, holdings


def holds_office(holdings, slug, first, last):
    for start, end in holdings.get(slug, []):
        if (start is None or start <= last) and (end is None or end >= first):
            return True
    return False


def check_file(path, persons, holdings):
    errors = []
    name = os.path.basename(path)

    def err(msg):
        errors.append(f"{name}: {msg}")

    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except Exception as e:
        return [f"{name}: YAML does not load: {e}"]
    if not isinstance(data, dict):
        return [f"{name}: not a mapping"]

    doc = data.get("document")
    doc_path = os.path.join(os.path.dirname(path), "documents", doc or "")
    if not doc or not os.path.isfile(doc_path):
        return [f"{name}: document {doc!r} not found in documents/"]
    with open(doc_path, encoding="utf-8") as fh:
        text = fh.read()
    if not isinstance(data.get("year_context"), int):
        err("year_context missing or not an integer")

    meetings = data.get("meetings") or []
    agreements = data.get("agreements") or []
    ids = [x.get("id") for x in meetings + agreements]
    for i in ids:
        if not i:
            err("entry without id")
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        err(f"duplicate ids {sorted(dup)}")
    meeting_ids = {m.get("id") for m in meetings}
    meeting_by_id = {m.get("id"): m for m in meetings}

    def check_evidence(item):
        ev = item.get("evidence") or []
        if not ev:
            err(f"{item.get('id')}: no evidence")
        if len(ev) != len(set(ev)):
            err(f"{item.get('id')}: the same evidence string twice")
        for e in ev:
            if not isinstance(e, str) or e not in text:
                err(f"{item.get('id')}: evidence not in document: {str(e)[:50]!r}")

    def check_countries(item, key, minimum):
        cs = item.get(key) or []
        if len(cs) < minimum:
            err(f"{item.get('id')}: fewer than {minimum} {key}")
        for c in cs:
            if not isinstance(c, str) or not CC.match(c):
                err(f"{item.get('id')}: bad country code {c!r}")
        if cs != sorted(cs):
            err(f"{item.get('id')}: {key} not sorted")
        if len(cs) != len(set(cs)):
            err(f"{item.get('id')}: duplicate {key}")

    def check_person(item, slug, first=None, last=None):
        if not isinstance(slug, str) or not SLUG.match(slug):
            err(f"{item.get('id')}: bad person slug {slug!r}")
            return
        if slug not in persons:
            err(f"{item.get('id')}: person {slug} not in the reference data")
            return
        if first is not None and not holds_office(holdings, slug, first, last):
            err(f"{item.get('id')}: {slug} holds no office in the reference data on {first}..{last}")

    for m in meetings:
        mid = m.get("id")
        note = (m.get("note") or "").strip()
        rng = parse_date(m.get("date"))
        if m.get("date") is None:
            if not note:
                err(f"{mid}: null date without a note")
        elif rng is None:
            err(f"{mid}: bad date {m.get('date')!r}")
        if m.get("end_date") is not None:
            end = parse_date(m.get("end_date"))
            if end is None:
                err(f"{mid}: bad end_date {m.get('end_date')!r}")
            elif rng is not None and end[1] < rng[0]:
                err(f"{mid}: end_date before date")
        if "start_time" in m and (not isinstance(m["start_time"], str) or not TIME.match(m["start_time"])):
            err(f"{mid}: bad start_time {m['start_time']!r}")
        if "duration" in m and (not isinstance(m["duration"], str) or not DURATION.match(m["duration"])
                                or m["duration"] in ("P", "PT")):
            err(f"{mid}: bad duration {m['duration']!r}")
        if m.get("kind") not in MEETING_KINDS:
            err(f"{mid}: bad kind {m.get('kind')!r}")
        if m.get("mode", "missing") not in MODES:
            err(f"{mid}: bad mode {m.get('mode')!r}")
        if m.get("mode") is None and not note:
            err(f"{mid}: null mode without a note")
        check_countries(m, "countries", 2)
        parts = m.get("participants") or []
        if len(parts) != len(set(parts)):
            err(f"{mid}: duplicate participants")
        for p in parts:
            check_person(m, p, *(rng or (None, None)))
        for u in m.get("unresolved_participants") or []:
            if not isinstance(u, str) or not u.strip():
                err(f"{mid}: bad unresolved participant {u!r}")
        host = m.get("host")
        if host is not None and host not in parts:
            err(f"{mid}: host {host} not among participants")
        place = m.get("place")
        if place is not None:
            if not isinstance(place, dict) or "country" not in place:
                err(f"{mid}: place must be null or {{name, country}}")
            elif place.get("country") is not None and not CC.match(str(place.get("country"))):
                err(f"{mid}: bad place country {place.get('country')!r}")
        if m.get("optional") not in (None, True, False):
            err(f"{mid}: optional must be true/false")
        if m.get("optional") and not note:
            err(f"{mid}: optional entry without a note")
        check_evidence(m)

    for a in agreements:
        aid = a.get("id")
        note = (a.get("note") or "").strip()
        if not a.get("title"):
            err(f"{aid}: no title")
        if a.get("kind") not in AGREEMENT_KINDS:
            err(f"{aid}: bad kind {a.get('kind')!r}")
        check_countries(a, "parties", 1)
        if a.get("optional") and not note:
            err(f"{aid}: optional entry without a note")
        events = a.get("events") or []
        if not events:
            err(f"{aid}: no events")
        for ev in events:
            if ev.get("type") not in EVENT_TYPES:
                err(f"{aid}: bad event type {ev.get('type')!r}")
            rng = None
            if ev.get("date") is None:
                if not note:
                    err(f"{aid}: event with null date and no note")
            else:
                rng = parse_date(ev.get("date"))
                if rng is None:
                    err(f"{aid}: bad event date {ev.get('date')!r}")
            for s in ev.get("signatories") or []:
                check_person(a, s, *(rng or (None, None)))
            ref = ev.get("meeting")
            if ref is not None and ref not in meeting_ids:
                err(f"{aid}: event refers to unknown meeting {ref!r}")
            elif ref is not None and rng is not None:
                m = meeting_by_id[ref]
                m_first = parse_date(m.get("date"))
                m_last = parse_date(m.get("end_date") or m.get("date"))
                if m_first and m_last and (rng[1] < m_first[0] or rng[0] > m_last[1]):
                    err(f"{aid}: event date {ev.get('date')} outside the dates of meeting {ref}")
        check_evidence(a)
    return errors


def main(folders: list[str]) -> int:
    persons, holdings = load_reference()
    files = sorted((f for folder in folders for f in glob.glob(os.path.join(folder, "*.yaml"))),
                   key=lambda p: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", os.path.basename(p))])
    if not files:
        print("no gold files found")
        return 1
    errors = []
    total_m = total_opt = total_ev = 0
    for f in files:
        errors += check_file(f, persons, holdings)
        with open(f, encoding="utf-8") as fh:
            d = yaml.safe_load(fh) or {}
        ms = d.get("meetings") or []
        req = sum(1 for m in ms if not m.get("optional"))
        opt = len(ms) - req
        evs = sum(len(a.get("events") or []) for a in d.get("agreements") or [])
        opt_evs = sum(len(a.get("events") or []) for a in d.get("agreements") or [] if a.get("optional"))
        total_m += req
        total_opt += opt
        total_ev += evs
        print(f"{os.path.basename(f):10s} {d.get('document', '?'):40s} meetings {req:2d} + {opt} optional, "
              f"agreement events {evs:2d}" + (f" ({opt_evs} optional)" if opt_evs else ""))
    print(f"{'total':10s} {'':40s} meetings {total_m:2d} + {total_opt} optional, agreement events {total_ev:2d}")
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: python tests/check_gold.py tests/heldoutN [...]")
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
