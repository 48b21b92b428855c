"""The country of a counterpart the text names without one ("…エネルギー・インフラ大臣と会談"): Japan for an envoy
("山根大使"), else the country its section is about ("2　英国"), else the country the meeting took place in, when
that is not the known side's."""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document
from .meeting_parts import MeetingParts, pattern
from .records import Meeting

# Talks of these kinds with one foreign side and no other named are Japan's, in a Japanese government text.
HOME_KINDS = ("Summit", "ForeignMinistersMeeting", "DefenceMinistersMeeting")


def section_country(parts: MeetingParts, section: tuple[str, ...], known: tuple[str, ...] = ()) -> str | None:
    """The one country the innermost heading that names countries is about ("2　英国", "(1) カナダ情勢"), or
    the one besides the ``known`` side that its compound names ("（5）日中防衛相会談")."""
    for title in reversed(section):
        named = parts.named_countries(title) or parts.compound_countries(title)
        if named:
            rest = [c for c in dict.fromkeys(named) if c not in known]
            return named[0] if len(named) == 1 else rest[0] if known and len(rest) == 1 else None
    return None


def complete_sides(doc: Document, meetings: list[Meeting], parts: MeetingParts, by_place: bool = True) -> list[Meeting]:
    """Meetings with one known side and a counterpart of unknown country get the section's or (``by_place``)
    the place's country as the other side; then those still one-sided are dropped (not before the places of
    trips are given: a first pass without them keeps every meeting)."""
    embassy = pattern("embassy").search(doc.meta.title or "")
    posted = parts.country_names.get(embassy.group("country")) if embassy else None  # the embassy's country
    if posted is None:  # a page about one country ("フィリピン共和国（Republic of the Philippines）")
        named = [c for c in parts.named_countries(doc.meta.title or "") if c != parts.japan]
        posted = named[0] if len(named) == 1 else None
    # (only in the last pass: a place or section is better evidence)
    topic = _document_country(doc, parts) if by_place else None
    out = []
    for meeting in meetings:
        known = meeting.countries
        unknown = [p for p in meeting.participants if p.country is None]
        # a bare "大使" (or one posted abroad: "駐インド大使") is one of ours
        envoy = [p for p in unknown if p.title and p.title.endswith(tuple(parts.envoy_titles))
                 and not p.title.startswith(("駐日", "在日"))]
        if not known and unknown and parts.japan and meeting.kind in HOME_KINDS and not envoy:
            parts.complete(meeting, [parts.japan], meeting.date)  # the foreign side is found below
            known = meeting.countries
        if envoy and parts.japan and parts.japan not in known and (len(unknown) > 1 or known):
            # "山根大使と…財務大臣との間で": Japan, and the other side; "鈴木駐インド大使とクマール国防次官が…署名"
            envoy[0].country = parts.japan
            unknown, known = [p for p in unknown if p is not envoy[0]], [*known, parts.japan]
        if len(known) == 1 and unknown:
            block = doc.block_at(min(s.start for s in meeting.evidence))
            told = pattern("friendship_body").sub("", " ".join(doc.text[e.start:e.end] for e in meeting.evidence))
            # a country the sentence names that is neither side's yet nor the place's ("ペルーとの間では、…ポート
            # モレスビーで開催されたAPEC首脳会議の際、…ビスカラ大統領と会談した")
            named = [c for c in parts.named_countries(told) if c not in known and c != meeting.place_country]
            # the host of a gathering is no side of the talks held on its margins
            gathering = meeting.conference is not None or bool(re.search(r"の(?:際|機会)", told))
            # the one country a visit names ("カザフスタンの首都アスタナを訪問し") beats the section's
            # ("ロシア・中央アジア")
            visited = _one_country(parts, _VISITED, told, known)
            # the one country the sentence is about ("アルメニアとの間では、…訪日したムナツァカニャン外相と…") beats the
            # section's ("ロシア")
            topical = _one_country(parts, _ABOUT, told, known)
            candidates = [parts.japan if envoy else None, visited, topical,
                          section_country(parts, block.section, tuple(known)),
                          meeting.place_country if by_place and not gathering else None,
                          named[0] if len(named) == 1 and by_place else None, posted, topic]
            other = next((c for c in candidates if c and c not in known), None)
            if other:
                meeting.sides.append(other)
                if len(unknown) == 1:
                    unknown[0].country = other
                parts.roles(meeting, "")
        if by_place and len(meeting.countries) == 1 and parts.japan and parts.japan not in meeting.countries \
                and meeting.kind in HOME_KINDS:
            # "ニュシ大統領とは、同月27日、東京で首脳会談が行われた": a Japanese text's talks with one foreign
            # leader or minister and no other side named are Japan's
            parts.complete(meeting, [parts.japan], meeting.date)
        if len(meeting.countries) >= 2 or not by_place:
            out.append(meeting)
    return out


# "カザフスタンの首都アスタナを訪問し": the place visited; "アルメニアとの間では、": the country a sentence is about
_VISITED = re.compile(r"([^、。,，．]{1,24}?)を(?:公式)?訪問")
_ABOUT = re.compile(r"(?:^|[。．、,，\s])([^、。,，．\s]{1,20}?)との間(?:では|において)[、,，]")


def _one_country(parts: MeetingParts, phrase: re.Pattern[str], told: str, known: list[str]) -> str | None:
    """The one country not yet a side that the phrases ``phrase`` finds in ``told`` name, if there is one."""
    found = {c for m in phrase.finditer(told) for c in parts.named_countries(m.group(1)) if c not in known}
    return found.pop() if len(found) == 1 else None


def _document_country(doc: Document, parts: MeetingParts) -> str | None:
    """The one foreign country a document is about, if it is: named in three or more of its blocks, and in at
    least three times as many as any other ("日本とバングラデシュとの二国間関係に関する質問に対する答弁書", whose
    answer lists talks "…とモメン外務大臣との間で" with no country)."""
    counts: Counter[str] = Counter()
    for block in doc.blocks:
        counts.update(c for c in parts.named_countries(doc.text[block.start:block.end]) if c != parts.japan)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1]):
        return None
    return ranked[0][0]
