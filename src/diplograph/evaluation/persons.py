"""Person mentions measured against gold: finding them, resolving them, anaphora, and the office held.

Gold files (``tests/gold/persons/*.yaml``, format in ``tests/gold/persons/README.md``) list every
mention with a context string that marks it: ``"。2月、⟦バイデン大統領⟧はウクラ"``. The context is
looked up in the document's clean text; each place it occurs is one gold mention (repeated table rows).

Measures:

- ``person mentions``: named mentions (name + title, name + 氏, …), matched on their exact span;
- ``person resolution``: named mentions resolved to the right person (a person outside the reference
  data counts as right when the extractor made a person from the text with the gold name);
- ``person anaphora``: (span, person) pairs of anaphora (同大臣, 両首脳, …);
- ``person office``: the office the mention gives the resolved person on the date of the text, for named
  and anaphoric mentions whose person is right; claiming an office where the gold says none
  (元/前, 氏, a historical title) is counted as wrong.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..document import Document
from ..extract.records import Extraction, PersonMention, Span
from ..lexicon import Lexicon, default_lexicon
from ..rdf.iris import local
from .score import Score

GOLD = "persons"
_OPEN, _CLOSE = "⟦", "⟧"


@dataclass
class GoldMention:
    """One gold entry: where it is (its context) and what it means."""

    context: str
    persons: list[str | None]  # slug, "unlisted:NAME" or None (ambiguous: must stay unresolved)
    offices: list[set[str] | None]  # acceptable offices per person (slugs, or "text:TITLE"); None = no office
    anaphora: bool = False
    optional: bool = False
    spans: list[Span] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.context[self.context.index(_OPEN) + 1:self.context.index(_CLOSE)]


def _offices(item: dict, n: int) -> list[set[str] | None]:
    office = item.get("office")
    if item.get("office_text"):
        return [{"text:" + item["office_text"]}] * n
    if office is None:
        return [None] * n
    if item.get("anaphora") and isinstance(office, list) and len(office) == n:
        return [({o} if o else None) for o in office]
    return [set(office) if isinstance(office, list) else {office}] * n


def load_gold(data: dict) -> list[GoldMention]:
    """The mentions of one gold file (already parsed)."""
    out = []
    for item in data.get("mentions") or []:
        if item.get("anaphora"):
            persons = list(item.get("persons") or [])
        elif item.get("unlisted"):
            persons = ["unlisted:" + item["unlisted"]]
        else:
            persons = [item.get("person")]
        out.append(GoldMention(item["at"], persons, _offices(item, len(persons)),
                               anaphora=bool(item.get("anaphora")), optional=bool(item.get("optional"))))
    return out


def locate(gold: list[GoldMention], text: str) -> list[str]:
    """Fill each gold mention's spans from its context; returns the contexts not found."""
    missing = []
    for g in gold:
        before = g.context.index(_OPEN)
        plain = g.context.replace(_OPEN, "").replace(_CLOSE, "")
        at = text.find(plain)
        if at < 0:
            # the clean text may keep a space the gold's context was written without ("2 冒頭、…")
            head, rest = g.context.split(_OPEN, 1)
            name, tail = rest.split(_CLOSE, 1)
            found = list(re.finditer(rf"{_spaced(head)}\s*({_spaced(name)})\s*{_spaced(tail)}", text))
            g.spans.extend(Span(m.start(1), m.end(1)) for m in found)
            if not found:
                missing.append(g.context)
        while at >= 0:
            g.spans.append(Span(at + before, at + before + len(g.text)))
            at = text.find(plain, at + 1)
    return missing


def _spaced(part: str) -> str:
    """A pattern for ``part`` with any spaces between its characters."""
    return r"\s*".join(re.escape(ch) for ch in part if not ch.isspace())


def _person_ok(expected: str | None, found: str | None, extraction: Extraction) -> bool:
    if expected is None or found is None:
        return False
    if expected.startswith("unlisted:"):
        person = extraction.unlisted.get(found)
        return person is not None and _key(person.name) == _key(expected.split(":", 1)[1])
    return local(found) == expected


def _key(name: str) -> str:
    return name.replace("・", "").replace("＝", "").replace(" ", "")


def _office_ok(expected: set[str], mention: PersonMention, lexicon: Lexicon) -> bool:
    """Reference offices must be the same; an office made from the text must carry the gold title (or a
    shorter form of it: 外相 for インド外務大臣, as titles on one reference office are the same title)."""
    if mention.office is None:
        return False
    if mention.office in lexicon.offices:
        return local(mention.office) in expected
    label = _key((mention.prefix or "") + (mention.title or ""))
    for gold in (o.split(":", 1)[1] for o in expected if o.startswith("text:")):
        gold = _key(gold)
        if label == gold or gold.endswith(label) or label.endswith(gold):
            return True
        if any(gold.endswith(t) and lexicon.by_title.get(mention.title or "", set()) & offices
               for t, offices in lexicon.by_title.items()):
            return True
    return False


def _anaphoric(mention: PersonMention) -> bool:
    return getattr(mention, "antecedent", None) is not None


