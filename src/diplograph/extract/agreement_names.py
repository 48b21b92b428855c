"""Names of agreements: quoted names that are documents, names read back from a kind word (協定, 覚書, 共同声明,
…), other names in brackets, and how names are compared."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .meeting_parts import MeetingParts, vocabulary

_DASHES = str.maketrans({c: "-" for c in "－—–‐‑−ー-"})


# A short bracket inside a name: "(JST)", "（「2+2」）", "（フェーズ1）".
_SHORT_BRACKET = re.compile(r"[A-Za-z0-9\-・&]+|「[^、。」]{1,8}」|[ァ-ヴー]{1,8}[0-9]{0,2}")


# A year or version after a quoted name's kind word: 「横浜宣言2019」, 「…ビジョン2030 2.0」.
_EDITION = re.compile(r"\s*[0-9０-９]{4}(?:\s*[0-9０-９][.．][0-9０-９])?")

# What follows に inside a document's name ("開発協力に関する覚書", "…に基づく実施取決め").
_IN_NAME_AFTER_NI = ("関する", "係る", "基づく", "おける", "向けた", "対する", "関わる", "よる", "かかる", "ついて",
                     "際して", "資する", "伴う", "関連する")


@cache
def words(name: str) -> re.Pattern[str]:
    """A pattern of vocabulary.toml's ``[agreement_patterns]``."""
    return re.compile(vocabulary()["agreement_patterns"][name])


def normalize(name: str) -> str:
    """A name as compared: NFKC, no quotes, brackets or spaces, one kind of dash, no 同 or adjectives."""
    text = unicodedata.normalize("NFKC", name)
    text = re.sub(r"[「」『』()\s]", "", text).replace("ー", "ｰ").translate(_DASHES).replace("ｰ", "ー")
    return re.sub(r"^同|歴史的な|新たな", "", text)


# a protocol amending a treaty names the treaty: "日カザフスタン租税条約を改正する議定書" is another document
AMENDS = re.compile(r"を(?:改正|改定|修正|補足)する|改正議定書")


@dataclass
class Named:
    """One place the text names a document."""

    name: str
    start: int  # where the name is written
    end: int
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None  # the kind the text gives when the name does not end with one


