"""Person mentions: "岩屋外務大臣", "菅義偉元総理大臣", "ドナルド・トランプ米国大統領", "マッカーシー氏",
"ヤング在日米国大使館臨時代理大使", "米財務長官スコット・ベッセント氏", resolved by name, title and date.

A mention is a name and what stands with it: a country prefix (米国, 駐日カナダ), a modifier (元, 前, 新,
第47代), a title (a title of an office in the reference data, or one read from the text that ends in a
title head such as 市長 or 議長), or the honorific 氏. Titles come from the reference data; the word lists
are in ``persons.toml``. Names are read from the reference data's aliases, katakana runs and, for kanji
names it does not know, word classes from SudachiPy (see ``names.py``).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

from ..lexicon import Lexicon
from ..namespaces import OFFICE
from ..rdf.iris import digest, local
from .dates import DateValue
from .names import KATAKANA, is_kanji, is_katakana, kanji_name_before, katakana_run, name_key, tokenize, vocabulary
from .records import PersonMention, Span

# Characters that can belong to a name or a title; anything else (punctuation, kana particles) ends one.
_WORD = re.compile(rf"[\u3400-\u9fff\uf900-\ufaff々〆ヶ{KATAKANA}・＝=A-Za-z0-9]")
_SINGLE_KANJI_OK_AFTER = set("日月年")


# A name's reading in brackets right before the title: "尹錫悦（ユン・ソンニョル）大統領".
_READING = re.compile(r"[（(][ぁ-んァ-ヴー・]{2,20}[）)]$")
# a kanji name with its reading, then the body the title belongs to: "金正官（キム・ジョングァン）産業通商部長官"
_READING_QUALIFIED = re.compile(
    r"(?<![一-龥々])([一-龥々]{2,4})[（(][ぁ-んァ-ヴー・]{2,20}[）)]([^、。,，．（()）\s]{1,12})$")
# What may stand right before a name: a particle ("…において"), punctuation, a bracket or a space.
_NAME_BOUNDARY = set("とはがもの、,，（(「　 てでにを\t\n")


def _at_word_start(text: str, at: int, floor: int) -> bool:
    """Whether a word may start at ``at``: the block's start, or after a particle, a comma, a bracket or a space."""
    return at == floor or text[at - 1] in _NAME_BOUNDARY


@dataclass
class Resolution:
    """What the reference data says about a mention on a date."""

    person: str | None = None
    office: str | None = None
    note: str | None = None
    attested: bool = False  # the office was found for the date in force (not a fallback date)


def _kanji_name(name: str | None) -> bool:
    """A name in two to five kanji, as Japanese names are written ("野村", "牧野京夫")."""
    return bool(name) and 2 <= len(name) <= 5 and is_kanji(name)


def _hiragana_given_name(text: str, end: int, floor: int) -> str | None:
    """A family name in kanji with a given name in hiragana ("牧島かれん", "片山さつき") ending at ``end``."""
    m = re.search(r"(?<![一-龥々ぁ-ん])([一-龥々]{1,3})([ぁ-ん]{2,4})$", text[floor:end])
    if m is None:
        return None
    tokens = tokenize(m.group(1))
    return m.group() if len(tokens) == 1 and tokens[0].family else None


