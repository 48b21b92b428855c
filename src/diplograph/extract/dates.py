"""Dates in Japanese text: full, partial, relative, era, ranges and table forms, with their precision."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from rdflib import Literal
from rdflib.namespace import XSD

from ..clean.normalize import KANJI_DIGITS, kanji_number

ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
_ERA_YEARS = {"令和": 99, "平成": 31, "昭和": 64, "大正": 15, "明治": 45}  # how many years each era ran (令和: on)

_S = r"\s*"
_NUM = r"(\d{1,4}|元)"


@dataclass(frozen=True, order=True)
class DateValue:
    """A calendar date known to the year, month or day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def literal(self) -> Literal:
        """Typed literal: xsd:date, xsd:gYearMonth or xsd:gYear by precision."""
        datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[self.precision]
        return Literal(self.iso(), datatype=datatype)

    def as_date(self) -> date:
        """The first day this value can stand for (for comparisons with terms of office)."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_date(self) -> date:
        """The last day this value can stand for."""
        if self.day and self.month:
            return self.as_date()
        if self.month:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, 12, 31)

    @classmethod
    def parse_iso(cls, text: str) -> DateValue:
        parts = [int(p) for p in text.split("-")]
        return cls(*parts)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: DateValue
    end_value: DateValue | None = None
    relative: bool = False
    attributive: bool = False  # "7月19日のナショナルデー": names another day in passing
    modifies: bool = False  # "2022年1月に立ち上がった経済版「2+2」": dates a noun, not the sentence

    @property
    def narrative(self) -> bool:
        """A date that moves the story on (not one mentioned attributively)."""
        return not self.attributive


def valid_date(year: int, month: int | None, day: int | None) -> bool:
    """Whether the parts make a date (a month 1–12, a day that month has, a plausible year)."""
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None:
            return False
        try:
            date(year, month, day)
        except ValueError:
            return False
    return 1800 <= year <= 2200


def _era_year(era: str, number: str, western: str | None) -> int:
    if western:
        return int(western)
    return ERAS[era] + (1 if number == "元" else int(number))


_KANJI_DIGITS = KANJI_DIGITS
_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# Order matters: longer, more specific forms first; each pattern's groups are read by _PARSERS.
_ERA = "|".join(ERAS)
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("era", re.compile(
        rf"({_ERA}){_S}{_NUM}{_S}(?:[(（]{_S}(\d{{4}}){_S}[)）])?{_S}年"
        rf"(?:{_S}[(（]{_S}\d{{4}}{_S}年{_S}[)）])?"  # "昭和35年（1960年）1月19日"
        rf"(?:{_S}(\d{{1,2}}){_S}月(?:{_S}(\d{{1,2}}){_S}日)?)?")),
    ("table", re.compile(r"(?<![\d/.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])")),
    # "H25（2013）.10.4", "R6.4.10": an era abbreviated to its letter, as notes and forms write a day
    ("era_letter", re.compile(r"(?<![A-Za-z図表第])([MTSHR])(\d{1,2}|元)(?:[（(](\d{4})[）)])?"
                              r"[./](\d{1,2})[./](\d{1,2})(?![\d/.])")),
    # "3（2021）.10.21", "4（2022）.5": a table's 年月日 column of the Defense White Paper, the era's name left out
    # (the year in brackets says which; a cell of its own, not inside a sentence)
    ("era_bare", re.compile(r"(?:(?<=\n)|(?<=^)|(?<=[|\t]))[ 　]*(\d{1,2}|元)[（(]((?:19|20)\d{2})[）)]"
                            r"[./](1[0-2]|0?[1-9])(?:[./](\d{1,2}))?(?![\d/.])")),
    # "2023.4", "2023/11": a year and month, as a table's 年月 column writes them (alone in its cell, not a
    # figure: "2023.4億ドル")
    # (the first cell of a row only: a figure column, "2010.5" 億円, comes later)
    ("table_month", re.compile(r"(?:(?<=\n)|(?<=^))[ 　|]*((?:19|20)\d{2})[/.](1[0-2]|0?[1-9])"
                               r"(?=[ 　]*(?:[\t\n|]|$))")),
    # "Tue, 12 Jan 2016 20:05:00 +0900", as feeds write a day (RSS pubDate), and "12 January 2016"
    ("english", re.compile(r"(?<![\dA-Za-z])(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? "
                           r"(\d{4})(?![\d])")),
    # "2014-04-06", as exports (JSON, CSV) write a day
    ("iso", re.compile(r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-])")),
    # ("2013年の4月29日": as a speaker says it)
    ("ymd", re.compile(rf"(?<!\d)(\d{{4}}){_S}年{_S}(?:(?:の{_S})?(\d{{1,2}}){_S}月(?:{_S}(\d{{1,2}}){_S}日)?)?")),
    ("same_year", re.compile(
        rf"(同年|同じ年|翌年|前年|昨年|本年|今年|来年){_S}(?:(?:の{_S})?(\d{{1,2}}){_S}月(?:{_S}(\d{{1,2}}){_S}日)?)?")),
    ("same_month", re.compile(rf"(同月|翌月|前月|今月|先月|来月){_S}(?:(\d{{1,2}}){_S}日)?")),
    # ("本日（12日）": today, glossed with its day, as a post written over several days gives it)
    ("today", re.compile(rf"本(?:日(?:[（(]{_S}(\d{{1,2}}){_S}日{_S}[）)])?|{_S}(\d{{1,2}}){_S}日)")),
    # "昨日27日", "昨日": counted from the document's own date (a press conference, a daily report)
    # (and as a news script says them in kana: "きのう（21日）", "おとといの20日には", "きょう午前", "あす22日に")
    ("yesterday", re.compile(rf"(昨日|一昨日|明日|(?:(?<![ぁ-ゖ])|(?<=[はがもでと]))"
                             rf"(?:きのう|おととい|あす|あした|きょう)(?=[、,（(\s午夜朝昼未夕深0-9]|も|の|は|に|まで|から|$))"
                             rf"(?:{_S}[（(]{_S}(\d{{1,2}}){_S}日{_S}[）)]|(?:の)?{_S}(\d{{1,2}}){_S}日)?")),
    # "2日目（ワシントンD.C.）": the second day of the trip the text told as a span
    ("nth_day", re.compile(r"(?<![\d日])(\d{1,2})\s*日目")),
    ("next_day", re.compile(rf"(翌|同|前)(?:{_S}(\d{{1,2}}){_S}日|日(?:{_S}(\d{{1,2}}){_S}日)?)")),
    # "前週に行われた豪中首脳電話会談": the week before, known to the month
    ("week", re.compile(r"(前週|先週|翌週|来週|今週|同週)")),
    ("md", re.compile(rf"(?<![\d年])(\d{{1,2}}){_S}月(?:{_S}(\d{{1,2}}){_S}日)?")),
    # "【5/7】", "5/10（金）": a month and day with a slash, as digests and schedules write them
    ("slash", re.compile(r"(?:(?<=【)|(?<![\d/.]))(\d{1,2})/(\d{1,2})(?=】|[（(][月火水木金土日][）)])")),
    # "■ 1/15　茂木大臣 訪米", "・1/13 首脳会談", "（3/19）": a slide's or a memo's item led by its day
    # (not a page counter "（1/2）" nor a fraction "1/3の国")
    ("slash_item", re.compile(r"(?:(?<=\n)|(?<=^)|(?<=[\n・■●◆□▼▶（(])|(?<=[・■●◆□▼▶][ 　]))(\d{1,2})/(\d{1,2})"
                              r"(?![\d/.%）)]|の|ほど|程度|以上|以下)")),
    # "18日に石破総理大臣を表敬した", "就任翌日の14日": a day of the month last named.
    # (no space between: "2　日豪防衛相会談" is a numbered heading; nor the minutes of a time, "11:40日豪…";
    # a label's day is one: "外相会談：14日午前")
    # (not a rate: "1日に10件を超える会談", "1日当たり")
    # (nor "（～16日）": the last day of a stay the line tells, not a new day of the story)
    ("day", re.compile(r"(?<![\d月年/第～~〜])(?<!\d[:：])(?<!\d\.)(\d{1,2})日(?![間本付目])"
                       r"(?!(?:に|で)\d+(?:件|回|人|本|か国)|当たり|あたり)")),
    # Days and months in kanji numerals, as the Diet's records write them ("二月十五日", "同月二十二日", "二十一日"):
    # a month with its day, or a day of two or more numerals (not "一日も早く").
    ("md_kanji", re.compile(rf"(?<![{_KANJI_DIGITS}年])([{_KANJI_DIGITS}]{{1,2}})月([{_KANJI_DIGITS}]{{1,3}})日"
                            rf"(?![間目])")),
    ("same_year_kanji", re.compile(rf"(同年|翌年|前年|昨年|本年|今年|来年)([{_KANJI_DIGITS}]{{1,2}})月"
                                   rf"(?:([{_KANJI_DIGITS}]{{1,3}})日)?")),
    # "二月には": a month alone in kanji numerals, before a particle
    ("m_kanji", re.compile(rf"(?<![{_KANJI_DIGITS}年])([{_KANJI_DIGITS}]{{1,2}})月()"
                           rf"(?=には|に|、|の|中|末|上旬|中旬|下旬)")),
    ("same_month_kanji", re.compile(rf"(同月|今月|先月)([{_KANJI_DIGITS}]{{1,3}})日(?![間目])")),
    ("next_day_kanji", re.compile(rf"(翌|同|前)([{_KANJI_DIGITS}]{{1,3}})日(?![間目])")),
    # "令和六年三月十三日（水曜日）": a Diet record's date (the empty group stands for a western year)
    ("era_kanji", re.compile(rf"({_ERA})([{_KANJI_DIGITS}]{{1,3}}|元)()年(?!{_S}\d)(?!{_S}[(（]{_S}\d)"
                             rf"(?:([{_KANJI_DIGITS}]{{1,2}})月(?:([{_KANJI_DIGITS}]{{1,3}})日)?)?")),
    # "二〇一九年六月二十八日": a western year digit by digit, as Diet records write it
    ("ymd_kanji", re.compile(rf"(?<![〇{_KANJI_DIGITS}])([〇一二三四五六七八九]{{4}})年"
                             rf"(?:([{_KANJI_DIGITS}]{{1,2}})月(?:([{_KANJI_DIGITS}]{{1,3}})日)?)?")),
    ("day_kanji", re.compile(rf"(?<![{_KANJI_DIGITS}月年第])((?:[二三]?十)[{_KANJI_DIGITS[:-1]}]?)日(?![間目本付])")),
    # "九日には、テヘランにおいて…": a day of one kanji numeral where a clause opens ("一日も早く" is no day)
    ("day_kanji_one", re.compile(r"(?:^|(?<=[、。，．\s「]))([一二三四五六七八九])日(?=には|[、，,]|午前|午後|夜)")),
]
_KANJI_FORMS = {"era_kanji": "era", "same_year_kanji": "same_year", "md_kanji": "md", "m_kanji": "md",
                "same_month_kanji": "same_month", "next_day_kanji": "next_day", "day_kanji": "day",
                "day_kanji_one": "day", "ymd_kanji": "ymd"}
# (the kanji forms first: "同月" alone must not take "同月二十二日")
PATTERNS = [p for p in PATTERNS if p[0] in _KANJI_FORMS] + [p for p in PATTERNS if p[0] not in _KANJI_FORMS]
# After a date, words that make it name a deadline or a period rather than the day of the story.
# "2022年1月に立ち上がった経済版「2+2」", "9月13日に就任した上川外務大臣", "2016年5月に安倍総理大臣が提示した8項目の
# 「協力プラン」", "9月23日にニューヨークで上川前外務大臣と行った日韓外相会談": a date inside a relative clause.
_MODIFYING = re.compile(r"に[^、。,]{0,10}?(?:した|された|った|れた|する)(?=[「『一-龥ァ-ヴA-Za-z0-9])"
                        r"|に[^、。,]{0,40}?と(?:行っ|実施し)た(?=[^、。,]{0,24}?(?:会談|会合|表敬))"
                        r"|に(?:署名|締結|採択|作成|発出)され[、，,][^、。,]{0,14}?(?:発効|公表|発表)した")
# "5月の日豪首脳会談の成果を踏まえ", "昨年10月のプラボウォ大統領就任以降", "同年9月の就任後初めてとなる…":
# an earlier event referred back to.
_BACK_REFERENCE = re.compile(
    r"の[^、。,]{1,24}?(?:を踏まえ|を受け(?:て|、|,)|に続(?:き|いて)|以降|以来)|の就任(?:後|直後|以来)"
    r"|に[^、。,]{1,24}?(?:[てで]以来|ことを(?:受け|踏まえ))")  # "…に開催されて以来", "本年2月に署名されたことを受け"
# "7月に訪日したビデガライ外相と…会談", "10月19日に岸防衛大臣が訪日したレイノルズ国防大臣と…会談": the visit's date
# is the talks'.
_VISITED = re.compile(r"に(?:は)?(?:[^、。,]{1,10}?が)?(?:訪日|来日)した")
# "翌月17日には東京で行われた…首脳会談において、…合意": the date of the occasion the sentence's event happened at
# (not "昨年10月に行われた…会談の際に両首脳が署名した「…」": an occasion inside a relative clause).
_OCCASION = re.compile(r"に(?:は)?[^、。,]{0,30}?(?:開催|行われ|開かれ)[^、。,]{0,40}?"
                       r"(?:において|の際に?|の機会に|の場で|の合間に|に際して?)(?:は|も)?[、,]")
# "本17日の会合後には…と会談": a time of that day (before or after something on it), not another day's event.
_DAY_OF = re.compile(r"の[^、。,]{0,10}?(?:後|前)(?:に|には|、)")
# A sentence told aside ("なお、…前日（6日）には事前協議を実施"): its date does not carry into what follows it.
_ASIDE = re.compile(r"[\s　]*なお[、,]")
# Words counted from the day the document speaks (a press conference's 先月, 来週), not from the story's date.
_DEICTIC = {"昨年", "来年", "今月", "先月", "来月", "今週", "先週", "来週"}
# After a date in passing: an event still to come ("11月の岸田総理のフィリピン訪問に向けて調整を進める").
_AHEAD = re.compile(r"の[^、。]{0,30}?(?:に向け|予定|を控え|の成功)")
# "…日印原子力協定が本年7月20日に発効したことを歓迎した": a day reported inside what someone welcomed.
_REPORTED = re.compile(r"に[^、。,]{0,40}?(?:した|された|った|れた)ことを(?:歓迎|評価|確認|祝福|称賛|報告)")
_APPOINTED = re.compile(r"に[^、。,]{0,8}?(?:就任|着任|任命)")
# "本年10月にクアラルンプールで開催予定のASEAN関連首脳会議", "5月に広島で開かれるG7サミット": a planned date is not
# where the story is.
# ("本年11月にリオデジャネイロで開催されるG20首脳会議": a gathering still to come)
# ("12月に就任1年を迎えるマクリ氏": a day still to come in a clause describing someone)
_PLANNED = re.compile(r"(?:に|から|頃)[^、。,．「」]{0,16}?"
                      r"(?:予定|(?:(?:開催|実施)される|開かれる|行われる|[0-9]{1,3}(?:周年|年)を迎える)"
                      r"(?=[一-龥ァ-ヴA-Za-z「]))")
_NOT_NARRATIVE = re.compile(r"^\s*末?(?:まで|以降|以来|以前|ぶり|時点|現在|付|から|に続)")
# A weekday after a date: "1月13日（月）", "14日（火曜日）".
_WEEKDAY = r"(?:[（(][月火水木金土日](?:曜日?)?(?:・[^）)]{1,4})?[）)])?"
_RANGE_TAIL = re.compile(
    rf"^{_WEEKDAY}{_S}(?:から|～|〜|~|－|-|—){_S}(?:(\d{{4}}){_S}年{_S})?(?:(\d{{1,2}}){_S}月{_S})?(\d{{1,2}}){_S}日"
    rf"{_WEEKDAY}(?:{_S}(?:まで|にかけて))?"
)
# ... in kanji numerals: "十二日から十四日まで" (the empty group stands for a year)
_RANGE_TAIL_KANJI = re.compile(
    rf"^{_WEEKDAY}{_S}(?:から|～|〜){_S}()(?:([{_KANJI_DIGITS}]{{1,2}})月)?([{_KANJI_DIGITS}]{{1,3}})日"
    rf"{_WEEKDAY}(?:{_S}(?:まで|にかけて))?"
)


_DAYS_FROM_TODAY = {"昨日": -1, "一昨日": -2, "明日": 1, "きのう": -1, "おととい": -2, "あす": 1, "あした": 1,
                    "きょう": 0}
# the label of the day a page or an item was put out, not the day of what it tells ("公開日：", "掲載日：",
# "更新日時:"), before the day or after it ("■ 2015年11月24日掲載")
_PUT_OUT = "公開|掲載|更新|登録|配信|投稿|出力|発行|作成|最終更新"
_PUBLISHED = re.compile(rf"(?:{_PUT_OUT})(?:日|日時|年月日)\s*[：:]?\s*$")
_POSTED = re.compile(rf"\s*(?:{_PUT_OUT})(?:日)?\s*$", re.M)


class DateReader:
    """Reads date expressions in document order, resolving relative ones against the previous date."""

    def __init__(self, context_year: int | None, today: DateValue | None = None, spoken: bool = False,
                 fiscal: int | None = None) -> None:
        self.context_year = context_year
        self.fiscal = fiscal  # the fiscal year a document reviews ("令和4年度…": 2022): April 2022 to March 2023
        self.today = today  # the document's own date: 本日, 本24日
        self.spoken = spoken  # a record of speech (a Diet committee's): 先月, 昨年 count from its day
        self.last: DateValue | None = None
        self.last_month: DateValue | None = None  # the last date known to its month: 同月 after "2024年中に…"
        self.last_day: DateValue | None = None  # the last day: 同日 after "6月に…開催される"
        self.days: list[DateValue] = []  # every day told so far: "翌17日" counts from the 16th told last
        self.last_span: tuple[DateValue, DateValue] | None = None  # the last date told as a span (first, last)
        self.story_days: list[DateValue] = []  # the days the story itself was at (not named in passing)
        self.trip_start: DateValue | None = None  # the first day of the first span to the day ("5月1日から4日まで")
        self.forwarded = False  # the story was last moved by a later date named in passing
        self.paragraph_year: int | None = None
        self.in_note = False  # the block stands under a heading "（参考2）…"

    def new_paragraph(self, year: int | None = None, last: DateValue | None = None, note: bool = False) -> None:
        """Start a block; ``year`` is the year it inherits (a dated heading above it), ``last`` the date its
        relative dates count from (the row of a table an item belongs to); ``note``: it stands under a heading
        "（参考2）…" (its 同日 is the release's day)."""
        self.paragraph_year = year
        self.in_note = note
        if last is not None:
            self._move_to(last)

    def _move_to(self, value: DateValue) -> None:
        """The story has got to ``value``: 同日, 同月, 翌日 count from it (and from its month and day)."""
        self.last = value
        self.last_month = value if value.month else self.last_month
        self.last_day = value if value.day else self.last_day

    def _speaking(self) -> bool:
        """Whether words like 先月 and 来週 count from the document's own day: it has one, and the story it
        tells is around that day (a press conference), not months away (a yearbook quoting a speech)."""
        if self.today is None or self.today.precision != "day":
            return False
        return self.spoken or self.last is None or abs((self.today.as_date() - self.last.as_date()).days) <= 45

    def _year(self) -> int | None:
        return self.paragraph_year or self.context_year

    def read(self, text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
        end = len(text) if end is None else end
        found: list[tuple[int, int, str, re.Match[str]]] = []
        taken = [False] * (end - start)
        for name, pattern in PATTERNS:
            for m in pattern.finditer(text, start, end):
                if any(taken[m.start() - start:m.end() - start]):
                    continue
                for i in range(m.start(), m.end()):
                    taken[i - start] = True
                found.append((m.start(), m.end(), name, m))
        found.sort()
        mentions: list[DateMention] = []
        saved: tuple | None = None  # where the story was before an aside at the paragraph's end
        for s, e, name, m in found:
            if mentions and s < mentions[-1].end:
                continue  # swallowed by the range before it
            sentence = max(text.rfind("。", start, s), text.rfind("．", start, s), start - 1) + 1
            aside = bool(_ASIDE.match(text, sentence, s))
            if aside and saved is None:
                saved = (self.last, self.last_month, self.last_day)
            elif not aside:
                saved = None
            mention = self._resolve(name, m, text, e, end, start, mentions)
            if mention:
                mentions.append(mention)
                if mention.value.day:
                    self.days.append(mention.value)
                # "10月のトランプ大統領訪日": a date in passing does not move the story for 同月 or 翌日.
                passing = bool(re.match(r"の(?!午前|午後|朝|昼|夕|夜|深夜|未明)", text[mention.end:mention.end + 3])) \
                    and not _DAY_OF.match(text, mention.end)
                # "同年7月の総選挙を経て…同月11日": a later month of the year in passing is where the story got to
                # (and "6月30日のマルコス大統領就任式には、…同日、…を表敬した": a later day)
                forward = passing and mention.value.precision in ("month", "day") and self.last is not None \
                    and mention.value.year == self.last.year and mention.value.month > (self.last.month or 13) \
                    and not _AHEAD.match(text, mention.end)  # ("11月の…訪問に向けて調整": not yet)
                # a date of a relative clause counts for 同月 only if it is the story's
                # ("9月に就任した…とは、同月23日"), not a document's ("令和5年8月13日に発効した日豪円滑化協定")
                anchors = (not mention.modifies or bool(_APPOINTED.match(text, mention.end))) \
                    and not _REPORTED.match(text, mention.end)
                narrative = mention.narrative and not passing and anchors \
                    and (mention.value.precision != "year" or name in ("era", "ymd"))
                if forward or narrative:
                    self._move_to(mention.end_value or mention.value)
                    self.last_span = (mention.value, mention.end_value) if mention.end_value else None
                    if mention.end_value and mention.value.day and self.trip_start is None:
                        self.trip_start = mention.value
                    self.forwarded = not narrative
                    if narrative and mention.value.day:
                        self.story_days.append(mention.value)
        if saved is not None:  # "なお、本会合に向けて、前日（6日）には…": the story goes on from where it was
            self.last, self.last_month, self.last_day = saved
        return mentions

    def _resolve(self, name: str, m: re.Match[str], text: str, e: int, end: int, block_start: int,
                 before: list[DateMention]) -> DateMention | None:
        """The date ``m`` writes; ``before``: the dates of its block so far, from ``block_start``."""
        g = m.groups()
        if name == "ymd_kanji":  # "二〇一九年": digit by digit
            g = ("".join(str("〇一二三四五六七八九".index(c)) for c in g[0]), *g[1:])
        if name in _KANJI_FORMS:  # "二月十五日" reads as "2月15日"
            name, g = _KANJI_FORMS[name], tuple(kanji_number(x) for x in g)
        value: DateValue | None = None
        relative = False
        if name == "era":
            year = _era_year(g[0], g[1], g[2])
            value = DateValue(year, _int(g[3]), _int(g[4]))
        elif name == "english":
            value = DateValue(int(g[2]), _MONTHS_EN.index(g[1]) + 1, int(g[0]))
        elif name == "era_letter":
            era = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}[g[0]]
            number = 1 if g[1] == "元" else int(g[1])
            if number > _ERA_YEARS[era] or not 1 <= int(g[3]) <= 12 or not 1 <= int(g[4]) <= 31:
                return None  # ("S1.2.3", "H45.1.1": a section's number, no day)
            value = DateValue(_era_year(era, g[1], g[2]), int(g[3]), int(g[4]))
        elif name == "era_bare":
            number, year = (1 if g[0] == "元" else int(g[0])), int(g[1])
            if not any(year - base == number <= _ERA_YEARS[era] for era, base in ERAS.items()):
                return None  # (not an era's year: "5（2021）.3" is no day)
            value = DateValue(year, int(g[2]), _int(g[3]))
        elif name in ("table", "iso"):
            value = DateValue(int(g[0]), int(g[1]), int(g[2]))
        elif name == "table_month":
            value = DateValue(int(g[0]), int(g[1]))
        elif name == "ymd":
            value = DateValue(int(g[0]), _int(g[1]), _int(g[2]))
        elif name == "same_year":
            base = self.last.year if self.last else self._year()
            earlier = next((d for d in reversed(before) if d.end <= m.start() and (d.attributive or d.modifies)
                            and not re.search(r"[。．]", text[d.end:m.start()])), None)
            if g[0] == "同年" and earlier is not None:
                base = earlier.value.year  # "2023年1月に署名され、同年10月に発効した…協定": that year
            if g[0] in _DEICTIC and (self._speaking() or (self.today is not None and self.today.precision == "day")):
                # 昨年, 来年: counted from the day of the document, not the story (as 本年 is its own year; also in
                # a dated article whose story has gone back years: "【解説】…2024年1月…。…昨年10月下旬に電話会談")
                base = self.today.year
            if base is None:
                return None
            offset = {"翌年": 1, "前年": -1, "昨年": -1, "来年": 1}.get(g[0], 0)
            if g[0] in ("本年", "今年") and self.context_year:
                base = self.context_year
            value = DateValue(base + offset, _int(g[1]), _int(g[2]))
            relative = True
        elif name == "same_month":
            base_value = self.today if g[0] in _DEICTIC and self._speaking() else self.last
            # "10月7日のテロ攻撃を受け、…同月12日": a month named in passing earlier in the sentence
            passing = _in_passing(before, m.start(), text)
            if passing is not None and g[0] == "同月":
                base_value = passing.value
            if base_value is not None and not base_value.month and self.last_month:
                base_value = self.last_month  # "…2024年中に開催する方向で一致した。同月30日には、…"
            if not base_value or not base_value.month:
                return None
            month, year = base_value.month, base_value.year
            if g[0] in ("翌月", "来月"):
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            elif g[0] in ("前月", "先月"):
                year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            value = DateValue(year, month, _int(g[1]))
            relative = True
        elif name == "today":
            g = (g[0] or g[1],)
            last = self.last if self.last and self.last.precision == "day" else None
            if g[0] is not None and last and last.day == int(g[0]):
                value = last  # "2024/5/14 … 本14日": the day of the item's own dateline on a page of many
            elif g[0] is not None and last and (self.today is None or self.today.precision != "day"):
                value = DateValue(last.year, last.month, int(g[0]))  # (no date of the document: the story's month)
            elif self.today is None or self.today.precision != "day":
                return None
            else:
                value = self.today if g[0] is None else DateValue(self.today.year, self.today.month, int(g[0]))
            relative = True
        elif name == "day":
            base_value = self.last or self.today  # a bare day before any date: the document's month
            if base_value is not None and not base_value.month and self.last_month:
                base_value = self.last_month  # (not a year named in passing since: "2030年度の削減目標…。…9日")
            if not base_value or not base_value.month:
                return None
            value = DateValue(base_value.year, base_value.month, int(g[0]))
            first = self.last_span[0] if self.last_span and self.last_span[1] == self.last else None
            if first is not None and first.month != base_value.month and first.day and int(g[0]) >= first.day:
                value = DateValue(first.year, first.month, int(g[0]))  # "11月30日から12月1日…30日に": in the span
            glossed = re.search(r"(前|翌|同)日(?:[（(]|の)$", text[max(0, m.start() - 3):m.start()])
            if glossed:  # "前日（9日）", "その前日の2日": the day next to one told, wherever the story has got to since
                step = {"前": -1, "翌": 1, "同": 0}[glossed.group(1)]
                told = next((d.as_date() for d in reversed(self.days)
                             if (d.as_date() + timedelta(days=step)).day == int(g[0])), None)
                if told is not None:
                    d = told + timedelta(days=step)
                    value = DateValue(d.year, d.month, d.day)
            relative = True
        elif name == "next_day":
            if len(g) > 2 and g[2] is not None:  # "前日16日", "翌日10日": read as "前16日", "翌10日"
                g = (g[0], g[2], None)
            note = re.match(r"\s*[（(]参考", text[block_start:m.start()])
            under_note = self.in_note and not re.search(r"[0-9０-９]日", text[block_start:m.start()])
            if (note or under_note) and g[0] == "同" and g[1] is None and self.today and self.today.precision == "day":
                # "（参考１）同日午前、…を表敬", "同日午後、…" under "（参考2）日・ベルギー首脳会談": the release's day
                last = self.today
            elif g[1] is not None and g[0] == "同" and (passing := _in_passing(before, m.start(), text)):
                # "9月19日に…発生した大地震を受け、…同21日": the month named earlier in the sentence
                last = DateValue(passing.value.year, passing.value.month, 1)
            elif g[1] is not None and self.last and self.last.month and not self.last.day:
                last = DateValue(self.last.year, self.last.month, 1)  # "11月に…訪問し、同15日": that month
            elif self.last and self.last.day:
                last = self.last
            elif g[1] is not None and self.last is None and self.today is not None and self.today.day:
                last = self.today  # "翌22日" before any date: the day after the document's own
            else:  # "（参考）…同日" after "6月に開催される…": the last day told (not for 前日: "サミットの前日")
                last = self.last_day if g[0] == "同" else None
            told = None
            step = {"翌": 1, "前": -1}.get(g[0])
            if step and g[1] is not None and self.forwarded:
                # "同日、…会談。…同年7月3日の期限到来をもって終了した。…翌4日、" counts from the story's 3rd
                told = next((d for d in reversed(self.story_days)
                             if (d.as_date() + timedelta(days=step)).day == int(g[1])), None)
            if step and g[1] is not None and (last is None or (
                    last.as_date() + timedelta(days=step)).day != int(g[1])):
                # "翌17日" a section after "16日、ジッダにおいて…": the day before it, told last (and "前日（9日）"
                # after a plan for October: the day after it)
                # (of the story's year first: "…その後2016年2月に署名された。…翌13日には" counts from the 12th)
                year = last.year if last else self._year()
                near = [d for d in reversed(self.days) if d.day == int(g[1]) - step]
                fallback = near[0] if near and self.last and not self.last.day else None
                told = told or next((d for d in near if d.year == year), fallback)
            last = told or last
            if last is None:
                return None
            base = last.as_date()
            if g[1] is None:
                shift = {"翌": 1, "前": -1, "同": 0}[g[0]]
                d = base + timedelta(days=shift)
                value = DateValue(d.year, d.month, d.day)
            else:
                day = int(g[1])
                year, month = base.year, base.month
                if g[0] == "翌" and day < base.day:
                    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
                value = DateValue(year, month, day)
            relative = True
        elif name == "nth_day":
            if self.trip_start is None:
                return None
            d = self.trip_start.as_date() + timedelta(days=int(g[0]) - 1)
            value = DateValue(d.year, d.month, d.day)
            relative = True
        elif name == "yesterday":
            if self.today is None or self.today.precision != "day":
                return None
            d = self.today.as_date() + timedelta(days=_DAYS_FROM_TODAY[g[0]])
            told = g[1] or g[2]
            value = DateValue(d.year, d.month, int(told) if told else d.day)
            relative = True
        elif name == "week":
            base_value = self.today if g[0] in _DEICTIC and self._speaking() else self.last
            if not base_value or not base_value.day:
                return None
            d = base_value.as_date() + timedelta(days={"前週": -7, "先週": -7, "翌週": 7, "来週": 7}.get(g[0], 0))
            value = DateValue(d.year, d.month)
            relative = True
        elif name in ("md", "slash", "slash_item"):
            year = self._year()
            if year is None:
                return None
            if self.fiscal and not self.paragraph_year and year == self.context_year:
                year = self.fiscal + (1 if int(g[0]) <= 3 else 0)
            value = DateValue(year, int(g[0]), _int(g[1]))
        if value is None or not valid_date(value.year, value.month, value.day):
            return None
        end_value, stop = self._range_end(value, text, e, end)
        # "7月19日のナショナルデー" names another day in passing; "6月のG7サミットの際に" still dates the story;
        # "2030年の目標", "2050年までに", "2019年以降" name other times.
        # ("23日の午前には" is a time of that day, not another day's event)
        genitive = bool(re.match(r"(?:中|内|末|頃)?の(?!午前|午後|朝|昼|夕|夜|深夜|未明)", text[stop:stop + 4])) \
            and not _DAY_OF.match(text, stop)
        # "6月のG7サミットの際に" dates the story, but not while it tells a day of another month
        # ("22日、…本年6月のG7カナナスキス・サミットの議長国として…")
        # (but a sentence that opens with the month is about it: "9月の国連総会の際には、…と会談し")
        opening = re.search(r"(?:^|[。．\n])[\s　]*(?:[^、。\n]{1,14}(?:では|には)[、,])?[\s　]*$",
                            text[max(0, m.start() - 24):m.start()])
        elsewhere = value.precision == "month" and not opening and self.last is not None \
            and self.last.day is not None \
            and (value.year, value.month) != (self.last.year, self.last.month)
        window = max(0, m.start() - 80)
        quoted = text.rfind("「", window, m.start()) > text.rfind("」", window, m.start())  # 「…（2023-2027年）」
        # "現地時間6月17日午前11時25分（日本時間18日午前2時25分）": the same moment in another time zone
        quoted = quoted or text.rfind("日本時間", max(0, m.start() - 5), m.start()) >= 0
        # "…を訪問中（15日～18日）": a stay's span in brackets after what the line tells, not the day it is told on
        before_bracket = text[max(0, m.start() - 5):max(0, m.start() - 1)]
        bracketed = end_value is not None and m.start() > 0 and text[m.start() - 1] in "（(" \
            and text.startswith(("）", ")"), stop) and before_bracket.endswith(("中", "訪問", "滞在", "出張"))
        attributive = quoted or bracketed or (genitive and (value.precision != "month" or elsewhere)) \
            or bool(_NOT_NARRATIVE.match(text[stop:stop + 6])) or bool(_BACK_REFERENCE.match(text, stop)) \
            or bool(_PLANNED.match(text, stop))
        # "2030年リヤド万博", "2025年大阪・関西万博": a year that is part of a name
        named = value.precision == "year" and bool(
            re.match(r"[ァ-ヴ一-龥](?<![中末度内初春夏秋冬前後以頃])", text[stop:stop + 1]))
        # ("公開日：2019年7月3日": the day an item was put out, not the day of what it tells)
        attributive = attributive or named or bool(_PUBLISHED.search(text[max(block_start, m.start() - 12):m.start()]))
        attributive = attributive or bool(_POSTED.match(text, stop))  # ("■ 2015年11月24日掲載": likewise)
        # ("あす22日に…と会談する方向で調整", "来年6月に…主催するG20大阪サミット": a time still to come is not where the
        # story is)
        attributive = attributive or (name == "yesterday" and _DAYS_FROM_TODAY.get(g[0], 0) > 0) \
            or (name in ("same_year", "same_month", "week") and g[0] in ("来年", "来月", "来週"))
        # ("本年7月3日に東京で…が開催されたことを歓迎": what was welcomed is dated, not the story)
        modifies = (bool(_MODIFYING.match(text, stop)) or bool(_REPORTED.match(text, stop))) \
            and not _VISITED.match(text, stop) and not _OCCASION.match(text, stop)
        # "2023年の事案" names a past year; "2026年1月、" moves the story on ("同協定は、翌2022年1月6日に…署名
        # された": a look ahead, not)
        if name in ("era", "ymd") and value.month and not attributive and not modifies \
                and text[m.start() - 1:m.start()] != "翌":
            self.paragraph_year = value.year
        return DateMention(m.start(), stop, value, end_value, relative, attributive, modifies)

    def _range_end(self, value: DateValue, text: str, e: int, end: int) -> tuple[DateValue | None, int]:
        if not value.day:
            return None, e
        m = _RANGE_TAIL.match(text[e:end]) or _RANGE_TAIL_KANJI.match(text[e:end])
        if not m:
            return None, e
        groups = [kanji_number(g) for g in m.groups()]
        if groups[2] is None or not groups[2].isdigit():
            return None, e  # "二三日" (two or three days) is no day
        year = int(groups[0]) if groups[0] else value.year
        month = int(groups[1]) if groups[1] else value.month
        day = int(groups[2])
        if not valid_date(year, month, day):
            return None, e
        end_value = DateValue(year, month, day)
        if end_value <= value:
            return None, e
        return end_value, e + m.end()


def _in_passing(before: list[DateMention], at: int, text: str) -> DateMention | None:
    """The last date with a month named in passing earlier in the sentence ("10月7日のテロ攻撃を受け、…同月12日")."""
    last = next((d for d in reversed(before) if d.value.month and d.end <= at
                 and not re.search(r"[。．]", text[d.end:at])), None)
    return last if last is not None and (last.attributive or last.modifies) else None


def _int(text: str | None) -> int | None:
    return int(text) if text else None
