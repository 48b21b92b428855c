"""Person mentions: "岩屋外務大臣", "赤澤亮正経済再生担当大臣", "ヤング在日米国大使館臨時代理大使", resolved by date."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from ..lexicon import Lexicon
from ..namespaces import PERSON
from .dates import DateValue
from .records import PersonMention, Span, UnlistedPerson

_KATAKANA = re.compile(r"[ァ-ヴー・＝=]+$")
_KANJI = re.compile(r"[\u4e00-\u9fff々〆ヶ]+$")
# Words that stand before a title but are not names.
_NOT_NAMES = {
    "同", "両", "各", "歴代", "前任", "後任", "新任", "現職", "次期", "首席", "副", "担当", "関係", "主要", "全",
    "外国", "諸国", "地域", "政府", "初代", "当時", "本件", "時の", "元", "前", "現", "新",
}
_COUNTRY_CHARS = set("日米加中韓豪印比英仏独伊露越泰星馬尼")
_MODIFIER = r"(?:元|前|現|新|次期|第\d+代)?"


class MentionFinder:
    """Finds and resolves person mentions with the titles and names of a :class:`Lexicon`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        titles = sorted(lexicon.by_title, key=len, reverse=True)
        country_names = sorted(lexicon.country_names(), key=len, reverse=True)
        abbreviations = sorted({c.abbreviation for c in lexicon.countries.values() if c.abbreviation},
                               key=len, reverse=True)
        countries = "|".join(map(re.escape, country_names + abbreviations)) or "(?!)"
        self._countries = lexicon.country_names()
        for ref in lexicon.countries.values():
            if ref.abbreviation:
                self._countries.setdefault(ref.abbreviation, ref.iri)
        prefix = rf"(?:(?:駐日|在日)?(?:{countries})(?:国)?(?:大使館|政府)?)?"
        self._pattern = re.compile(
            rf"(?P<prefix>{prefix})(?P<modifier>{_MODIFIER})(?P<title>{'|'.join(map(re.escape, titles)) or '(?!)'})"
        )
        self._max_name = max((len(n) for n in lexicon.by_name), default=0)

    def find(self, text: str, start: int, end: int) -> list[PersonMention]:
        """Mentions in ``text[start:end]`` (unresolved)."""
        mentions = []
        for m in self._pattern.finditer(text, start, end):
            name = self._name_before(text, m.start(), start)
            if not name:
                continue
            title = m.group("title")
            mentions.append(PersonMention(
                span=Span(m.start() - len(name), m.end()), name=name, title=title,
                prefix=m.group("prefix"), modifier=m.group("modifier"),
            ))
        return mentions

    def _name_before(self, text: str, pos: int, floor: int) -> str | None:
        for length in range(min(self._max_name, pos - floor), 0, -1):
            candidate = text[pos - length:pos]
            if candidate in self.lexicon.by_name:
                return candidate
        window = text[max(floor, pos - 20):pos]
        kata = _KATAKANA.search(window)
        if kata and len(kata.group(0).strip("・")) >= 2:
            return kata.group(0).strip("・")
        kanji = _KANJI.search(window)
        if kanji:
            run = kanji.group(0)
            if 2 <= len(run) <= 4 and run not in _NOT_NAMES and not set(run) <= _COUNTRY_CHARS \
                    and not run.endswith(("政府", "会長", "議長", "代表", "内閣")):
                return run
        return None

    def resolve(self, mention: PersonMention, when: DateValue | None) -> PersonMention:
        """Fill ``person``/``office``/``country`` from the reference data for the date of the text."""
        lex = self.lexicon
        first, last = (when.as_date(), when.last_date()) if when else (date.min, date.max)
        title_offices = lex.by_title.get(mention.title or "", set())
        prefix_country = self._prefix_country(mention.prefix)
        if prefix_country:
            title_offices = {o for o in title_offices if lex.offices[o].country == prefix_country}
        candidates = lex.by_name.get(mention.name, set())
        if mention.former:
            held = [p for p in candidates if lex.office_of(p, date.min, last, lex.offices_titles(title_offices))]
        else:
            held = [p for p in candidates if lex.office_of(p, first, last, lex.offices_titles(title_offices))]
        if len(held) == 1:
            mention.person = held[0]
            offices = [o for o in lex.office_of(held[0], first if not mention.former else date.min, last)
                       if o in title_offices]
            mention.office = offices[-1] if offices else None
        elif len(held) > 1:
            mention.note = f"ambiguous: {len(held)} persons named {mention.name} held this office"
        elif len(candidates) == 1 and not title_offices:
            mention.person = next(iter(candidates))
        elif candidates and not held and when is not None:
            mention.note = f"{mention.name} is not known to hold {mention.title} on {when.iso()}"
        if mention.office:
            mention.country = lex.offices[mention.office].country
        elif mention.person:
            mention.country = lex.persons[mention.person].nationality
        elif len({lex.offices[o].country for o in title_offices}) == 1:
            mention.country = lex.offices[next(iter(title_offices))].country
        else:
            mention.country = prefix_country
        if mention.office is None and len(title_offices) == 1 and not mention.former:
            mention.office = next(iter(title_offices))
        return mention

    def _prefix_country(self, prefix: str) -> str | None:
        core = re.sub(r"^(駐日|在日)|(大使館|政府)$", "", prefix)
        if core.endswith("国") and core not in self._countries:
            core = core[:-1]
        return self._countries.get(core)

    def unlisted(self, mention: PersonMention) -> UnlistedPerson:
        """A person the reference data lacks, with a deterministic IRI from name and country."""
        key = f"{mention.name}|{mention.country or ''}"
        digest = hashlib.sha256(key.encode()).hexdigest()[:12]
        return UnlistedPerson(
            iri=str(PERSON[f"unlisted-{digest}"]), name=mention.name, office=mention.office,
            office_title=mention.title, country=mention.country,
        )
