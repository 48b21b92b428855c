"""Infer a document's metadata when no catalogue lists it.

Sources, in order of trust: the header fields of 'World and Japan' database records ([文書名], [年月日],
[出典]); an HTML page's title and date line; the publication's running head ("外交青書 2024" is the 2024
Bluebook, which reviews 2023; "防衛白書 令和5年版" and "通商白書2023" cover the fiscal year before);
dates near the top of the text, in era form (令和5年, 平成27年, 昭和35(1960)年) or Western form
(2024年4月10日, 2024/4/10).
"""

from __future__ import annotations

import re
from collections import Counter

from .clean.normalize import TABLE, kanji_number
from .document import Metadata
from .read.decode import RawSource

_FIELD = re.compile(r"^\[(?P<key>[^\]]+)\]\s*(?P<value>.*)$", re.M)
_KINDS = [
    (re.compile(r"外交青書|DIPLOMATIC\s+BLUEBOOK", re.I), "DiplomaticBluebook"),
    (re.compile(r"防衛白書|DEFEN[CS]E\s+OF\s+JAPAN", re.I), "DefenseWhitePaper"),
    (re.compile(r"通商白書|WHITE\s+PAPER\s+ON\s+INTERNATIONAL\s+ECONOMY", re.I), "TradeWhitePaper"),
    (re.compile(r"ファクトシート|Fact\s*Sheet", re.I), "FactSheetRecord"),
    (re.compile(r"報道発表|プレスリリース|Press\s+Release", re.I), "PressRelease"),
]
_PUBLISHERS = {
    "DiplomaticBluebook": ("外務省", "Ministry of Foreign Affairs of Japan"),
    "DefenseWhitePaper": ("防衛省", "Ministry of Defense of Japan"),
    "TradeWhitePaper": ("経済産業省", "Ministry of Economy, Trade and Industry"),
}
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
_ERA = r"(?P<era>令和|平成|昭和|大正|明治)\s*(?P<n>元|\d{1,2})\s*(?:[（(]\s*(?P<western>\d{4})\s*[）)])?\s*年"
_ERA_YEAR = re.compile(_ERA)
_WESTERN_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
                           r"|(?P<y2>\d{4})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})")
_ERA_DATE = re.compile(_ERA + r"\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年")
# Running heads and titles naming the edition: "外交青書 2024", "防衛白書 令和5年版", "通商白書2023".
_BLUEBOOK = re.compile(r"(?:外交青書|DIPLOMATIC\s+BLUEBOOK)\s*(\d{4})", re.I)
_WHITE_PAPER = re.compile(r"(?:防衛白書|通商白書|DEFEN[CS]E\s+OF\s+JAPAN|WHITE\s+PAPER[A-Z\s]*?)\s*"
                          r"(?:(\d{4})|" + _ERA + r"\s*版)", re.I)
_HEAD = 5000


def era_year(era: str, number: str) -> int:
    """The Western year of an era year: ``era_year("令和", "5")`` → 2023; 元 is the first year."""
    return _ERAS[era] + (1 if number == "元" else int(number))


def _era_match_year(m: re.Match[str]) -> int:
    if m.group("western"):
        return int(m.group("western"))
    return era_year(m.group("era"), m.group("n"))


_KANJI_NUMERAL = re.compile(r"(?<=令和|平成|昭和|大正|明治|.年|.月)([一二三四五六七八九十]{1,3})(?=[年月日])")


def _arabic(text: str) -> str:
    """Kanji numerals of a date written as Diet records write them: "令和六年三月十三日" → "令和6年3月13日"."""
    return _KANJI_NUMERAL.sub(lambda m: kanji_number(m.group(1)) or m.group(1), text)


def parse_date(text: str) -> str | None:
    """The first full date in ``text`` as ISO ``YYYY-MM-DD`` (Western or era form, digits or kanji), or None."""
    text = _arabic(text)
    candidates = []
    m = _WESTERN_DATE.search(text)
    if m:
        y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else \
            (m.group("y2"), m.group("m2"), m.group("d2"))
        candidates.append((m.start(), int(y), int(mo), int(d)))
    m = _ERA_DATE.search(text)
    if m:
        candidates.append((m.start(), _era_match_year(m), int(m.group("m")), int(m.group("d"))))
    for _, y, mo, d in sorted(candidates):
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _main_year(text: str) -> int | None:
    """The year the opening of a text is about: the one it names most often, the first named on a tie ("2015年末
    に共同体を発足させ…2016年には…2016年の1年間に" is about 2016)."""
    found = [(m.start(), int(m.group("y"))) for m in _YEAR.finditer(text)]
    found += [(m.start(), _era_match_year(m)) for m in _ERA_YEAR.finditer(text)]
    if not found:
        return None
    counts = Counter(year for _, year in found)
    return max(sorted(found), key=lambda item: counts[item[1]])[1]


