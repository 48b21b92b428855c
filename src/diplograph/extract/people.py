"""The people of one document: named mentions resolved by date, anaphora, persons made from the text,
and the office holdings the text attests.

The pipeline calls :func:`read_people` once per document with the dates it has read; the result goes into
the :class:`Extraction` record (``mentions``, ``unlisted``, ``attestations``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from ..clean.layout import Block
from ..document import Document
from ..lexicon import Lexicon
from ..namespaces import COUNTRY, PERSON
from ..rdf.iris import digest, local
from .anaphora import AnaphoraResolver
from .dates import DateMention, DateValue
from .meeting_parts import MeetingParts, is_spoken_record
from .mentions import MentionFinder, Resolution
from .names import is_katakana, kanji_family, name_key
from .records import Attestation, PersonMention, Span, UnlistedPerson
from .table_meetings import cell_person

# Blocks whose mentions can be antecedents of anaphora (captions and footnotes interrupt the story).
_STORY = ("paragraph", "item", "table_row")


@dataclass
class People:
    """What :func:`read_people` found: mentions in reading order, persons made from the text, holdings."""

    mentions: list[PersonMention] = field(default_factory=list)
    unlisted: dict[str, UnlistedPerson] = field(default_factory=dict)
    attestations: list[Attestation] = field(default_factory=list)
    speakers: dict[int, PersonMention] = field(default_factory=dict)  # block index → who speaks there


class _DatesInForce:
    """The date in force at an offset: the last narrative date mentioned before it (not one that only dates
    a noun, "2022年1月に立ち上がった経済版「2+2」"), looked up by bisection."""

    def __init__(self, dates: list[DateMention]) -> None:
        told = sorted((d.start, d.value) for d in dates if d.narrative and not getattr(d, "modifies", False))
        self.starts = [s for s, _ in told]
        self.values = [v for _, v in told]

    def at(self, offset: int) -> DateValue | None:
        i = bisect_left(self.starts, offset)
        return self.values[i - 1] if i else None


def document_dates(doc: Document) -> tuple[DateValue, ...]:
    """The document's own date, else the years of the period it covers: tried when the date in force fails."""
    meta = doc.meta
    if meta.date:
        return (DateValue.parse_iso(meta.date),)
    years = [int(y) for y in re.findall(r"\d{4}", meta.period or "")] or \
        ([meta.published] if meta.published else [])
    return tuple(DateValue(y) for y in years)


_FAMILY_ONLY = "only the family name is in the reference data"


def _passage_countries(doc: Document, block: Block, parts: MeetingParts) -> frozenset[str]:
    """The countries a block and its section titles name, in full or in a compound ("日・サウジ・ビジョン")."""
    texts = [*block.section, doc.text[block.start:block.end]]
    found = {c for t in texts for c in parts.named_countries(t)}
    found |= {c for t in texts for c in parts.compound_countries(t)}
    return frozenset(found)


