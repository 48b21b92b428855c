"""Formats, encodings, bad input, input handling and metadata inference.

An HTML page and a PDF (printed by headless Chromium with the Noto CJK font from Debian's
fonts-noto-cjk) holding a Bluebook excerpt must read to the same sentences as the text version.
"""

from __future__ import annotations

import html
import subprocess
from pathlib import Path

import pytest
from conftest import CHROMIUM_FLAGS

from diplograph.document import Document, Metadata, build_document
from diplograph.errors import InputError
from diplograph.metadata import era_year, infer_metadata, parse_date
from diplograph.rdf.iris import local
from diplograph.read import layout_of
from diplograph.read.decode import from_bytes, read_path
from diplograph.read.sources import iter_sources

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clean"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXCERPT = FIXTURES / "bluebook_2024_us.txt"  # three paragraphs of Diplomatic Bluebook 2024, 2-3


def read(path: Path) -> Document:
    return build_document(read_path(path), Metadata(title=path.name), "test")


def sentence_texts(doc: Document) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.sentences if doc.blocks[s.block].kind == "paragraph"]


def paragraphs() -> list[str]:
    return [p for p in EXCERPT.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def ministry_page() -> str:
    """A ministry web page holding the excerpt: navigation, scripts, a title, a date line, the text."""
    body = []
    for n, text in enumerate(paragraphs()):
        text = html.escape(text)
        if n == 0:  # an entity, and the source wrapped between two kanji (no space in the text)
            text = text.replace("、日米安全保障", "&#12289;日米安\n    全保障", 1)
        if n == 2:  # ruby: the reading must not reach the text
            text = text.replace("強靱化", "<ruby>強靱<rp>(</rp><rt>きょうじん</rt><rp>)</rp></ruby>化", 1)
        body.append(f"<p>{text}</p>")
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>日米関係（外交青書2024）｜外務省</title>
<style>body {{ font-family: sans-serif; }} .date {{ text-align: right; }}</style>
<script>window.dataLayer = [{{"page": "日米関係"}}];</script></head>
<body><header><nav><ul><li><a href="/">ホーム</a></li><li><a href="/press/">会見・発表・広報</a></li>
<li><a href="/policy/">外交政策</a></li></ul></nav></header>
<div id="breadcrumb"><span>ホーム</span></div>
<main><h1>日米関係</h1><p class="date">令和6年4月16日</p>
{chr(10).join(body)}
</main><footer><p>Copyright © Ministry of Foreign Affairs of Japan</p></footer>
<script>console.log("日本語のスクリプト");</script></body></html>"""


# --- HTML and PDF read like the text version ----------------------------------------------------------

def test_html_page_reads_to_the_same_sentences_as_the_text(tmp_path: Path) -> None:
    page = tmp_path / "us.html"
    page.write_text(ministry_page(), encoding="utf-8")
    doc = read(page)
    assert doc.source.media_type == "text/html"
    # the date line, then the body
    assert sentence_texts(doc) == ["令和6年4月16日", *sentence_texts(read(EXCERPT))]
    assert doc.text.startswith("日米関係\n\n令和6年4月16日\n\n1月11日、")
    assert not any(word in doc.text for word in ("ホーム", "dataLayer", "console", "Copyright", "きょうじん"))
    for sentence in doc.sentences:
        assert doc.evidence_matches(sentence.start, sentence.end)
        evidence = doc.evidence(sentence.start, sentence.end)
        assert evidence.exact == doc.raw[evidence.raw_start:evidence.raw_end]
    first = doc.evidence(doc.sentences[2].start, doc.sentences[2].end)
    assert first.exact.startswith("1月11日") and "&#12289;" in first.exact
    meta = infer_metadata(doc.source)
    assert meta.title == "日米関係（外交青書2024）｜外務省"
    assert meta.date == "2024-04-16" and meta.kind == "DiplomaticBluebook"


def _print_to_pdf(chromium: str, tmp_path: Path) -> Path:
    """Print the excerpt on small pages with a running head and a page number on each page."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs())
    page = tmp_path / "print.html"
    page.write_text(f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>
@page {{ size: A5; margin: 22mm 16mm; }}
body {{ font-family: "Noto Sans CJK JP"; font-size: 11pt; line-height: 1.7; }}
.head {{ position: fixed; top: -14mm; right: 0; font-size: 8pt; }}
.foot {{ position: fixed; bottom: -14mm; left: 0; font-size: 8pt; }}
</style></head><body><div class="head">外交青書 2024</div><div class="foot">092</div>
{body}</body></html>""", encoding="utf-8")
    pdf = tmp_path / "bluebook.pdf"
    subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return pdf


@pytest.mark.browser
def test_generated_pdf_reads_to_the_same_sentences_as_the_text(chromium: str, tmp_path: Path) -> None:
    doc = read(_print_to_pdf(chromium, tmp_path))
    assert doc.source.media_type == "application/pdf"
    assert "\n" in doc.raw.strip()  # printed lines
    assert "外交" in doc.raw or "⽇" in doc.raw
    assert sentence_texts(doc) == sentence_texts(read(EXCERPT))
    assert "092" not in doc.text and "外交青書" not in doc.text  # running head and page number dropped
    assert all(doc.evidence_matches(s.start, s.end) for s in doc.sentences)


# A press-release feed exported as JSON: Japanese as it is and as \\u escapes, HTML inside a body, an id and
# a URL that are no text.
FEED = (
    r'{"source": "外務省", "url": "https://www.mofa.go.jp/feed", "items": [' "\n"
    r'  {"id": 101, "title": "日米外相会談", "date": "2014-04-06",' "\n"
    r'   "body": "4月6日，岸田外務大臣は，\u30b1\u30ea\u30fc国務長官と約1時間会談しました．'
    r'\n両外相は，日米同盟の強化を確認しました．"},' "\n"
    r'  {"id": 102, "title": "日豪首脳会談", "date": "2014-07-08",' "\n"
    r'   "body": "<p>7月8日，安倍総理大臣は，キャンベラにおいて，アボット首相と首脳会談を行いました．</p>'
    r'<p>両首脳は\"特別な関係\"を確認しました．</p>"}' "\n"
    r"]}"
)


def read_export(folder: Path, name: str, text: str, media_type: str) -> Document:
    """Write an export, read it back: of ``media_type``, and every sentence's evidence quotes its source."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    doc = read(path)
    assert doc.source.media_type == media_type
    for sentence in doc.sentences:
        assert doc.evidence_matches(sentence.start, sentence.end), doc.text[sentence.start:sentence.end]
    return doc


def test_a_json_feed_reads_as_releases_with_their_sentences_and_evidence(tmp_path: Path) -> None:
    doc = read_export(tmp_path, "feed.json", FEED, "application/json")
    assert "https" not in doc.text and "101" not in doc.text and "<p>" not in doc.text
    assert "日米外相会談\n\n2014-04-06\n\n4月6日,岸田外務大臣は,ケリー国務長官と約1時間会談しました." in doc.text
    assert "両首脳は\"特別な関係\"を確認しました." in doc.text
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"] == ["日米外相会談", "日豪首脳会談"]
    kerry = doc.text.index("ケリー")
    assert doc.raw[doc.raw_span(kerry, kerry + 3)[0]:].startswith("\\u30b1")  # the escape it was read from
    from diplograph.pipeline import extract_document

    found = [(m.date.iso(), m.kind, sorted(p.person.rsplit("/", 1)[-1] for p in m.participants))
             for m in extract_document(doc).meetings]
    assert found == [("2014-04-06", "ForeignMinistersMeeting", ["john-kerry", "kishida-fumio"]),
                     ("2014-07-08", "Summit", ["abe-shinzo", "tony-abbott"])]
    assert infer_metadata(doc.source).title == "日米外相会談"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>外務省 報道発表</title>
<link>https://www.mofa.go.jp/press/</link>
<item>
<title>日豪首脳電話会談</title>
<pubDate>Mon, 15 Feb 2016 21:30:00 +0900</pubDate>
<description><![CDATA[<p>本15日午後8時から約20分間，安倍晋三内閣総理大臣は，マルコム・ターンブル豪州首相と電話会談を行いました．</p>]]></description>
</item>
<item>
<title>日露外相会談</title>
<pubDate>Fri, 29 Apr 2016 23:00:00 +0900</pubDate>
<description>&lt;p&gt;4月29日，岸田外務大臣は，モスクワにおいて，ラブロフ外相と会談しました．&lt;/p&gt;</description>
</item>
</channel></rss>
"""


def test_an_rss_feed_reads_item_by_item_with_its_dates_and_evidence(tmp_path: Path) -> None:
    doc = read_export(tmp_path, "press.xml", RSS, "application/rss+xml")
    assert "<p>" not in doc.text and "CDATA" not in doc.text and "https" not in doc.text
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"] == [
        "外務省 報道発表", "日豪首脳電話会談", "日露外相会談"]
    from diplograph.pipeline import extract_document

    # (an item's pubDate is its day: 本15日 counts from it)
    found = [(m.date.iso(), m.kind, m.mode) for m in extract_document(doc).meetings]
    assert found == [("2016-02-15", "Summit", "Phone"), ("2016-04-29", "ForeignMinistersMeeting", "InPerson")]


def test_a_lone_surrogate_escape_in_json_is_no_character(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    body = "2023年5月1日、岸田総理は\\ud83dバイデン大統領と会談した。\\ud83d\\u0041"
    path.write_text('{"body": "' + body + '"}', encoding="utf-8")
    doc = read(path)
    # (nothing UTF-8 cannot write, which the store's N-Triples would fail on; the escape after keeps its letter)
    doc.text.encode("utf-8")
    assert "岸田総理は" in doc.text and "バイデン大統領と会談した。" in doc.text and doc.text.endswith("A")


def test_a_csv_export_is_read_as_a_table(tmp_path: Path) -> None:
    path = tmp_path / "visits.csv"
    path.write_text("日付,国名,氏名,役職\n2013/5/20,英国,ヘイグ,外務大臣\n2013/6/3,\"フランス\",ファビウス,外務大臣\n",
                    encoding="utf-8")
    doc = read(path)
    assert doc.source.media_type == "text/csv"
    rows = [doc.text[b.start:b.end].split("\t") for b in doc.blocks]
    assert [b.kind for b in doc.blocks] == ["table_row"] * 2  # (the header row is the table's, not a row)
    assert [(r[0], r[2]) for r in rows] == [("2013/5/20", "ヘイグ"), ("2013/6/3", "ファビウス")]


# --- encodings -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "euc_jp", "utf-16"])
def test_seed_in_any_japanese_encoding_reads_the_same(tmp_path: Path, encoding: str) -> None:
    original = next(SEEDS.glob("003_*.txt"))
    text = original.read_text(encoding="utf-8")
    path = tmp_path / "003.md"
    path.write_bytes(text.encode(encoding, errors="replace"))
    doc = read(path)
    reference = read(original)
    if encoding in ("cp932", "euc_jp"):  # a few characters do not exist there (务, 铸 …)
        assert len(doc.sentences) == len(reference.sentences)
    else:
        assert doc.text == reference.text
    assert doc.source.media_type == "text/markdown"


# --- bad input -------------------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"


@pytest.mark.parametrize("name,data,problem", [
    ("empty.txt", b"", "empty file"),
    ("photo.txt", PNG, "binary file (PNG image)"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "binary file (JPEG image)"),
    ("bad.txt", bytes([0x82, 0xa0, 0xff, 0xfe, 0x80, 0x81, 0xfd, 0x9f, 0xef]) * 50, "undecodable bytes"),
    ("english.txt", b"The Prime Minister met the President in Washington.\n" * 20, "no Japanese text"),
    ("page.html", b"<html><body><p>Only English here.</p></body></html>", "no Japanese text"),
    ("broken.pdf", b"%PDF-1.7\n this is not really a PDF", "unreadable PDF"),
    ("feed.json", '{"title": "日米外相会談", "body": "4月6日、外務大臣は会談した。",}'.encode(), "not valid JSON"),
    ("english.json", b'{"title": "Talks", "body": "The ministers met."}', "no Japanese text"),
])
def test_bad_input_is_one_line_naming_the_file(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_path(path)
    message = str(info.value)
    assert message.startswith(str(path)) and problem in message and "\n" not in message


def test_file_of_100_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    with pytest.raises(InputError, match="too large"):
        read_path(path)


def test_stdin_bytes_are_sniffed() -> None:
    page = from_bytes(ministry_page().encode("cp932", errors="replace"), "<stdin>")
    assert page.media_type == "text/html" and page.encoding == "cp932"
    assert from_bytes(EXCERPT.read_bytes(), "<stdin>").media_type == "text/plain"


# --- input handling ----------------------------------------------------------------------------------------

def test_folders_globs_and_stdin(tmp_path: Path) -> None:
    for name in ["a.txt", "b.md", "sub/c.html", "sub/d.htm", "sub/deeper/e.pdf", "notes.toml", "image.png",
                 ".hidden/f.txt", "sub/.g.txt", "t/feed.json", "t/list.csv", "t/list.tsv", "t/rss.xml"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in iter_sources([str(tmp_path)])]
    assert found == ["a.txt", "b.md", "sub/c.html", "sub/d.htm", "sub/deeper/e.pdf", "t/feed.json", "t/list.csv",
                     "t/list.tsv", "t/rss.xml"]
    globbed = list(iter_sources([str(tmp_path / "**" / "*.htm*"), str(tmp_path / "sub" / "c.html"), "-"]))
    assert [Path(p).name if p != "-" else p for p in globbed] == ["c.html", "d.htm", "-"]
    with pytest.raises(InputError, match="no file matches"):
        list(iter_sources([str(tmp_path / "*.docx")]))
    with pytest.raises(InputError, match="no such file"):
        list(iter_sources([str(tmp_path / "missing.txt")]))


# --- metadata inference -----------------------------------------------------------------------------------

def test_metadata_of_the_seeds_without_their_catalogue() -> None:
    def meta(number: str) -> Metadata:
        return infer_metadata(read_path(next(SEEDS.glob(f"{number}_*.txt"))))

    bluebook = meta("000")  # running heads "外交青書 2024" and "第3節　北 米"
    assert (bluebook.title, bluebook.kind, bluebook.published, bluebook.period) == (
        "外交青書2024 第3節 北米", "DiplomaticBluebook", 2024, "2023")
    assert bluebook.publisher == "外務省"
    record = meta("002")  # the database record's header fields
    assert (record.title, record.kind, record.date, record.publisher) == (
        "ファクトシート:岸田総理大臣の国賓待遇での米国公式訪問", "FactSheetRecord", "2024-04-10", "外務省")
    assert meta("004").title == "第1節 米国"  # running head "米国第１節"
    assert meta("003").title == "第1節 日米安全保障体制の概要"


@pytest.mark.parametrize("text,expected", [
    ("令和5年1月11日", "2023-01-11"),
    ("平成27年4月27日", "2015-04-27"),
    ("令和元年5月1日", "2019-05-01"),
    ("昭和35(1960)年1月19日付", "1960-01-19"),
    ("2024年4月10日", "2024-04-10"),
    ("公表 2024/4/10", "2024-04-10"),
    ("2月30日", None),
])
def test_dates_near_the_top(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_white_paper_edition_and_era_years() -> None:
    assert era_year("令和", "5") == 2023 and era_year("平成", "27") == 2015 and era_year("令和", "元") == 2019
    text = "防衛白書 令和5年版\n\n## 第1節 日米安全保障体制の概要\n\n日米同盟は、安全保障の基軸である。\n"
    meta = infer_metadata(from_bytes(text.encode(), "dwp.md"))
    assert (meta.kind, meta.published, meta.period, meta.publisher) == (
        "DefenseWhitePaper", 2023, "2022/2023", "防衛省")
    trade_text = "通商白書2023\n\n米国経済は2022年に回復した。日米の協力を進めた。\n"
    trade = infer_metadata(from_bytes(trade_text.encode(), "t.txt"))
    assert (trade.kind, trade.published, trade.period) == ("TradeWhitePaper", 2023, "2022/2023")


def test_html_structure_becomes_layout_text() -> None:
    from diplograph.read.html import extract

    page = extract("<html><head><title>題名</title><meta charset=utf-8><body><h1>見出し</h1>"
                   "<p>本文です。<br>次の行。</p><table><tr><th>年</th><th>会議</th></tr>"
                   "<tr><td>2024</td><td>日米首脳会談</td></tr></table><ul><li>一つ</li><li>二つ</li></ul>")
    assert page.title == "題名"  # no </head>: the body is still read
    assert page.text == ("# 見出し\n\n本文です。\n次の行。\n\n年\t会議\n2024\t日米首脳会談"
                         "\n\n・ 一つ\n\n・ 二つ")
    raw = "<p>日米&amp;豪</p>"
    text = extract(raw)
    assert text.text == "日米&豪" and raw[text.offsets[2]:text.offsets[2] + 5] == "&amp;"


def test_the_year_an_opening_names_most_often_is_the_year_it_covers() -> None:
    text = ("第1節　アジア\n\n　東南アジア諸国連合は、2015年末に共同体を発足させた。"
            "日本は、2016年には首脳会議に出席し、"
            "2016年の1年間に9か国の首脳と会談した。\n")
    assert infer_metadata(from_bytes(text.encode("utf-8"), "section.txt")).period == "2016"


CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
X-WR-CALNAME:外務大臣日程（共有カレンダー）\r
X-WR-TIMEZONE:Asia/Tokyo\r
BEGIN:VEVENT\r
DTSTART;TZID=Europe/Brussels:20240403T091500\r
SUMMARY:日・ベルギー外相会談（ラビブ外務大臣）\r
LOCATION:ベルギー外務省\\, ブリュッセル\r
DESCRIPTION:上川大臣はハジャ・ラビブ・ベルギー外務大臣と会談。\\n二国間関係の強化で一致。\r
STATUS:CONFIRMED\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART:20240404T233000Z\r
SUMMARY:日英外相電話会談（キャメロン外相\r
 ）\r
STATUS:CONFIRMED\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;TZID=Europe/Brussels:20240404T150000\r
SUMMARY:【取りやめ】日・フィンランド外相会談\r
STATUS:CANCELLED\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_calendar_export_reads_event_by_event_with_its_days_and_evidence(tmp_path: Path) -> None:
    doc = read_export(tmp_path, "schedule.txt", CALENDAR, "text/calendar")
    assert "DTSTART" not in doc.text and "\\\\," not in doc.text and "フィンランド" not in doc.text  # (called off)
    assert "ベルギー外務省, ブリュッセル" in doc.text and "キャメロン外相）" in doc.text  # (escape, fold)
    from diplograph.pipeline import extract_document

    # (23:30 UTC on the 4th is the 5th in the calendar's zone, Tokyo)
    found = [(m.date.iso(), m.kind, m.mode, tuple(sorted(local(p.person) for p in m.participants)))
             for m in extract_document(doc).meetings]
    assert found == [("2024-04-03", "ForeignMinistersMeeting", "InPerson", ("hadja-lahbib", "kamikawa-yoko")),
                     ("2024-04-05", "ForeignMinistersMeeting", "Phone", ("david-cameron", "kamikawa-yoko"))]


def test_a_calendar_s_alarms_odd_orders_and_impossible_days(tmp_path: Path) -> None:
    text = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:日・ベルギー外相会談（ラビブ外務大臣）\r\nLOCATION:東京\r\n"
            'DTSTART;TZID="(UTC+09:00) Osaka, Sapporo, Tokyo":20240402T100000\r\n'
            "BEGIN:VALARM\r\nDESCRIPTION:リマインダー\r\nEND:VALARM\r\n"
            "DESCRIPTION:上川大臣は会談した。\\\r\n n両外相は協力を確認した。\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nSUMMARY:日英外相会談\r\nDTSTART:20240230T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    # (every sentence's evidence quotes its source, the summary written before its day included)
    doc = read_export(tmp_path, "odd.ics", text, "text/calendar")
    assert "リマインダー" not in doc.text and "\\n" not in doc.text and "両外相は協力を確認した。" in doc.text
    assert "日英外相会談" not in doc.text  # (30 February: no day, no entry)
    assert doc.text.startswith("2024年4月2日（10:00）")


def test_a_calendar_in_utc_without_its_zone_is_read_in_japan_s_time() -> None:
    from diplograph.read.calendar import extract_calendar

    raw = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20240404T233000Z\r\nSUMMARY:日英外相電話会談\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert extract_calendar(raw).text == "2024年4月5日（8:30）　日英外相電話会談"


SQL_DUMP = """-- MySQL dump 10.13  Distrib 8.0.36
-- 外務大臣会談記録（研究用データベース抜粋）
-- fmt: F=対面, T=電話
-- jokyo: ok=実施, cx=中止（先方の都合）
DROP TABLE IF EXISTS `talks`;
CREATE TABLE `talks` (
  `no` int NOT NULL,
  `held_on` date NOT NULL,
  `japan_side` varchar(20) NOT NULL,
  `cc` char(2) NOT NULL,
  `counterpart` varchar(60) NOT NULL,
  `fmt` char(1) NOT NULL,
  `venue` varchar(40) DEFAULT NULL,
  `jokyo` varchar(4) NOT NULL,
  `memo` text,
  PRIMARY KEY (`no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `talks` VALUES (1,'2022-01-07','林芳正','US','ブリンケン国務長官','T',NULL,'ok',
'両外相は''自由で開かれたインド太平洋''の実現に向けた連携を確認．'),
(2,'2022-05-23','林芳正','AU','ウォン外務大臣','F','東京','ok',NULL),(3,'2022-06-01','林芳正','GB','トラス外務大臣','F','ロンドン','cx','');
CREATE TABLE `docs` (`id` int, `title` varchar(100), `event` varchar(10), `event_date` date, `cc` char(2));
INSERT INTO `docs` (`id`,`title`,`event`,`event_date`,`cc`) VALUES (1,'日豪円滑化協定','署名','2022-01-06','AU');
"""


def test_an_sql_dump_reads_as_tables_with_its_codes_explained(tmp_path: Path) -> None:
    doc = read_export(tmp_path, "talks_dump.txt", SQL_DUMP, "application/sql")
    layout = layout_of(doc.source).text
    assert "INSERT" not in layout and "NULL" not in layout and "''" not in layout
    # (a code reads as its legend's meaning; the header is the column list)
    assert "no\theld_on\tjapan_side\tcc\tcounterpart\tfmt\tvenue\tjokyo\tmemo\n" in layout
    assert "2022-01-07\t林芳正\tUS\tブリンケン国務長官\t電話\t\t実施\t両外相は'自由で開かれた" in layout
    assert "id\ttitle\tevent\tevent_date\tcc\n1\t日豪円滑化協定\t署名\t2022-01-06\tAU" in layout
    from diplograph.pipeline import extract_document

    found = extract_document(doc)
    # (the country from its ISO code; the row marked 中止 was no meeting)
    assert [(m.date.iso(), m.kind, m.mode, tuple(local(c) for c in m.countries),
             tuple(sorted(local(p.person) for p in m.participants))) for m in found.meetings] == [
        ("2022-01-07", "ForeignMinistersMeeting", "Phone", ("jp", "us"), ("antony-blinken", "hayashi-yoshimasa")),
        ("2022-05-23", "ForeignMinistersMeeting", "InPerson", ("au", "jp"), ("hayashi-yoshimasa", "penny-wong"))]
    assert [(a.title, tuple(local(p) for p in a.parties), [(e.type, e.date.iso()) for e in a.events])
            for a in found.agreements] == [("日豪円滑化協定", ("au", "jp"), [("Signed", "2022-01-06")])]


def test_a_pg_dump_copy_block_is_a_table() -> None:
    from diplograph.read.sqldump import extract_sql_dump, looks_like_sql_dump

    raw = ("--\n-- PostgreSQL database dump\n--\nSET statement_timeout = 0;\n"
           "COPY public.kaidan (id, kaidan_date, aite, basho) FROM stdin;\n"
           "1\t2023-03-20\tモディ首相\tニューデリー\n2\t2023-05-19\t\\N\t広島\n\\.\n")
    assert looks_like_sql_dump(raw) and not looks_like_sql_dump("INSERT INTO は文中の語。\n会談した。")
    assert extract_sql_dump(raw).text == ("id\tkaidan_date\taite\tbasho\n1\t2023-03-20\tモディ首相\tニューデリー\n"
                                          "2\t2023-05-19\t\t広島")


XML_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<!-- 二国間約束データベース　検索結果（分野：社会保障） -->
<約束一覧 件数="2">
  <約束 番号="SS-2019-01">
    <名称>日本国とフィンランド共和国との間の社会保障に関する協定</名称>
    <署名 日付="2019-09-19" 場所="ヘルシンキ">在フィンランド日本国大使と同国社会保健大臣が署名</署名>
    <発効 日付="2022-02-01"/>
  </約束>
  <約束 番号="SS-2024-02">
    <名称>日本国とスウェーデン王国との間の社会保障に関する協定を改正する議定書</名称>
    <状態>交渉中</状態>
  </約束>
</約束一覧>
"""


def test_an_xml_export_reads_its_records_as_a_register(tmp_path: Path) -> None:
    doc = read_export(tmp_path, "treaties.txt", XML_EXPORT, "application/xml")
    layout = layout_of(doc.source).text
    assert "<" not in layout and layout.startswith("二国間約束データベース　検索結果（分野：社会保障）\n\n")
    assert "番号\t名称\t署名日付\t署名場所\t署名\t発効日付\t状態\n" in layout  # (attributes by their element)
    from diplograph.pipeline import extract_document

    found = extract_document(doc)
    assert [(a.title, a.kind, tuple(local(p) for p in a.parties),
             [(e.type, e.date.iso() if e.date else None) for e in a.events]) for a in found.agreements] == [
        ("日本国とフィンランド共和国との間の社会保障に関する協定", "IntergovernmentalAgreement", ("fi", "jp"),
         [("Signed", "2019-09-19"), ("EnteredIntoForce", "2022-02-01")]),
        ("日本国とスウェーデン王国との間の社会保障に関する協定を改正する議定書", "Treaty", ("jp", "se"),
         [("UnderNegotiation", None)])]


def test_xml_in_english_names_its_columns_with_words() -> None:
    from diplograph.read.xmldata import extract_xml_data

    raw = ('<?xml version="1.0"?><treaties><treaty><name>日・フィンランド社会保障協定</name>'
           '<signed date="2019-09-19"/><entry_into_force date="2022-02-01"/></treaty>'
           '<treaty><name>日・チェコ社会保障協定</name><signed date="2008-02-21"/></treaty></treaties>')
    assert extract_xml_data(raw).text == ("name\tsigned_date\tentry_into_force_date\n"
                                          "日・フィンランド社会保障協定\t2019-09-19\t2022-02-01\n"
                                          "日・チェコ社会保障協定\t2008-02-21\t")


def meetings_of(doc: Document) -> list[tuple]:
    from diplograph.pipeline import extract_document

    return [(m.date.iso(), m.kind, m.mode, tuple(sorted(local(p.person) for p in m.participants)))
            for m in extract_document(doc).meetings]


PSQL_RECORDS = """gaiko=> \\x on
Expanded display is on.
gaiko=> SELECT kaidan_bi, keishiki, nihon_gawa, aite, basho FROM kaidan WHERE aite_kuni = 'ウクライナ';
-[ RECORD 1 ]-----------------------------
kaidan_bi  | 2023-03-21
keishiki   | 対面
nihon_gawa | 岸田文雄内閣総理大臣
aite       | ゼレンスキー大統領
basho      | キーウ
-[ RECORD 2 ]-----------------------------
kaidan_bi  | 2023-05-21
keishiki   | 対面
nihon_gawa | 岸田文雄内閣総理大臣
aite       | ゼレンスキー大統領
basho      | 広島
"""


def test_records_one_field_a_line_read_as_a_table(tmp_path: Path) -> None:
    doc = read_export(tmp_path, "psql_output.txt", PSQL_RECORDS, "text/plain")
    assert "kaidan_bi\tkeishiki\tnihon_gawa\taite\tbasho\n" \
           "2023-03-21\t対面\t岸田文雄内閣総理大臣\tゼレンスキー大統領\tキーウ\n" in layout_of(doc.source).text
    assert meetings_of(doc) == [("2023-03-21", "Summit", "InPerson", ("kishida-fumio", "volodymyr-zelenskyy")),
                                ("2023-05-21", "Summit", "InPerson", ("kishida-fumio", "volodymyr-zelenskyy"))]
    # (a database's detail view in 【name】value form, and a rule between records)
    from diplograph.read.records import records_layout

    raw = ("検索結果\n----------\n【件名】日・ウクライナ首脳会談\n【年月日】2023年3月21日\n【場所】キーウ\n----------\n"
           "【件名】日・ウクライナ首脳会談\n【年月日】2024年6月13日\n【場所】イタリア・プーリア\n【備考】G7サミットの際\n")
    assert "件名\t年月日\t場所\t備考\n日・ウクライナ首脳会談\t2023年3月21日\tキーウ\t\n" in records_layout(raw).text


def test_a_dialogue_or_a_single_record_is_no_table() -> None:
    from diplograph.read.records import records_layout

    dialogue = ("記者：今の電話会談に関連して伺います。対面での会談の予定はあるのでしょうか。\n"
                "上川外務大臣：国連総会の機会に直接お会いすることを含めて調整しております。\n"
                "記者：イスラエルの外相との会談の予定はありますか。\n上川外務大臣：現時点で具体的な予定はございません。\n"
                "記者：分かりました。\n")
    notice = "日時：2024年9月2日\n場所：外務省\n出席者：上川外務大臣\n\n本文。\n"
    assert records_layout(dialogue) is None and records_layout(notice) is None


LATEX_APPENDIX = r"""%% 付録の表（platex）
\section*{付録\quad 日・ウクライナ首脳会談}
本付録は首脳会談を一覧にしたものである．
\begin{table}[htbp]
\caption{首脳会談の一覧}\label{tab:ua}
\begin{tabular}{lll}
\toprule
月日 & 相手 & 会談 \\
\midrule
\multicolumn{3}{l}{\textbf{2023年（令和5年）}} \\
3月21日 & ゼレンスキー大統領 & 首脳会談（キーウ）\tnote{a} \\
\addlinespace
\multicolumn{3}{l}{\textbf{2024年（令和6年）}} \\
6月13日 & ゼレンスキー大統領 & 首脳会談（G7プーリア・サミット） \\
\bottomrule
\end{tabular}
\end{table}
"""


def test_a_latex_table_reads_as_a_table_with_its_year_rows(tmp_path: Path) -> None:
    doc = read_export(tmp_path, "appendix.tex", LATEX_APPENDIX, "text/x-tex")
    layout = layout_of(doc.source).text
    assert "\\" not in layout and "tnote" not in layout and "%" not in layout
    assert layout.startswith("## 付録　 日・ウクライナ首脳会談\n\n本付録は首脳会談を一覧にしたものである．\n")
    assert "月日\t相手\t会談\n2023年（令和5年）\t\t\n3月21日\tゼレンスキー大統領\t首脳会談（キーウ）\n" in layout
    # (a row of the year alone gives its year to the days below it)
    assert meetings_of(doc) == [("2023-03-21", "Summit", "InPerson", ("kishida-fumio", "volodymyr-zelenskyy")),
                                ("2024-06-13", "Summit", "InPerson", ("kishida-fumio", "volodymyr-zelenskyy"))]


def test_exports_read_their_odd_corners() -> None:
    from diplograph.read.latex import extract_latex
    from diplograph.read.records import records_layout
    from diplograph.read.sqldump import extract_sql_dump, looks_like_sql_dump
    from diplograph.read.xmldata import extract_xml_data

    # (a COPY cell's escapes undone, each character still at its own offset)
    raw = "COPY public.m (id, title) FROM stdin;\n1\t日米\\n首脳会談\n\\.\n"
    read = extract_sql_dump(raw)
    assert read.text == "id\ttitle\n1\t日米 首脳会談"
    assert raw[read.offsets[read.text.index("首")]] == "首"
    # (a schema and a quoted Japanese table name; a quoted column named like a keyword; a function's value)
    raw = ('CREATE TABLE public."会談" (\n  "key" int,\n  title text,\n  PRIMARY KEY (key)\n);\n'
           "INSERT INTO public.\"会談\" VALUES (1, '日米首脳会談'), (NOW(), '日豪首脳会談');\n")
    assert looks_like_sql_dump(raw)
    assert extract_sql_dump(raw).text == "key\ttitle\n1\t日米首脳会談\nNOW()\t日豪首脳会談"
    # (LaTeX: a backslash at the end, an item's mark left open, a link's text, a row separator's space)
    assert extract_latex("本文です。\\").text == "本文です。"
    assert "日米首脳会談" in extract_latex("\\begin{itemize}\n\\item[ 日米首脳会談\n\\end{itemize}").text
    assert extract_latex("\\href{https://www.mofa.go.jp/}{外務省発表}の通り").text == "外務省発表の通り"
    table = "\\begin{tabular}{ll}\n月日 & 会談 \\\\[2pt]\n3月1日 & 日米首脳会談 \\\\\n\\end{tabular}"
    assert extract_latex(table).text.strip() == "月日\t会談\n3月1日\t日米首脳会談"
    # (XML marking up a document, not holding records: read as its text)
    assert extract_xml_data('<?xml version="1.0"?><doc><p>岸田総理は<em>バイデン</em>大統領と会談した。</p>'
                            "<p>両首脳は<em>日米同盟</em>を確認した。</p></doc>").text == \
        "岸田総理はバイデン大統領と会談した。\n\n両首脳は日米同盟を確認した。"
    # (records: two fields on a line; a schedule's times are no fields)
    assert "日時\t場所\t出席者\n5月1日\t東京\t岸田総理\n" in records_layout(
        "日時：5月1日／場所：東京／出席者：岸田総理\n\n日時：5月2日／場所：大阪／出席者：林外相\n").text
    assert records_layout("午前10:30 首脳会談\n午前11:30 外相会談\n午後12:30 昼食会\n\n"
                          "午前10:30 首脳会談\n午前11:30 外相会談\n午後12:30 昼食会\n") is None