class MentionFinder:
    """Finds and resolves person mentions with the titles and names of a :class:`Lexicon`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        vocab = vocabulary()
        self.heads = set(vocab["titles"]["heads"])
        self.rank_only = set(vocab["titles"]["rank_only"])
        self.title_kinds = sorted(vocab["office_categories"].items(), key=lambda kv: -len(kv[0]))
        self.reference_titles: list[str] = vocab["reference_titles"]["titles"]
        self.japan = lexicon.country_names().get("日本")
        self.generic = set(vocab["titles"]["generic"])
        self.secretariat = set(vocab["titles"]["secretariat"])
        self.home_service = tuple(vocab["titles"]["home_service"])
        bodies = "|".join(map(re.escape, vocab["qualifiers"]["country_bodies"]))
        self._country_body = re.compile(rf"([^\s、。,，．の]{{2,20}}?)(?:{bodies})[^\s、。の]{{0,10}}の$")
        self.stop = set(vocab["names"]["stop"])
        self.not_names = set(vocab["names"]["not_names"])
        self.min_katakana = int(vocab["names"]["min_katakana"])
        self.max_qualifier = int(vocab["qualifiers"]["max_length"])
        self.honorifics = list(vocab["honorifics"]["words"])
        self.place_led = tuple(vocab["titles"]["place_led"])
        mods = vocab["modifiers"]
        self.titles = sorted(set(lexicon.by_title) | self.heads, key=len, reverse=True)
        self.countries = lexicon.country_names()
        for ref in lexicon.countries.values():
            if ref.abbreviation:
                self.countries.setdefault(ref.abbreviation, ref.iri)
        self.places = {name: ref.country for ref in lexicon.places.values() for name in ref.names if ref.country}
        country_alt = "|".join(map(re.escape, sorted(self.countries, key=len, reverse=True))) or "(?!)"
        leading = "|".join(map(re.escape, sorted(vocab["qualifiers"]["prefixes"], key=len, reverse=True)))
        self.modifier = rf"(?:{'|'.join(map(re.escape, mods['former'] + mods['current']))}|{mods['ordinal']})"
        # "駐ザンビア日本国大使": the envoy's own country after the one he is posted to
        self.prefix = rf"(?:(?:(?:{leading})(?:{country_alt})国?(?:日本国?)?|(?:{country_alt})国?)(?:大使館|政府)?)"
        self.title_alt = "|".join(map(re.escape, self.titles))
        self.concurrent = vocab["titles"]["concurrent"]
        also = re.escape(self.concurrent)
        self._pattern = re.compile(
            rf"(?P<mod1>{self.modifier})?(?P<prefix>{self.prefix})?(?P<mod2>{self.modifier})?"
            rf"(?P<title>{self.title_alt})(?P<also>(?:{also}[一-龥ァ-ヴー・]{{0,12}}?(?:{self.title_alt}))*)"
        )
        self._honorific = re.compile("|".join(map(re.escape, self.honorifics)))
        self._max_alias = max((len(n) for n in lexicon.by_name), default=0)
        self._country_names = sorted(self.countries, key=len, reverse=True)
        self._place_names = sorted(self.places, key=len, reverse=True)
        self._country_items = sorted(((n, c) for n, c in self.countries.items() if len(n) >= 2),
                                     key=lambda kv: len(kv[0]), reverse=True)
        self._prefix_names = sorted([*self.countries.items(), *self.places.items()], key=lambda kv: len(kv[0]),
                                    reverse=True)
        self._named: AbstractSet[str] = frozenset()  # family names the document gave in full so far
        self._posted_to = re.compile(rf"(?:駐|在)(?:{country_alt})(?:国)?")

    # --- finding ---------------------------------------------------------------------------------------

    def find(self, text: str, start: int, end: int, named: AbstractSet[str] = frozenset()) -> list[PersonMention]:
        """Named mentions in ``text[start:end]``, unresolved, in text order; ``named``: family names of
        people the document named in full before ("クロゼット大臣" after "グイド・クロゼット…国防大臣")."""
        self._named = named
        found: list[PersonMention] = []
        taken_until = start
        for m in self._pattern.finditer(text, start, end):
            mention = self._titled(text, m, max(start, taken_until), end)
            if mention and mention.name in self.countries and not any(
                    self._held_title(mention.name, title) for title in (mention.prefix + (mention.title or ""),
                                                                        mention.title or "")):
                continue  # "タイ商務大臣": Thailand's minister, not Katherine Tai (who never held that office)
            if mention and mention.span.start >= taken_until:
                mention.also = m.group("also") or ""
                found.append(mention)
                taken_until = mention.span.end
        for m in self._honorific.finditer(text, start, end):
            if any(x.span.start <= m.start() < x.span.end for x in found):
                continue
            if m.group() == "君" and text[m.end():m.end() + 1] in ("）", ")"):
                continue  # a Diet record's speaker, "○国務大臣（宮沢洋一君）", is read with the office before it
            name = self._name_ending(text, m.start(), start)
            if name and m.group() == "君" and (len(name[1]) < 3 or name[1] not in self.lexicon.by_name):
                continue  # (the Diet's "逢沢一郎君": a full name the reference data knows, not "田中君", a pupil)
            if name and not self._overlaps(found, name[0], m.end()):
                found.append(PersonMention(span=Span(name[0], m.end()), name=name[1], title=None))
        return sorted(found, key=lambda x: x.span)

    @staticmethod
    def _overlaps(found: list[PersonMention], s: int, e: int) -> bool:
        return any(x.span.start < e and s < x.span.end for x in found)

    def _titled(self, text: str, m: re.Match[str], floor: int, ceiling: int) -> PersonMention | None:
        prefix, title = m.group("prefix") or "", m.group("title")
        if title == "相" and re.match(r"[場手互当談続違応対撲関乗殺次性棒]", text[m.end():m.end() + 1]):
            return None  # "トランプ相場", "相手", "相互": a word, not a minister
        modifier = m.group("mod1") or m.group("mod2") or ""
        end = m.end()
        # "バージニア州知事", "東京市長": the word right before names the place, not a person
        place_led = title.startswith(self.place_led) and not prefix and not modifier and m.start() > floor and \
            text[m.start() - 1] not in "・＝"
        # 1. name + (prefix) + (modifier) + title: "バイデン米大統領", "ヘイリー元国連大使"; a reading in
        # brackets may stand between the name and the title: "趙兌烈（チョ・テヨル）外交部長官"
        reading = _READING.search(text, max(floor, m.start() - 24), m.start())
        name_end = reading.start() if reading else m.start()
        name = self._name_ending(text, name_end, floor) if name_end > floor and not place_led else None
        if name is None and reading and (run := re.search(r"(?<![一-龥々])[一-龥々]{2,4}$", text[floor:name_end])):
            name = (name_end - len(run.group()), run.group())  # "王毅（おう・き）中国外交部長": a name with its reading
        if name is None and not place_led and name_end > floor and prefix and not reading \
                and self.prefix_country(prefix, title) and is_katakana(text[name_end - 1]):
            # "ル・ドリアン仏外相": a katakana run before a country and a title is a name, even of common words
            loose = self._name_ending(text, name_end, floor, loose=True)
            if loose and (_at_word_start(text, loose[0], floor) or text.endswith(("及び", "並びに"), floor, loose[0])):
                name = loose
        if name is None and not place_led and name_end > floor and ((title in self.generic and not prefix)
                                                                    or not modifier):
            # "…とジャブフラン財務大臣との間で": an unknown katakana word before a full office title is a
            # name even if the tokenizer splits it into common words (ジャブ + フラン); so is one after a
            # country and の ("モロッコのブリタ外相", ブリタ being a common word too)
            loose = self._name_ending(text, name_end, floor, loose=True)
            if loose and ((title in self.generic and not prefix and _at_word_start(text, loose[0], floor))
                          or self.genitive_country(text, loose[0], floor)):
                name = loose
        if len(prefix) == 1 and is_kanji(prefix) and not modifier and not reading:
            # "佐伯大使" after "佐伯勝也…大使": a family name the document gave, ending in a country's letter (伯)
            whole = self._named_family(text, name_end + 1, floor, bounded=False)
            if whole:
                return PersonMention(Span(name_end + 1 - len(whole), end), whole, title)
        if name and len(prefix) == 1 and is_kanji(name[1][-1]) and is_kanji(prefix) and not modifier:
            # "江崎禎英知事": a kanji name ends with 英 (not 英国's 英), as "スナク英首相" never reads with kanji
            whole = self._name_ending(text, name_end + 1, floor)
            if whole and whole[0] == name[0]:
                return PersonMention(Span(whole[0], end), whole[1], title, modifier=modifier)
        # 2. the "prefix" is the end of the name: "タイ通商代表", "キャサリン・タイ通商代表" (タイ is Katherine Tai, not
        # Thailand), when the person so named held an office of that title ("タイ商務大臣" is Thailand's)
        if prefix and not m.group("mod1"):
            whole = self._name_ending(text, m.start("prefix") + len(prefix), floor, known_only=True)
            if whole and (name is None or whole[0] <= name[0]) and self._held_title(whole[1], title):
                return PersonMention(Span(whole[0], end), whole[1], title, modifier=modifier)
        if name:
            return PersonMention(Span(name[0], end), name[1], title, prefix=prefix, modifier=modifier)
        # 3. name + qualifier + title: "ミルズ米国硫黄島協会議長", "尾崎行雄東京市長"; with the name's reading
        # between: "鄭東泳（チョン・ドンヨン）統一部長官"
        read = _READING_QUALIFIED.search(text, max(floor, m.start("title") - 40), m.start("title"))
        if read and not modifier:
            return PersonMention(Span(read.start(1), end), read.group(1), title, prefix=read.group(2))
        if not prefix and not modifier:
            found = self._with_qualifier(text, m.start("title"), floor)
            if found:
                name_start, name, qualifier = found
                return PersonMention(Span(name_start, end), name, title, prefix=qualifier)
        # 4. name, a space, qualifier + title: "スハイル・アル・マズルーイ エネルギー・インフラ大臣"
        spaced = self._spaced_name(text, m.start("title") if not prefix else m.start(), floor)
        if spaced:
            name_start, name, qualifier = spaced
            return PersonMention(Span(name_start, end), name, title, prefix=qualifier + prefix, modifier=modifier)
        # 5. title + name: "米財務長官スコット・ベッセント氏"
        after = self._name_starting(text, end, ceiling)
        if after and (prefix or text.startswith(tuple(self.honorifics), after[1])):
            stop = after[1]
            for word in self.honorifics:
                if text.startswith(word, stop):
                    stop += len(word)
            return PersonMention(Span(m.start(), stop), after[0], title, prefix=prefix, modifier=modifier)
        return None

    def _held_title(self, name: str, title: str) -> bool:
        """Whether someone of the reference data so named held an office ``title`` can stand for."""
        persons = self.lexicon.by_name.get(name) or self.lexicon.by_key.get(name_key(name)) or set()
        offices = self.offices_for(title)
        return any(h.office in offices for p in persons for h in self.lexicon.persons[p].holdings)

    def _name_ending(self, text: str, end: int, floor: int, known_only: bool = False,
                     loose: bool = False) -> tuple[int, str] | None:
        """The name that ends at ``end``: (start, name), or None.

        ``known_only``: only names of the reference data; ``loose``: any katakana word that is not a
        place will do (before "米国硫黄島協会会長" a katakana word is a name).
        """
        if end > floor and text[end - 1] in "・＝" and end - 1 > floor:
            end -= 1  # "デサンティス・フロリダ州知事"
        best: tuple[int, str] | None = None
        for length in range(min(self._max_alias, end - floor), 0, -1):
            candidate = text[end - length:end]
            if not all(_WORD.match(c) for c in candidate) or candidate[0] in "・＝":
                continue
            if candidate in self.lexicon.by_name or self.lexicon.by_key.get(name_key(candidate)):
                if length == 1 and (candidate in self.countries or (  # 韓外相: Korea's, not Han Duck-soo
                        end - 2 >= floor and is_kanji(text[end - 2]) and text[end - 2] not in _SINGLE_KANJI_OK_AFTER)):
                    continue
                if is_katakana(candidate) and end - length > floor and re.match(r"[ァ-ヴー]", text[end - length - 1]):
                    continue  # "ペイン外相" is not a person named イン
                best = (end - length, candidate)
                break
        run = katakana_run(text[floor:end]) if end > floor and is_katakana(text[end - 1]) else ""
        if run and (best is None or len(run) > len(best[1])) and (
                run in self.lexicon.by_name or self._katakana_name(run, loose)):
            best = (end - len(run), run)
        if best is None and not known_only:
            # a family name the document gave with a given name before ("佐伯大使" after "佐伯勝也…大使"), which
            # the tokenizer may read as a place on its own
            kanji = self._named_family(text, end, floor, bounded=True) \
                or kanji_name_before(text, end, floor) or _hiragana_given_name(text, end, floor)
            if kanji:
                best = (end - len(kanji), kanji)
        if best and (best[1] in self.stop or (best[1] in self.countries and best[1] not in self.lexicon.by_name)):
            return None
        return best

    def _named_family(self, text: str, end: int, floor: int, bounded: bool) -> str | None:
        """A family name the document gave with a given name before ("佐伯" of "佐伯勝也"), ending at ``end``;
        ``bounded``: not preceded by another kanji."""
        return next((text[end - k:end] for k in (3, 2) if end - k >= floor and text[end - k:end] in self._named
                     and not (bounded and end - k > floor and is_kanji(text[end - k - 1]))), None)

    def _name_starting(self, text: str, start: int, ceiling: int) -> tuple[str, int] | None:
        """A known name, or a katakana name with ・, that starts at ``start``: (name, end)."""
        for length in range(min(self._max_alias, ceiling - start), 1, -1):
            candidate = text[start:start + length]
            if candidate in self.lexicon.by_name and not (
                    is_katakana(candidate) and start + length < ceiling and is_katakana(text[start + length])):
                return candidate, start + length
        m = re.match(rf"[{KATAKANA}]+(?:[・＝][{KATAKANA}]+)+", text[start:ceiling])
        if m and self._katakana_name(m.group(0)):
            return m.group(0), start + m.end()
        return None

    def _katakana_name(self, run: str, loose: bool = False) -> bool:
        """Whether a katakana run the reference data does not know reads as a person's name."""
        segments = [s for s in re.split(r"[・＝=]", run) if s]
        if not segments or len(run.replace("・", "")) < self.min_katakana:
            return False
        if run in self._named:
            return True
        # a place or country as a part ("ワシントン・ポスト") makes no name, except a first name that is also a
        # place before a title ("サンティアゴ・ペニャ大統領")
        places = [s in self.countries or s in self.places for s in segments]
        several = len(segments) > 1  # a given name may be a place ("アデン・ドゥアレ"), a family name rarely is
        if (places[-1] if loose or several else any(places)) or run in self.not_names:
            return False
        tokens = tokenize(run)
        if (tokens[-1].place if (loose or several) and tokens else any(t.place for t in tokens)):
            return False
        if loose:
            return True
        if len(segments) > 1:
            return any(t.oov or t.person for t in tokens if t.surface not in ("・", "＝"))
        return all((t.oov or t.person) and t.surface not in self.not_names for t in tokens)

    def _spaced_name(self, text: str, title_start: int, floor: int) -> tuple[int, str, str] | None:
        """(name start, name, qualifier) for a foreign name set off from its title by a space, as press
        releases write them ("レ・ホアイ・チュン ベトナム共産党中央対外委員長")."""
        lo = title_start
        while lo > floor and title_start - lo < self.max_qualifier and _WORD.match(text[lo - 1]):
            lo -= 1
        if lo - 1 <= floor or text[lo - 1] not in " 　":
            return None
        run = katakana_run(text[floor:lo - 1])
        if "・" not in run or not self._katakana_name(run):
            return None
        return lo - 1 - len(run), run, text[lo:title_start]

    def _with_qualifier(self, text: str, title_start: int, floor: int) -> tuple[int, str, str] | None:
        """(name start, name, qualifier) for "name + qualifier + title" ("ミルズ" + "米国硫黄島協会" + 議長)."""
        lo = title_start
        while lo > floor and title_start - lo < self.max_qualifier + 12 and _WORD.match(text[lo - 1]):
            lo -= 1
        if title_start - lo < 2:
            return None
        window = text[lo:title_start]
        bounds = {t.start for t in tokenize(window)}
        for k in range(1, min(self.max_qualifier, len(window)) + 1):
            q = len(window) - k
            if q not in bounds or window[q] in "・＝":
                continue
            qualifier = window[q:]
            if not self._qualifier_ok(qualifier):
                continue
            # a country before: in the qualifier ("米国硫黄島協会") or before the name ("モロッコのブリタ外務・…相")
            run = katakana_run(text[lo:lo + q])
            loose = self.prefix_country(qualifier) is not None or bool(
                run and self.genitive_country(text, lo + q - len(run), floor))
            name = self._name_ending(text, lo + q, lo, loose=loose)
            if name and name[0] >= lo:
                return name[0], name[1], qualifier
        return None

    def _qualifier_ok(self, qualifier: str) -> bool:
        """Nouns that name an organisation or place; all-katakana only if a place ("ポートランド")."""
        tokens = [t for t in tokenize(qualifier) if t.surface not in ("・",)]
        if not tokens or not all(t.noun for t in tokens):
            return False
        if is_katakana(qualifier):
            return all(t.place or t.surface in self.places or t.surface in self.countries for t in tokens)
        return not any(t.person and is_katakana(t.surface) for t in tokens)

    # --- resolving -------------------------------------------------------------------------------------

    def resolve(self, mention: PersonMention, when: DateValue | None,
                fallbacks: tuple[DateValue, ...] = (), context: frozenset[str] = frozenset()) -> Resolution:
        """Fill ``person``/``office``/``country``/``note`` of a mention from the reference data.

        ``when`` is the date in force where the mention stands; ``fallbacks`` are tried after it (the
        document's date or period) when nobody of that name held the office on ``when``; ``context``: the
        countries the passage names, which tell namesakes of different countries apart ("ムハンマド皇太子" in a
        passage on Saudi Arabia).
        """
        lex = self.lexicon
        country = self.prefix_country(mention.prefix, mention.title)
        offices = self.offices_for(mention.title, mention.prefix, country)
        # "副首相兼外相": either office, whether read as title and also or as one title known for others
        whole = mention.title.split(self.concurrent) if self.concurrent in (mention.title or "") else []
        for part in (t for t in [*mention.also.split(self.concurrent), *whole] if t):
            offices |= self.offices_for(part, mention.prefix, country)
        people = sorted(lex.named(mention.name))
        partial = False
        if not people and re.search(r"[・＝]", mention.name):
            people = sorted(lex.named(re.split(r"[・＝]", mention.name)[-1]))
            partial = True
        result = Resolution()
        dates = [d for d in (when, *fallbacks) if d is not None]
        for n, day in enumerate(dates):
            held = self._held(people, offices, mention.title, day, mention.former)
            if held:
                persons = sorted({p for p, _ in held})
                local_ones = [p for p in persons if self._country_of(p) in context]
                if len(persons) > 1 and len(local_ones) == 1:
                    persons, held = local_ones, [h for h in held if h[0] == local_ones[0]]
                if len(persons) > 1:
                    result.note = (f"ambiguous: {len(persons)} persons named {mention.name} held an office titled "
                                   f"{mention.title} on {day.iso()}: {', '.join(local(p) for p in persons)}")
                    break
                result.person = persons[0]
                if not mention.former:
                    result.office = self._best_office([o for _, o in held], mention.title)
                    result.attested = n == 0
                break
        else:
            result = self._without_date(mention, people, offices, partial, dates, context)
        mention.person, mention.office, mention.note = result.person, result.office, result.note
        if result.office and result.office in lex.offices:
            mention.country = lex.offices[result.office].country
        elif result.person and result.person in lex.persons and mention.title in self.secretariat and not country:
            mention.country = None  # "ストルテンベルグNATO事務総長" stands for NATO, not Norway
        elif result.person and result.person in lex.persons:
            # the side of an office held at the date ("フォン・デア・ライエン委員長": the EU's), else nationality
            mention.country = self._side_on(result.person, dates[0]) if dates else None
            mention.country = mention.country or lex.persons[result.person].nationality
        elif country or mention.title not in self.generic:  # "副首相" alone tells no country
            mention.country = country or self._single_country(offices)
        else:
            mention.country = None
        if mention.country is None and (self._home_office(mention, offices) or self._local_head(mention)
                                        or self._home_official(mention)):
            mention.country = self.japan  # "伊藤環境大臣", "川勝知事", "牧野国土交通副大臣": Japan's
        return result

    def _side_on(self, person: str, day: DateValue) -> str | None:
        """The one country (or party organisation) whose offices ``person`` held on ``day``."""
        ref = self.lexicon.persons[person]
        sides = {self.lexicon.offices[h.office].country for h in ref.holdings
                 if h.office in self.lexicon.offices and h.covers(day.as_date(), day.last_date())}
        return sides.pop() if len(sides) == 1 else None

    def _country_of(self, person: str) -> str | None:
        ref = self.lexicon.persons.get(person)
        return ref.nationality if ref is not None else None

    def _home_office(self, mention: PersonMention, offices: set[str]) -> str | None:
        """A minister with a kanji name and a title many countries have ("伊藤環境大臣", no country written) holds
        Japan's office of that title: other countries' ministers in kanji are 部長 or 長官, or have a country."""
        if mention.prefix or not (mention.title or "").endswith("大臣") or not _kanji_name(mention.name):
            return None
        home = [o for o in offices if self.lexicon.offices[o].country == self.japan]
        return home[0] if len(home) == 1 else None

    def _home_official(self, mention: PersonMention) -> bool:
        """A minister, state minister, parliamentary vice-minister or official of a ministry with a kanji name and
        no country written ("牧野京夫国土交通副大臣", "秋葉国家安全保障局長"): Japan's (other countries' ministers in
        kanji are 部長 or 長官)."""
        return (mention.title or "").endswith(self.home_service) and self.prefix_country(mention.prefix) is None \
            and _kanji_name(mention.name)

    @staticmethod
    def _local_head(mention: PersonMention) -> bool:
        """A governor or mayor with a kanji name and no country written ("川勝知事", "田辺信宏静岡市長"): Japan's
        (other countries' governors are written with their place: "西ジャワ州知事", "ソウル市長")."""
        return (mention.title or "") in ("知事", "市長", "町長", "村長", "区長") and not mention.prefix \
            and _kanji_name(mention.name)

    def _held(self, people: list[str], offices: set[str], title: str | None, day: DateValue,
              former: bool) -> list[tuple[str, str]]:
        """(person, office) pairs of ``people`` holding a matching office on ``day`` (before it, if former)."""
        first, last = day.as_date(), day.last_date()
        out = []
        for person in people:
            for h in self.lexicon.persons[person].holdings:
                if h.office not in offices:
                    continue
                if (former and (h.start or date.min) <= last) or (not former and h.covers(first, last)):
                    out.append((person, h.office))
        if title is None:  # 氏: no office to match, so no date check either
            return []
        return out

    def _without_date(self, mention: PersonMention, people: list[str], offices: set[str], partial: bool,
                      dates: list[DateValue], context: frozenset[str] = frozenset()) -> Resolution:
        """The mention's person when no date settles it: the one person of that name who ever held such an
        office, or a unique name; otherwise a note (never a guess)."""
        on = dates[0].iso() if dates else "an unknown date"
        ever = [p for p in people if any(h.office in offices for h in self.lexicon.persons[p].holdings)]
        if not ever and self._local_head(mention):
            return Resolution()  # "鈴木知事": a governor, not a minister named 鈴木 (a person of the text)
        if len(ever) == 1 and not partial:
            served = {self.lexicon.offices[h.office].country for h in self.lexicon.persons[ever[0]].holdings
                      if h.office in self.lexicon.offices}  # (the EU's for "ユンカー委員長", whatever his nationality)
            if not mention.former and dates and context and not served & context and (any(
                    self.lexicon.offices[o].country in context for o in offices if o in self.lexicon.offices)
                    or (self._family_only(mention, ever[0]) and self.japan not in served)):
                # "ヨルダンの首都アンマンでアブドラ国王と" in 2018: not Saudi Arabia's (died 2015); "キトで…オルギン外務
                # 大臣と" in 2023: not Colombia's (2010-2018), by her family name alone
                return Resolution()
            note = None if mention.former else f"{mention.name} held {mention.title} at another time than {on}"
            return Resolution(person=ever[0], note=note)
        if len(people) > 1 and mention.title and not mention.former and not partial \
                and all(self._someone_else(mention, p) for p in people):
            return Resolution()  # "鈴木駐インド大使": neither 鈴木 of the reference data (ministers) but an envoy
        if len(people) > 1:
            return Resolution(note=f"ambiguous: {len(people)} persons named {mention.name} "
                                   f"({', '.join(local(p) for p in people)}) and neither title nor date decides")
        if not people:
            return Resolution()  # not in the reference data: a person made from the text (see people.py)
        person = people[0]
        if partial and self._other_kind(mention, person):
            return Resolution()  # "ラージナート・シン国防大臣" is not Manmohan Singh (a prime minister)
        if partial:
            return Resolution(note=f"{mention.name}: only the family name is in the reference data "
                                   f"({local(person)}); not resolved")
        if mention.title is None or mention.former:
            return Resolution(person=person)
        unlisted = [o for o in offices if o in self.lexicon.offices and o not in self.lexicon.held_offices]
        if len(unlisted) == 1 and len(offices) == 1 and not mention.prefix:
            # "岸信夫外務副大臣": an office the reference data lists without its holders (State Ministers)
            return Resolution(person=person, office=unlisted[0])
        if offices and any(o in self.lexicon.offices for o in offices) and not self.is_text_title(mention):
            nationality = self.lexicon.persons[person].nationality
            if nationality and is_katakana(mention.name) and mention.name not in self.countries and nationality not in {
                    self.lexicon.offices[o].country for o in offices if o in self.lexicon.offices}:
                # "タンザニアのハッサン大統領": not Jordan's ハッサン (Jordan has no 大統領); ("タイ首相" is Thailand's)
                return Resolution()
            return Resolution(note=f"{local(person)} is not known to hold {mention.title} on {on}")
        if self._someone_else(mention, person):
            return Resolution()
        # a known person with a title the reference data does not give them: the office the text gives
        return Resolution(person=person, office=self.text_office(mention))

    def _someone_else(self, mention: PersonMention, person: str) -> bool:
        """"シン国防相" with only Manmohan Singh (a prime minister) in the reference data: someone else (a family
        name alone with a title of another kind of office than any the person held, or a person with no office
        at all: "ウェスト…閣外大臣" is not Cornel West), a person made from the text."""
        return self._family_only(mention, person) and (self._other_kind(mention, person) or not self._title_held(
            mention, person))

    def _family_only(self, mention: PersonMention, person: str) -> bool:
        ref = self.lexicon.persons[person]
        return mention.name == ref.family_ja and mention.name != ref.name_ja

    def _title_held(self, mention: PersonMention, person: str) -> bool:
        """Whether ``person`` held an office of the mention's title, when it is one the reference data would list
        them with (persons.toml [reference_titles]: "パシェコ上院議長" is not Mozambique's foreign minister
        パシェコ)."""
        title = mention.title or ""
        if not title.endswith(tuple(self.reference_titles)):
            return True
        return any(title in self.lexicon.offices[h.office].titles for h in self.lexicon.persons[person].holdings
                   if h.office in self.lexicon.offices)

    def _other_kind(self, mention: PersonMention, person: str) -> bool:
        """Whether the mention's title is of another kind of office than any ``person`` held (or they held none)."""
        ref = self.lexicon.persons[person]
        title = (mention.prefix or "") + (mention.title or "")  # ("バドル" + "国防担当" + "大臣": a defence minister)
        kind = next((k for t, k in self.title_kinds if title.endswith(t)), None)
        held = {self.lexicon.offices[h.office].category for h in ref.holdings if h.office in self.lexicon.offices}
        return (kind is not None and kind != "OtherMinister" and kind not in held) or not ref.holdings

    def _best_office(self, offices: list[str], title: str | None) -> str:
        exact = [o for o in offices if title in self.lexicon.offices[o].titles]
        return sorted(exact or offices)[0]

    # --- titles and offices ---------------------------------------------------------------------------

    def is_text_title(self, mention: PersonMention) -> bool:
        """Whether the prefix holds more than a country ("米国硫黄島協会"): the title names an office of its own."""
        return bool(mention.prefix) and not re.fullmatch(self.prefix, mention.prefix)

    def offices_for(self, title: str | None, prefix: str = "", country: str | None = None) -> set[str]:
        """Reference offices a title can stand for (in ``country`` when the prefix names one)."""
        if not title:
            return set()
        lex = self.lexicon
        full = (prefix + title) if prefix else title
        offices = set(lex.by_title.get(full, set()))
        if not offices:
            offices = set(lex.by_title.get(title, set()))
            if title in self.rank_only:
                offices |= {o for o, ref in lex.offices.items() if any(t.endswith(title) for t in ref.titles)}
        if prefix and not re.fullmatch(self.prefix, prefix) and not lex.by_title.get(full):
            return set()  # "米国硫黄島協会議長" is not the Speaker of the House
        if country:
            offices = {o for o in offices if lex.offices[o].country == country}
        posted = self._posted_country(prefix)
        if posted:  # "駐ザンビア日本国大使" is not the ambassador to the United States (駐米大使)
            offices = {o for o in offices if self._posted_country(lex.offices[o].label_ja or "") in (posted, None)}
        return offices

    def _posted_country(self, title: str) -> str | None:
        """The country an envoy's title says he is posted to: 駐ザンビア → zm, 在アメリカ合衆国 → us."""
        posted = self._posted_to.search(title)
        return self.prefix_country(posted.group()[1:]) if posted else None

    def _single_country(self, offices: set[str]) -> str | None:
        countries = {self.lexicon.offices[o].country for o in offices}
        return countries.pop() if len(countries) == 1 else None

    def genitive_country(self, text: str, start: int, floor: int) -> str | None:
        """The country written just before a name with の ("ポーランドのトゥスク首相"), for a person the
        reference data lacks."""
        window = text[max(floor, start - 24):start]
        if not window.endswith("の"):
            return None
        # (or a body of it: "韓国外交部の金容吉東北アジア局長", "中国共産党中央対外連絡部の王亜軍副部長")
        return self._country_ending(window[:-1]) or (
            self._country_ending(body.group(1)) if (body := self._country_body.search(window)) else None)

    def _country_ending(self, text: str) -> str | None:
        """The country whose name (of two characters or more) ``text`` ends with, the longest name first."""
        return next((country for name, country in self._country_items if text.endswith(name)), None)

    def topic_country(self, text: str, floor: int) -> str | None:
        """The country a paragraph opens with as its topic ("インドとは、…クマール国防次官が…"): whom the paragraph's
        counterparts belong to."""
        m = re.match(r"[\s　]*(?P<name>[^\s、,。]{2,16})とは[、,]", text[floor:floor + 24])
        return self.countries.get(m.group("name")) if m else None

    def prefix_country(self, prefix: str, title: str | None = None) -> str | None:
        """The country a prefix or qualifier names: 米国 → us, 駐日カナダ → ca, 東京 → jp; read with the title,
        so that "ジョージア" + "州知事" is the US state, not the country Georgia."""
        if not prefix:
            return None
        posted = self._posted_to.match(prefix)  # 駐日カナダ: the office is Canada's, posted to Japan
        core = (prefix[posted.end():] if posted else prefix) + (title or "")
        for name, country in self._prefix_names:  # the longest name first: ジョージア州 (US) before ジョージア
            # not a portfolio ("欧州・外務大臣"), nor a region read as a one-letter abbreviation (欧州 is not 欧)
            # (nor a one-letter abbreviation starting a place's name: "西ジャワ州知事" is no Spanish office)
            if core.startswith(name) and not core.startswith("・", len(name)) and not (
                    len(name) == 1 and (core.startswith(("州", "・"), 1) or re.match(r"[ァ-ヴ]", core[1:2]))):
                return country
        return None

    def text_office(self, mention: PersonMention) -> str:
        """The IRI of an office made from the text: ``office:{cc}-text-{hash}`` (``zz`` = country unknown)."""
        label = self.office_label(mention)
        country = self.prefix_country(mention.prefix, mention.title)
        code = local(country) if country else "zz"
        return str(OFFICE[f"{code}-text-{digest(name_key(label), code)}"])

    @staticmethod
    def office_label(mention: PersonMention) -> str:
        """The title of an office made from the text, as written: "米国硫黄島協会議長"."""
        return (mention.prefix or "") + (mention.title or "")

    def unlisted_office(self, mention: PersonMention) -> str | None:
        """The office of a person the reference data lacks: a reference office the title names in its
        country, else one made from the text. None for a former office or a bare name + 氏."""
        if mention.former or not mention.title:
            return None
        # (the country written before the name counts too: "チュニジアのジェヒナウィ貿易相" is not Canada's)
        country = self.prefix_country(mention.prefix, mention.title) or mention.country
        home = self._home_office(mention, self.offices_for(mention.title))
        if home:
            return home
        if mention.title in self.rank_only | self.generic and not mention.prefix:
            return self.text_office(mention)
        offices = self.offices_for(mention.title, mention.prefix, country)
        if len(offices) == 1 and not self.is_text_title(mention):
            return offices.pop()
        return self.text_office(mention)
