"""Anaphora: 同大臣, 同長官, 同大統領, 同前議長, 同氏 (one person) and 両首脳, 両外相, 両閣僚, 両大臣 (two).

An anaphor becomes one :class:`PersonMention` per person it stands for, with the person, office and
country of its antecedent and ``antecedent`` set to the antecedent's span, so the meeting extractor sees
"両首脳は…" as the two leaders. An anaphor whose antecedent cannot be found, or is itself unresolved,
stays unresolved with a note.

- 同 + title: the last mention whose title is that title or ends with it (同長官 ← ルビオ国務長官);
  同 + 前/元 + title: the same, and no office on the date of the text; 同氏: the last person named.
- 両 + word: the last two persons whose offices are of the kind the word says (``persons.toml``,
  ``[anaphora.both_words]``), from two countries when the text offers two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from .mentions import MentionFinder
from .names import is_kanji, vocabulary
from .records import PersonMention, Span


@dataclass(frozen=True)
class Anaphor:
    span: Span
    text: str
    kind: str  # "same" (同…), "both" (両…) or "bare" (a short title alone: "知事を表敬")
    word: str  # the title, 氏, or the word after 両
    modifier: str = ""
    # where its clause's topic (は) ends, when it is the one met ("安倍総理大臣は、同月24日、同首相と電話会談"): that
    # topic is the other side, not the antecedent (the nearest は before it in its sentence)
    topic_end: int | None = None

    @property
    def former(self) -> bool:
        return self.modifier in ("元", "前")


class AnaphoraResolver:
    """Finds anaphors and resolves them against the mentions before them."""

    def __init__(self, finder: MentionFinder) -> None:
        self.finder = finder
        self.lexicon: Lexicon = finder.lexicon
        vocab = vocabulary()["anaphora"]
        self.both_words: dict[str, list[str]] = vocab["both_words"]
        self.stop = set(vocabulary()["names"]["stop"])
        same, both = re.escape(vocab["same"]), re.escape(vocab["both"])
        honorifics = "|".join(map(re.escape, finder.honorifics))
        words = "|".join(map(re.escape, sorted(self.both_words, key=len, reverse=True)))
        self._pattern = re.compile(
            rf"{same}(?P<mod>{finder.modifier})?(?P<title>{finder.title_alt}|{honorifics})|{both}(?P<word>{words})"
        )
        self.home_titles: set[str] = set(vocab.get("bare_home", []))
        self.japan = self.lexicon.country_names().get("日本")
        bare = "|".join(map(re.escape, vocab.get("bare", [])))
        office = vocab.get("bare_office", "(?!)")  # the office, not its holder: "首相に就任", "首相を退任"
        self._bare = re.compile(rf"(?<![一-龥ァ-ヴー々A-Za-zＡ-Ｚａ-ｚ0-9０-９・の])(?P<title>{bare})"
                                rf"(?=は|が|を|と|に|から|も)(?!{office})") if bare else None

    def find(self, text: str, start: int, end: int) -> list[Anaphor]:
        """The anaphors in ``text[start:end]``."""
        out = []
        for m in self._pattern.finditer(text, start, end):
            if m.group("word"):
                out.append(Anaphor(Span(m.start(), m.end()), m.group(0), "both", m.group("word")))
                continue
            title = m.group("title")
            if m.start() > 0 and is_kanji(text[m.start() - 1]):
                continue  # 共同議長, 合同…: 同 belongs to the word before
            if not m.group("mod") and "同" + title[0] in self.stop and (
                    title[1:] in self.finder.heads or title[1:] in self.lexicon.by_title):
                continue  # 同州知事, 同国大統領: "the said state's governor", not an anaphor of a person
            topic_end = -1
            if text.startswith(("と", "を"), m.end()):
                opens = max([start] + [text.rfind(c, start, m.start()) + 1 for c in "。．.\n"])
                topic_end = text.rfind("は", opens, m.start())
            out.append(Anaphor(Span(m.start(), m.end()), m.group(0), "same", title, m.group("mod") or "",
                               topic_end if topic_end >= 0 else None))
        if self._bare is not None:
            taken = [(a.span.start, a.span.end) for a in out]
            for m in self._bare.finditer(text, start, end):
                if not any(s <= m.start() < e for s, e in taken):
                    out.append(Anaphor(Span(m.start(), m.end()), m.group(0), "bare", m.group("title")))
            out.sort(key=lambda a: a.span.start)
        return out

    def resolve(self, anaphor: Anaphor, context: list[PersonMention],
                wider: list[PersonMention] | None = None) -> list[PersonMention]:
        """The mentions ``anaphor`` stands for, given the mentions before it in its section (oldest first);
        ``wider`` (the mentions before it in the whole document) is searched when the section has too few."""
        for mentions in (context, wider) if wider is not None else (context,):
            found = [self._same(anaphor, mentions)] if anaphor.kind in ("same", "bare") \
                else self._both(anaphor, mentions)
            if any(m.person for m in found):
                return found
        return found

    # --- 同 ------------------------------------------------------------------------------------------

    def _same(self, anaphor: Anaphor, context: list[PersonMention]) -> PersonMention:
        for m in reversed(context):
            if m.span.end > anaphor.span.start or (m.antecedent is not None and m.name.startswith("両")):
                continue  # 両首脳 is two persons: not the antecedent of a 同…
            if not self._same_title(anaphor, m) or m.span.end == anaphor.topic_end:
                continue
            if anaphor.kind == "bare" and anaphor.word in self.home_titles and m.country != self.japan:
                continue  # "総理は" in a Japanese text is Japan's Prime Minister, not "サンチェス首相" named before
            if m.person is None:
                return self._unresolved(anaphor, f"its antecedent {m.name}{m.title or ''} is unresolved")
            office = None if anaphor.former or anaphor.word in self.finder.honorifics else m.office
            return PersonMention(anaphor.span, anaphor.text, anaphor.word, modifier=anaphor.modifier,
                                 person=m.person, office=office, country=m.country, antecedent=m.span)
        return self._unresolved(anaphor, f"no earlier mention titled {anaphor.word} in this section")

    def _same_title(self, anaphor: Anaphor, m: PersonMention) -> bool:
        word = anaphor.word
        if word in self.finder.honorifics:
            return True
        if m.title and (m.title == word or m.title.endswith(word)):
            return True
        ref = self.lexicon.offices.get(m.office or "")
        return bool(ref and any(t.endswith(word) for t in ref.titles))

    # --- 両 ------------------------------------------------------------------------------------------

    def _both(self, anaphor: Anaphor, context: list[PersonMention]) -> list[PersonMention]:
        criteria = self.both_words[anaphor.word]
        titles = [c for c in criteria if c.startswith("title:")]
        passes = [titles, criteria] if titles and len(titles) < len(criteria) else [criteria]
        for wanted in passes:
            pair = self._pair([m for m in context if m.span.end <= anaphor.span.start and m.person
                               and self._eligible(m, wanted)])
            if pair:
                return [PersonMention(anaphor.span, anaphor.text, anaphor.word, person=m.person, office=m.office,
                                      country=m.country, antecedent=m.span) for m in pair]
        return [self._unresolved(anaphor, f"two persons holding offices of the kind {anaphor.word} "
                                          "were not found before it in this section")]

    def _eligible(self, m: PersonMention, wanted: list[str]) -> bool:
        for criterion in wanted:
            if criterion == "any":
                return True
            if criterion.startswith("title:"):
                title = criterion.split(":", 1)[1]
                if m.title and m.title.endswith(title) and m.office:
                    return True
            elif criterion == "spouse":
                ref = self.lexicon.offices.get(m.office or "")
                if ref and any("夫人" in t for t in ref.titles):
                    return True
            elif m.office and self.lexicon.category(m.office) == criterion:
                return True
        return False

    @staticmethod
    def _pair(candidates: list[PersonMention]) -> list[PersonMention] | None:
        """The last person named, and the last other person (from another country if there is one)."""
        if not candidates:
            return None
        first = candidates[-1]
        others = [m for m in reversed(candidates) if m.person != first.person]
        foreign = [m for m in others if m.country and first.country and m.country != first.country]
        second = (foreign or others or [None])[0]
        return [second, first] if second else None

    @staticmethod
    def _unresolved(anaphor: Anaphor, why: str) -> PersonMention:
        return PersonMention(anaphor.span, anaphor.text, anaphor.word, modifier=anaphor.modifier,
                             note=f"{anaphor.text}: {why}", antecedent=Span(anaphor.span.start, anaphor.span.start))