def _edition(text: str, kind: str) -> tuple[int | None, str | None]:
    """(published year, period covered) from the publication's name and edition."""
    if kind == "DiplomaticBluebook" and (m := _BLUEBOOK.search(text)):
        year = int(m.group(1))
        return year, str(year - 1)
    if kind in ("DefenseWhitePaper", "TradeWhitePaper") and (m := _WHITE_PAPER.search(text)):
        year = int(m.group(1)) if m.group(1) else _era_match_year(m)
        return year, f"{year - 1}/{year}"
    return None, None


_SECTION_HEAD = re.compile(r"^[ \t\u3000]*(?:第\s*(?P<n>\d{1,2})\s*節\s*(?P<title>\S(?:\s?\S){0,15})"
                           r"|(?P<title2>[^\s\d第]{1,15})第\s*(?P<n2>\d{1,2})\s*節)$", re.M)
_PUBLICATION = re.compile(r"(外交青書|防衛白書|通商白書)\s*(\d{4}|(?:令和|平成)\s*(?:元|\d{1,2})\s*年版)")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(\S.*)$", re.M)


# Lines over a release's title that are not it: a label ("報道発表資料", "コラム"), its date, the office issuing it.
_LABEL_LINE = re.compile(
    r"^(?:コラム|COLUMN|Column|報道発表(?:資料)?|報道提供資料|報道資料|プレスリリース|お知らせ|ニュース)$"
    r"|^(?:令和|平成|昭和)?\s*[\d元]{1,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[（(][^）)]{1,4}[）)])?$"
    r"|^\S{1,20}(?:省|庁|局|課|室|県|府|都|市役所)(?:[\s　（(].*)?$")


# "。", or "．" (normalised to ".") after Japanese: a sentence, no title ("…会談を行いました．").
_SENTENCE_END = re.compile(r"(?:。|(?<=[ぁ-んァ-ヴー一-龥々）」』])\.)[」』）)]*$")


def _title(text: str, name: str) -> str:
    """A title from the text: the publication and section running heads ("外交青書2024 第3節 北米"), the
    first markdown heading, or the first short line."""
    norm = text[:200_000].translate(TABLE)
    publication = _PUBLICATION.search(norm)
    section = _SECTION_HEAD.search(norm)
    parts = []
    if publication:
        parts.append(re.sub(r"\s+", "", publication.group()))
    if section:
        number = section.group("n") or section.group("n2")
        heading = re.sub(r"\s+", "", section.group("title") or section.group("title2"))
        parts.append(f"第{number}節 {heading}")
    if parts:
        return " ".join(parts)
    if m := _MARKDOWN_HEADING.search(norm[:_HEAD]):
        return m.group(1).strip()[:120]
    for line in norm.splitlines():
        line = line.strip()
        if line and len(line) <= 60 and not re.fullmatch(r"[\d\s\-–—/]+", line) and not _LABEL_LINE.match(line) \
                and not _SENTENCE_END.search(line):  # (a sentence is no title)
            return line
    return name


def infer_metadata(source: RawSource) -> Metadata:
    """Best-effort metadata from the text itself."""
    text = source.text
    page_title = page_date = None
    kind_default = "OtherSource"
    from .read import layout_of

    page = layout_of(source)
    if page is not None:
        text, page_title, page_date = page.text, page.title, page.date
        kind_default = "WebPage" if source.media_type == "text/html" else "OtherSource"
    head = text[:_HEAD]
    fields = {m.group("key"): m.group("value").strip() for m in _FIELD.finditer(head)}
    where = " ".join(filter(None, [page_title, fields.get("文書名"), head]))
    kind = next((k for pattern, k in _KINDS if pattern.search(where)), kind_default)
    published, period = _edition(where if kind != "OtherSource" else "", kind)
    date = parse_date(fields.get("年月日", "")) or (parse_date(page_date) if page_date else None)
    if date is None and kind not in ("DiplomaticBluebook", "DefenseWhitePaper", "TradeWhitePaper"):
        date = parse_date(head[:1000])
    if period is None:
        year = int(date[:4]) if date else _main_year(head[:1000])
        period = str(year) if year else None
    if published is None and date:
        published = int(date[:4])
    publisher, publisher_en = fields.get("出典") or None, None
    if publisher is None and kind in _PUBLISHERS:
        publisher, publisher_en = _PUBLISHERS[kind]
    title = fields.get("文書名") or page_title or _title(text, source.name)
    return Metadata(title=title, kind=kind, publisher=publisher, publisher_en=publisher_en,
                    published=published, date=date, period=period)