def _describe(m: PersonMention) -> str:
    text = m.name if _anaphoric(m) else f"{m.name}{m.prefix}{m.modifier}{m.title or '氏'}"
    return f"{m.span.start}:{text} → {local(m.person) if m.person else None}" \
           f" [{local(m.office) if m.office else None}]{' (' + m.note + ')' if m.note else ''}"


@dataclass
class PersonScores:
    mentions: Score = field(default_factory=Score)
    resolution: Score = field(default_factory=Score)
    anaphora: Score = field(default_factory=Score)
    office: Score = field(default_factory=Score)

    def measures(self) -> dict[str, Score]:
        return {"person mentions": self.mentions, "person resolution": self.resolution,
                "person anaphora": self.anaphora, "person office": self.office}


def score_persons(gold: list[GoldMention], extraction: Extraction, text: str, lexicon: Lexicon,
                  label: str = "") -> PersonScores:
    """Score the person mentions of one document against its gold mentions."""
    scores = PersonScores()
    for context in locate(gold, text):
        scores.mentions.fn += 1
        scores.mentions.misses.append(f"{label} gold context not found in the clean text: {context}")
    named = [m for m in extraction.mentions if not _anaphoric(m)]
    anaphors = [m for m in extraction.mentions if _anaphoric(m)]
    by_span: dict[Span, list[PersonMention]] = defaultdict(list)
    for m in named:
        by_span[m.span].append(m)
    gold_named: dict[Span, GoldMention] = {}
    gold_anaphora: dict[Span, GoldMention] = {}
    optional: set[Span] = set()
    for g in gold:
        for span in g.spans:
            (gold_anaphora if g.anaphora else gold_named)[span] = g
            if g.optional:
                optional.add(span)
    # named mentions: spans, then resolution and office
    for span, g in gold_named.items():
        found = by_span.get(span, [])
        if g.optional:
            continue
        if not found:
            scores.mentions.fn += 1
            scores.mentions.misses.append(f"{label}{span.start}:{g.text}")
            if g.persons[0] is not None:
                scores.resolution.fn += 1
                scores.resolution.misses.append(f"{label}{span.start}:{g.text} (not found) → {g.persons[0]}")
            continue
        scores.mentions.tp += 1
        m = found[0]
        _score_one(scores, g.persons[0], g.offices[0], m, extraction, lexicon, label, scores.resolution)
    for span, found in by_span.items():
        if span not in gold_named and span not in optional:
            m = found[0]
            scores.mentions.fp += 1
            scores.mentions.extras.append(f"{label}{_describe(m)}")
            if m.person:
                scores.resolution.fp += 1
                scores.resolution.extras.append(f"{label}{_describe(m)}")
    # anaphora: (span, person) pairs
    found_pairs: dict[Span, list[PersonMention]] = defaultdict(list)
    for m in anaphors:
        if m.person:
            found_pairs[m.span].append(m)
    for span, g in gold_anaphora.items():
        found = list(found_pairs.get(span, []))
        if g.optional:
            continue
        for expected, offices in zip(g.persons, g.offices, strict=True):
            match = next((m for m in found if _person_ok(expected, m.person, extraction)), None)
            if match is None:
                scores.anaphora.fn += 1
                scores.anaphora.misses.append(f"{label}{span.start}:{g.text} → {expected}")
                continue
            found.remove(match)
            scores.anaphora.tp += 1
            _score_office(scores, offices, match, lexicon, label)
        for m in found:
            scores.anaphora.fp += 1
            scores.anaphora.extras.append(f"{label}{_describe(m)}")
    for span, found in found_pairs.items():
        if span not in gold_anaphora and span not in optional:
            for m in found:
                scores.anaphora.fp += 1
                scores.anaphora.extras.append(f"{label}{_describe(m)}")
    return scores


def _score_one(scores: PersonScores, expected: str | None, offices: set[str] | None, m: PersonMention,
               extraction: Extraction, lexicon: Lexicon, label: str, score: Score) -> None:
    if expected is None:  # the gold says: ambiguous, leave unresolved
        if m.person:
            score.fp += 1
            score.extras.append(f"{label}{_describe(m)} (gold: unresolved)")
        return
    if _person_ok(expected, m.person, extraction):
        score.tp += 1
        _score_office(scores, offices, m, lexicon, label)
        return
    score.fn += 1
    score.misses.append(f"{label}{_describe(m)} (gold {expected})")
    if m.person:
        score.fp += 1


def _score_office(scores: PersonScores, offices: set[str] | None, m: PersonMention, lexicon: Lexicon,
                  label: str) -> None:
    if offices is None:
        if m.office:
            scores.office.fp += 1
            scores.office.extras.append(f"{label}{_describe(m)} (gold: no office)")
        return
    if _office_ok(offices, m, lexicon):
        scores.office.tp += 1
        return
    scores.office.fn += 1
    scores.office.misses.append(f"{label}{_describe(m)} (gold {sorted(offices)})")
    if m.office:
        scores.office.fp += 1


def measure(data: dict, extraction: Extraction, label: str = "", document: Document | None = None,
            lexicon: Lexicon | None = None) -> dict[str, Score]:
    """The person measures of one gold file; ``document`` is the document the extraction was read from."""
    if document is None:
        raise ValueError("the person measures need the document (its clean text locates the gold mentions)")
    return score_persons(load_gold(data), extraction, document.text, lexicon or default_lexicon(), label).measures()