def read_people(doc: Document, lexicon: Lexicon, dates: list[DateMention],
                finder: MentionFinder | None = None) -> People:
    """Every person mention of ``doc``, resolved, with the persons and holdings made from the text.

    Three passes: named mentions, resolved by name, title and date; persons made from the text for the
    names the reference data lacks (a family name alone joins the full name given elsewhere in the
    document); anaphora, in reading order, against the mentions before them.
    """
    finder = finder or MentionFinder(lexicon)
    parts = MeetingParts(lexicon)
    fallbacks = document_dates(doc)
    out = People()
    named: list[list[PersonMention]] = []
    made = _TextPersons(finder)
    seen: list[PersonMention] = []
    in_force = _DatesInForce(dates)
    family: set[str] = set()  # last parts of full katakana names read so far ("グイド・クロゼット" → クロゼット)
    for block in doc.blocks:
        found = finder.find(doc.text, block.start, block.end, family)
        if block.kind == "table_row" and (visitor := cell_person(doc.text, block, found)):
            found = sorted([*found, visitor], key=lambda x: x.span)
        family.update(m.name.split("・")[-1] for m in found if "・" in m.name and is_katakana(m.name))
        family.update(f for m in found if m.title and (f := kanji_family(m.name)))  # 佐伯勝也大使 → 佐伯
        # (only needed to tell namesakes apart, or one of another country: computed for blocks that name one)
        context = _passage_countries(doc, block, parts) \
            if any(lexicon.named(m.name) for m in found) else frozenset()
        for mention in found:
            when = in_force.at(mention.span.start)
            result = finder.resolve(mention, when, fallbacks, context)
            if mention.person is not None and mention.title and mention.country \
                    and finder.prefix_country(mention.prefix, mention.title) is None \
                    and (written := finder.genitive_country(doc.text, mention.span.start, block.start)) \
                    and written != mention.country:
                # "ウガンダのハッサン大統領": not Tanzania's ハッサン大統領, whatever the reference data holds
                mention.person, mention.office, mention.note, mention.country = None, None, None, written
                result = Resolution()
            if mention.person is None and mention.title \
                    and finder.prefix_country(mention.prefix, mention.title) is None:
                # "チュニジアのジェヒナウィ貿易相": the country written before the name, not the one
                # country whose office has that title in the reference data (Canada's 貿易相)
                genitive = finder.genitive_country(doc.text, mention.span.start, block.start) \
                    or (finder.topic_country(doc.text, block.start) if mention.country != str(COUNTRY["jp"])
                        and not mention.prefix.startswith(("駐", "在")) else None)  # (an envoy posted there is ours)
                if genitive and genitive != mention.country:
                    mention.country, mention.office = genitive, None
            if mention.title is None and mention.person is None:
                _named_before(mention, seen, lexicon)
            if mention.person is None and mention.title:
                _given_name_before(mention, seen)
            if mention.person is None and (mention.note is None or _FAMILY_ONLY in mention.note or (
                    mention.note.startswith("ambiguous") and mention.name in family)):
                # ("鈴木大使" after "鈴木浩駐英国日本国特命全権大使": the one the text named in full; "タルシジオ・デ・
                # フレイタス…州知事": someone else than the reference person with that family name)
                made.add(mention)
                mention.note = None
            elif result.attested and mention.office and when and when.precision == "day":
                out.attestations.append(Attestation(mention.person, mention.office, when, mention.span))
            seen.append(mention)
        named.append(found)
    made.finish(out, in_force)
    _anaphora(doc, AnaphoraResolver(finder), named, out)
    return out


def _anaphora(doc: Document, resolver: AnaphoraResolver, named: list[list[PersonMention]], out: People) -> None:
    """Resolve the anaphors block by block; ``out.mentions`` gets every mention in reading order."""
    context: list[PersonMention] = []  # the story so far in this section
    story: list[PersonMention] = []  # … and in the whole document
    speaker: PersonMention | None = None  # who is speaking in a record of speech ("○上川国務大臣 …", "【林大臣】")
    spoken = is_spoken_record(doc.meta.title or "", doc.text)
    for index, (block, found) in enumerate(zip(doc.blocks, named, strict=True)):
        if block.kind == "heading":
            context = []
        mark = _SPEAKER.match(doc.text, block.start, block.end) if spoken else None
        if mark:
            speaker = next((m for m in found if m.span.start < mark.end() and m.person), None) \
                or _bracketed_speaker(doc, mark, resolver.finder) or _page_speaker(doc, mark, resolver.finder)
            if speaker is not None:
                speaker = _in_office(speaker, doc, resolver.finder.lexicon)
        if speaker is not None:
            found = sorted([*found, *_first_person(doc.text, block, speaker)], key=lambda m: m.span)
            out.speakers[index] = speaker
        events: list[tuple[int, int, object]] = [(m.span.start, 0, m) for m in found]
        events += [(a.span.start, 1, a) for a in resolver.find(doc.text, block.start, block.end)]
        for _, kind, item in sorted(events, key=lambda e: (e[0], e[1])):
            mentions = [item] if kind == 0 else resolver.resolve(item, context, story)
            out.mentions.extend(mentions)
            if block.kind in _STORY:
                context.extend(m for m in mentions if kind == 0 or m.person)
                story.extend(m for m in mentions if kind == 0 or m.person)


# A turn in a record of speech: "国務大臣（上川陽子君）お答えいたします。" (the Diet's minutes), "上川国務大臣 お答え…",
# "【林大臣】…", "【記者】…" (someone unnamed: no speaker whose 私 could be resolved).
_SPEAKER = re.compile(r"\s*(?:【[^】\s]{1,16}】|[○◯]?[^\s、。（）()]{1,16}[（(][^（）()\s]{2,12}君[）)]\s*"
                      r"|(?P<bare>[^\s、。（）()：:]{1,8})[：:]"  # a press conference's "大臣：", "記者："
                      r"|[○◯]?[^\s、。（）()]{2,16}(?:[（(][^）)]{1,4}[）)])?"
                      # (or a speaker's line of its own: "○赤沢大臣")
                      r"(?:君|委員|委員長|大臣|長官|参考人|局長|議長)(?:[\s　]|$))")