class NameReader:
    """Finds the names of documents in a sentence and tells their kind."""

    def __init__(self, parts: MeetingParts) -> None:
        vocab = vocabulary()
        self.parts = parts
        self.kinds = [(re.compile(rule["end"]), rule["kind"]) for rule in vocab["agreement_kind"]]
        self.kind_word = re.compile(vocab["agreements"]["kind_word"])
        self.generic = re.compile(vocab["agreements"]["generic"])

    def kind(self, name: str) -> str | None:
        name = re.sub(r"[（(][^（）()]*[）)]$", "", name)
        name = re.sub(r"[～〜].+[～〜]$", "", name)  # "…共同声明～次の10年に向けた…～": a subtitle
        # a year or years after the kind word: "横浜宣言2019", "…行動計画2026-2030"
        name = re.sub(r"\s*[0-9０-９]{4}(?:[-－‐～〜~][0-9０-９]{4})?$", "", name)
        for rule, kind in self.kinds:
            if rule.search(name):
                return kind
        return None

    def names(self, text: str, start: int, end: int) -> list[Named]:
        """Document names in ``text[start:end]``: quoted names that are documents, and names read back from
        a kind word ("日加情報保護協定", "バッテリー・サプライチェーンに関する協力覚書")."""
        found: list[Named] = []
        quotes = [(m.start(), m.end()) for m in words("quote").finditer(text, start, end)]
        for m in self.kind_word.finditer(text, start, end):
            inside = next(((s, e) for s, e in quotes if s < m.start() < e), None)
            if inside and m.end() != inside[1] - 1 and not _EDITION.fullmatch(text, m.end(), inside[1] - 1):
                continue  # a kind word inside a longer quoted name (not only its year: 「横浜宣言2019」)
            if text.startswith("国", m.end()):  # "締結国", "条約国"
                continue
            named_quote = next(((s, e) for s, e in quotes if s == m.end()), None)
            if named_quote:  # 共同声明「経済安全保障とルールに基づく秩序の強化」
                found.append(Named(text[named_quote[0] + 1:named_quote[1] - 1], named_quote[0], named_quote[1],
                                    [], self.kind(m.group())))
                continue
            name_start = inside[0] + 1 if inside else self._name_start(text, start, m.start(), quotes)
            name_end = inside[1] if inside else m.end()
            name = text[name_start:m.end()]
            if name.startswith("「") and "」" not in name:
                name = name[1:]
            name = re.sub(r"」[（(][^（）()]{1,30}[）)](?=に関する|に係る)", "」", name)  # the amount in brackets
            name = words("lead").sub("", words("after_meeting").sub("", name))
            name_start = m.end() - len(name)  # where the name proper starts
            if AMENDS.match(name):  # 「…条約」を改正する議定書: of the name before
                quoted = next(((s, e) for s, e in quotes if e == name_start), None)
                # ("…との間の条約（日カザフスタン租税条約）を改正する議定書": its short name)
                short = re.search(r"[（(](?P<short>[^（）()]{2,40})[）)]$",
                                  text[max(start, name_start - 42):name_start])
                if quoted is not None:
                    name, name_start = text[quoted[0] + 1:quoted[1] - 1] + name, quoted[0]
                elif short is not None and self.kind(short.group("short")):
                    name, name_start = short.group("short") + name, name_start - len(short.group())
            # (a particle, or a label before a colon, is no part of it: "署名により交換公文", "11:50 署名式：…交換公文")
            if lead := re.match(r"(?:により|より|いわゆる)(?=[^ぁ-ゖ])|[^「」『』：]{1,16}：", name):
                name, name_start = name[lead.end():], name_start + lead.end()
            back = words("anaphoric").search(name)
            if back and back.end() == len(name) and (back.start() == 0 or "ぁ" <= name[back.start() - 1] <= "ん"):
                continue  # "同協定", and "…電話会談を行って同協定の署名を歓迎": a reference back, not a name
            if len(normalize(name)) < 2:
                continue
            if self.kind_word.fullmatch(m.group()) and m.group() == "パートナーシップ" \
                    and not self.parts.compound_countries(name):
                continue  # a partnership is a document only when the name says between whom
            if m.group() == "書簡" and "間の" not in name and not text.startswith("の交換", m.end()):
                continue  # a letter is an agreement between governments ("…政府との間の書簡", "書簡の交換")
            which = words("which_is").match(text, name_end)
            if which:  # "初の経済連携協定となるCPTPP": the name is what the description is said of
                found.append(Named(which.group("name"), which.start("name"), which.end("name"), [],
                                   self.kind(name)))
                continue
            found.extend(self._split(name, name_start, name_end))
        for s, e in quotes:
            name = text[s + 1:e - 1]
            if any(n.start <= s and e <= n.end for n in found):
                continue
            tail = re.search(r"\s*[（(](?P<acronym>[^（）()]+)[）)]$", name)
            if tail and words("acronym").fullmatch(tail.group("acronym")) and self.kind(name[:tail.start()]):
                # 「…パートナーシップ （JUCIP）」: the acronym is another name
                found.append(Named(name[:tail.start()], s, e, [tail.group("acronym")]))
                continue
            described = words("described").search(text[max(start, s - 8):s])
            established = words("established").search(text, start, s)
            if self.kind(name) or described or words("signed_quote").match(text, e) \
                    or (established and established.end() == s):
                found.append(Named(name, s, e, []))
        found.sort(key=lambda n: n.start)
        out: list[Named] = []
        for n in found:
            same_span = bool(out) and (n.start, n.end) == (out[-1].start, out[-1].end)
            if out and not same_span and n.start < out[-1].end and n.end <= out[-1].end:
                continue
            if out and not same_span and out[-1].start <= n.start < out[-1].end:  # "共同声明・行動計画"
                out.pop()
            alias = words("alias").match(text, n.end, end)
            # "（日豪物品役務相互提供協定、日豪ACSA）": one or more other names
            others = [a for a in re.split(r"[、,]", alias.group("alias")) if self.kind(a)
                      or words("acronym").fullmatch(a)] if alias else []
            if others:
                n.aliases.extend(others)
                n.end = alias.end()
            out.append(n)
        return out

    def _name_start(self, text: str, floor: int, pos: int, quotes: list[tuple[int, int]]) -> int:
        """Read back from a kind word to the start of its noun phrase: stop at punctuation, a topic or object
        particle, a past relative clause ("2023年に作成された…"), a date, or another document's name before
        及び/や; a purpose clause ("…を確認するための了解覚書") is part of the name."""
        i, skips = pos, 0
        purpose = re.search(r"(?<![関対係資])する(?:ための|ため)?[一-龥ァ-ヴー]{0,8}$", text[max(floor, pos - 16):pos])
        while i > floor:
            quoted = next(((s, e) for s, e in quotes if e == i), None)
            if quoted and (i == pos or re.sub(r"^[（(][^（）()]{1,30}[）)]", "", text[i:pos]).startswith(
                    ("に関する", "の", "に係る"))):  # 「…改善計画」（供与限度額25億円）に関する書簡
                i = quoted[0]
                continue
            ch, two, three = text[i - 1], text[max(floor, i - 2):i], text[max(floor, i - 3):i]
            if purpose and skips < 2 and (ch == "を" or (ch in "、," and text[max(floor, i - 5):i - 1].endswith(
                    "について"))):
                skips += 1
                i -= 1
                continue
            if ch in ")）" and (opening := text.rfind("(" if ch == ")" else "（", max(floor, i - 14), i)) >= 0 \
                    and _SHORT_BRACKET.fullmatch(text[opening + 1:i - 1]):
                i = opening  # "科学技術振興機構(JST)と…", "委員会（「2+2」）共同発表": a short bracket
                continue
            if ch in ")）" and (opening := text.rfind("(" if ch == ")" else "（", max(floor, i - 32), i)) > floor \
                    and text[opening - 1] == "」" and text[i:pos].startswith(("に関する", "に係る")):
                i = opening  # 「…改善計画」（供与限度額25億円）に関する書簡: a note on the quoted name
                continue
            if ch == "と" and text[i:i + 1] != "の" and not re.search(r"^[^、。]*?(?:との|間の|の間)", text[i:pos]):
                break
            if ch == " " and re.match(r"[A-Za-z]", text[i - 2:i - 1]) and re.match(r"[A-Za-z]", text[i:i + 1]):
                i -= 1  # "AI for Science"
                continue
            if two in ("よう", "ように", "して") or three == "ように":
                break  # ("…を基礎として平和条約": a verb's clause, not the name)
            if two == "する" and text[i - 3:i - 2] not in ("関", "対", "係", "資") \
                    and not (purpose and re.fullmatch(r"(?:ための|ため)?[一-龥ァ-ヴー]{0,8}", text[i:pos])):
                break
            if ch in "、," and re.search(r"[、,][一-龥ァ-ヴー]{1,6}$", text[max(floor, i - 8):i - 1]) \
                    and re.search(r"及び|並びに|・", text[i:pos]):
                i -= 1  # "研究、開発、試験及び評価プロジェクトに関する了解書": a list inside the name
                continue
            if two == "又は" or three == "または":  # "物品又は役務の相互の提供に関する協定"
                i -= len(two) if two == "又は" else 3
                continue
            if ch in "、,。「」『』（）()はがもをや＜＞<>〈〉《》【】［］" or ch.isspace():
                break
            if two in ("した", "った", "れた", "きた", "済み", "いる", "いた", "なる", "含む", "結ぶ") \
                    or three in ("された", "済みの", "目指す"):
                break  # ("2017年以降中断している日加経済連携協定", "北方領土問題を含む平和条約": a clause's verb)
            if ch == "で" and text[i:i + 1] != "の":
                break
            if ch == "に" and not text.startswith(_IN_NAME_AFTER_NI, i):
                if text.startswith("する", i) and not text.startswith("するため", i):
                    i += 2  # "…を円滑にする日仏円滑化協定": the clause's verb is not the name
                break  # "会合後に共同声明を発出": a particle; "…に関する協定" goes on
            if ch in "年月日" and i - 2 >= floor and text[i - 2].isdigit():
                break
            if ch == "付" and text[i - 2:i - 1] in ("日", "月", "年"):
                break  # "1960年1月19日付…往復書簡"
            coord = "及び" if two == "及び" else "並び" if two == "並び" else ""
            if coord and (re.search(f"(?:{self.kind_word.pattern})$", text[max(floor, i - 14):i - len(coord)])
                          or words("talks_before").search(text[max(floor, i - 24):i - len(coord)])):
                break  # (nor talks before it: "…大臣との会談及び鉄道分野における協力覚書")
            i -= 1
        return i

    def _split(self, name: str, start: int, end: int) -> list[Named]:
        """"バッテリーサプライチェーン及び産業科学技術に関する二つの協力覚書" names two documents."""
        m = re.match(r"^(?P<a>.+?)(?:及び|並びに|と)(?P<b>.+?)(?P<rest>に関する)(?:二|2)つの(?P<kind>.+)$", name)
        if not m:
            return [Named(re.sub(r"(?:二|2|三|3)つの", "", name), start, end, [])]
        kind = m.group("kind")
        return [Named(f"{m.group('a')}に関する{kind}", start, end, []),
                Named(f"{m.group('b')}に関する{kind}", start, end, [])]

    # --- events -----------------------------------------------------------------------------------