_BRACKETED = re.compile(r"(?P<title>[^\s、。（）()○◯]{1,16})[（(](?P<name>[^（）()\s]{2,12})君[）)]")


def _in_office(speaker: PersonMention, doc: Document, lexicon: Lexicon) -> PersonMention:
    """The speaker with the office they held on the day of the record, when their title only says a rank
    ("国務大臣", "大臣"): a minister's 私 takes part in talks as that minister."""
    ref = lexicon.persons.get(speaker.person or "")
    if ref is None or not doc.meta.date or (speaker.office and speaker.office in lexicon.offices):
        return speaker
    day = DateValue.parse_iso(doc.meta.date).as_date()
    held = [h.office for h in ref.holdings if h.covers(day, day) and h.office in lexicon.offices]
    if len(held) != 1:
        return speaker
    office = lexicon.offices[held[0]]
    return replace(speaker, office=held[0], country=office.country)


def _bracketed_speaker(doc: Document, mark: re.Match[str], finder: MentionFinder) -> PersonMention | None:
    """The speaker of the Diet's "国務大臣（上川陽子君）": the name in brackets, with the title before it."""
    m = _BRACKETED.search(doc.text, mark.start(), mark.end())
    if m is None:
        return None
    mention = PersonMention(Span(m.start("name"), m.end("name")), m.group("name"), m.group("title"))
    today = DateValue.parse_iso(doc.meta.date) if doc.meta.date else None
    finder.resolve(mention, today, tuple(document_dates(doc)))
    return mention if mention.person else None


def _page_speaker(doc: Document, mark: re.Match[str], finder: MentionFinder) -> PersonMention | None:
    """The speaker of a press conference's "大臣：" turn: the holder, on the document's day, of the office the
    title names that ends with it ("防衛大臣記者会見")."""
    title, day = mark.group("bare"), doc.meta.date
    if not title or not day:
        return None
    lexicon = finder.lexicon
    offices = {o for t, found in lexicon.by_title.items() if t.endswith(title) and t in (doc.meta.title or "")
               for o in found}
    when = DateValue.parse_iso(day)
    held = {(p.iri, o) for o in offices for p in lexicon.holders(o, when.as_date(), when.last_date())}
    if len(held) != 1:
        return None
    person, office = held.pop()
    return PersonMention(Span(mark.start("bare"), mark.end("bare")), title, title, person=person, office=office,
                         country=lexicon.offices[office].country)


# "私は", "私が", "私から", "私自身", "…が私を表敬": the speaker (not "私の", which names something of theirs)
_FIRST_PERSON = re.compile(r"私(?=は|が|から|も|自身|とし|と[^、。]{0,20}(?:会談|会い)|を(?:表敬|訪問|訪ね))")


def _first_person(text: str, block, speaker: PersonMention) -> list[PersonMention]:
    """The speaker's 私 in a block of their turn, as mentions of the speaker (with no antecedent: the speaker
    is not referred back to but speaks, and 私は is the topic of their sentence as a name would be)."""
    return [PersonMention(Span(m.start(), m.end()), "私", speaker.title, prefix=speaker.prefix,
                          person=speaker.person, office=speaker.office, country=speaker.country)
            for m in _FIRST_PERSON.finditer(text, block.start, block.end)]


def _named_before(mention: PersonMention, before: list[PersonMention], lexicon: Lexicon) -> None:
    """"トランプ氏" after "トランプ前大統領": a bare name + 氏 that fits several persons is the one of them
    the document last named (who else would the text call by surname alone)."""
    candidates = lexicon.named(mention.name)
    for m in reversed(before):
        if m.person in candidates:
            mention.person, mention.note = m.person, None
            mention.country = m.country
            return


def _given_name_before(mention: PersonMention, seen: list[PersonMention]) -> None:
    """A katakana given name alone ("ゴタバヤ大統領") is the one person the text named before in full with it
    ("ゴタバヤ・ラジャパクサ大統領"), as some countries' leaders are called."""
    if "・" in mention.name or not is_katakana(mention.name) or len(mention.name) < 3:
        return
    before = {m.person: m for m in seen if m.person and m.name.startswith(mention.name + "・")}
    if len(before) != 1:
        return
    (person, earlier), = before.items()
    mention.person, mention.country, mention.note = person, earlier.country, None
    if earlier.title and mention.title and (earlier.title.endswith(mention.title)
                                            or mention.title.endswith(earlier.title)):
        mention.office = earlier.office


class _TextPersons:
    """Persons the reference data lacks, made from the text: one per name (and country) in a document.

    A family name alone ("ジャイシャンカル外相") is the person named in full earlier or later in the same
    document ("スブラマニヤム・ジャイシャンカル・インド外務大臣") when exactly one full name ends with it.
    """

    def __init__(self, finder: MentionFinder) -> None:
        self.finder = finder
        self.mentions: list[PersonMention] = []

    def add(self, mention: PersonMention) -> None:
        self.mentions.append(mention)

    def finish(self, out: People, dates: _DatesInForce) -> None:
        full = {m.name for m in self.mentions if "・" in m.name or (not is_katakana(m.name) and len(m.name) >= 3)}
        countries: dict[str, str] = {}
        for m in self.mentions:
            if m.name in full and m.country:
                countries.setdefault(m.name, m.country)
        for m in self.mentions:  # "マールズ豪副首相" tells the country of "リチャード・マールズ副首相…"
            if m.name not in full and m.country and (name := self._full_name(m.name, full)) != m.name:
                countries.setdefault(name, m.country)
        # "レイノルズ豪国防大臣" and "レイノルズ国防大臣": one person when the name with that title has one country
        # ("アブドッラー外務・国際協力大臣" of the UAE is not "アブドッラー2世国王")
        told: dict[tuple[str, str], set[str]] = {}
        for m in self.mentions:
            if m.country:
                told.setdefault((self._full_name(m.name, full), m.title or ""), set()).add(m.country)
        by_title = {key: next(iter(found)) for key, found in told.items() if len(found) == 1}
        # "牧島大臣" after "牧島デジタル大臣" (Japan's): the one country the name is given with, whatever the title
        named: dict[str, set[str]] = {}
        for (name, _), found in told.items():
            named.setdefault(name, set()).update(found)
        by_name = {name: next(iter(found)) for name, found in named.items() if len(found) == 1}
        for mention in self.mentions:
            name = self._full_name(mention.name, full)
            country = mention.country or countries.get(name) or by_title.get((name, mention.title or "")) \
                or (by_name.get(name) if mention.title in self.finder.rank_only else None)
            key = f"{name_key(name)}|{local(country) if country else ''}"
            iri = str(PERSON[f"unlisted-{digest(key, size=12)}"])
            person = out.unlisted.get(iri)
            office = self.finder.unlisted_office(mention)
            if person and person.office and office and office != person.office and \
                    self._same_office(mention.title, person.office_title):
                office = person.office  # ジャイシャンカル外相 after …インド外務大臣
            if person is None:
                person = UnlistedPerson(iri=iri, name=name, office=office,
                                        office_title=self.finder.office_label(mention) if office else None,
                                        country=country)
                out.unlisted[iri] = person
            elif person.office is None and office:
                person.office, person.office_title = office, self.finder.office_label(mention)
            mention.person, mention.office, mention.country = iri, office, country
            when = dates.at(mention.span.start)
            if office and when and when.precision == "day":
                out.attestations.append(Attestation(iri, office, when, mention.span))

    def _same_office(self, title: str | None, label: str | None) -> bool:
        """Whether a short title names the office an earlier, fuller title named (外相 ~ インド外務大臣)."""
        if not title or not label:
            return False
        if label.endswith(title):
            return True
        by_title = self.finder.lexicon.by_title
        return any(label.endswith(other) and by_title.get(title, set()) & offices
                   for other, offices in by_title.items())

    @staticmethod
    def _full_name(name: str, full: set[str]) -> str:
        # ("瀬戸口大使" after "瀬戸口晃大使": a kanji family name, however long, stands for the one name it begins)
        given = [f for f in full if f != name and f.startswith(name) and not is_katakana(f) and "・" not in f]
        if not is_katakana(name) and "・" not in name and len(given) == 1:
            return given[0]
        if name in full:
            return name
        # (by the family name, or by the given name some countries use: "アイルランガ調整大臣" after
        # "アイルランガ・ハルタルト経済担当調整大臣")
        longer = [f for f in full if f != name and (name in (f.split("・")[-1], f.split("・")[0]) or
                                                    (not is_katakana(name) and f.startswith(name)))]
        return longer[0] if len(longer) == 1 else name
