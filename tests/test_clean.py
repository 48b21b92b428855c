"""Reading the five seed documents: layout repair, structure and offsets, on the real texts.

Every check reads a seed file as the pipeline does (decode, clean, split) and looks at the clean text,
its blocks and sentences, and the offsets back into the raw file.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest

from diplograph.clean import clean_layout
from diplograph.clean.evidence import normalize_quote, raw_quote, skipped_within
from diplograph.clean.normalize import normalize_text
from diplograph.clean.sentences import split_sentences
from diplograph.clean.spacing import dropped_spaces
from diplograph.clean.tables import parse_table, similar
from diplograph.document import Document, Metadata, build_document
from diplograph.read.decode import from_bytes, read_path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NUMBERS = ("000", "001", "002", "003", "004")


@cache
def seed(number: str) -> Document:
    path = next(SEEDS.glob(f"{number}_*.txt"))
    return build_document(read_path(path), Metadata(title=number), number)


def sentences(doc: Document, kinds: tuple[str, ...] | None = None) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.sentences
            if kinds is None or doc.blocks[s.block].kind in kinds]


def blocks(doc: Document, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


def sentence_with(doc: Document, needle: str) -> str:
    found = [s for s in sentences(doc) if needle in s]
    assert found, f"no sentence contains {needle!r}"
    return found[0]


# --- no furniture, furigana or captions inside sentences ---------------------------------------------

RUNNING_HEADS = re.compile(
    r"外交青書\s?20\d\d|DIPLOMATIC BLUEBOOK|しなやかで、揺るぎない地域外交|第\d節\s*北\s米|北 米|米国第\s?1節"
    r"|(?<![\d,.])0\d\d(?![\d,.])|COLUMN|コラム$"
)


@pytest.mark.parametrize("number", NUMBERS)
def test_no_running_heads_or_page_numbers_in_any_sentence(number: str) -> None:
    offending = [s for s in sentences(seed(number), ("paragraph", "item", "caption"))
                 if RUNNING_HEADS.search(s)]
    assert offending == []


@pytest.mark.parametrize("number", NUMBERS)
def test_no_caption_left_inside_a_sentence(number: str) -> None:
    for text in sentences(seed(number), ("paragraph", "item")):
        assert "写真提供" not in text
        # a caption is a title and a (date, place); none may stand inside running text
        assert not re.search(r"(?:会談|会合|表敬|様子|面会)[（(]\d{1,2}月\d{1,2}日、", text), text


def test_the_furniture_taken_out_of_000_is_furniture() -> None:
    doc = seed("000")
    dropped = {doc.raw[s:e].strip() for s, e, why in doc.clean.skipped if why == "furniture"}
    assert dropped == {"北 米33", "092", "しなやかで、揺るぎない地域外交第2章", "DIPLOMATIC BLUEBOOK 2024",
                       "095", "第3節　北 米", "外交青書 2024", "22", "14 15",
                       *"しなやかで、揺るぎない地域外交"}
    assert not any("しなやかで" in s for s in sentences(doc))


def test_the_furniture_taken_out_of_004_is_furniture() -> None:
    doc = seed("004")
    dropped = {doc.raw[s:e].strip() for s, e, why in doc.clean.skipped
               if why in ("furniture", "margin heading")}
    assert dropped == {"米国第１節", "3．日米貿易投資関係の更なる発展に向けた取組",
                       "4．地域・国際社会の繁栄に資する日米経済協力"}
    joined = "商務・産業分野でのより深い協力が不可欠であることを再確認した"
    assert joined in sentence_with(doc, "不可欠である")


@pytest.mark.parametrize("clean", [
    "インド太平洋特使に任命し、ASEANや太平洋島嶼国との積極的な外交を展開した。",  # 島嶼 / しょ / 国
    "カナダが地理的条件から安全を享受できた時代は終焉し、サイバーや偽情報",  # 焉 / えん
    "党内保守強硬勢力の圧力に対して脆弱な立場にあり、その意向を汲んだ議会運営を求められることとなった。",
    "2024年大統領選挙・議会選挙の前哨戦として位置付けていたものであり",
    "景気後退の懸念に晒されつつも、根強い個人消費などにより、景気後退は回避された。",
    "GDPの成長を牽引した。",
    "同志国間でのサプライチェーンの強靱化、労働・環境保護などに焦点を当てた",
    "能登半島地震に際するバイデン大統領夫妻やブリンケン長官からの温かいお見舞いのメッセージ",
    "日米両国がかつてないほど親密かつ固い絆で結ばれていることを示すものです。",
    "北海道のアイヌ舞踊や沖縄県の獅子舞のパフォーマンスが披露され",
    "尾崎行雄東京市長が日米親善の証しとして、約3,000本の桜を寄贈した",
    "日本から持参した桜模様の茶碗にお茶を点てました。",
])
def test_furigana_lines_are_removed_from_000(clean: str) -> None:
    assert any(clean in s for s in sentences(seed("000")))


def test_inline_furigana_is_removed() -> None:
    assert "軍事力による示威や恫喝に至るまで" in sentence_with(seed("003"), "恫喝")
    doc = seed("001")
    assert "2026年1月、李強国務院総理の招待を受け、カーニー首相は" in sentence_with(doc, "李強")
    assert "11月1日、APEC首脳会議に出席するため、韓国・慶州を訪問中の" in sentence_with(doc, "慶州を訪問中")
    readings = re.compile(r"りきやう|キョンジュ|どっかつ|<sup>|\^\{")
    assert not any(readings.search(s) for n in NUMBERS for s in sentences(seed(n)))


# --- sentences joined across line breaks, page breaks, captions and columns ---------------------------

@pytest.mark.parametrize("whole", [
    # a name on one line, its title on the next line after a page break
    "1月11日、日米安全保障協議委員会（「2+2」）出席のためワシントンD.C.を訪問した林外務大臣は、"
    "ブリンケン国務長官と日米外相会談を行った。",
    "1月13日、ワシントンD.C.を訪問した岸田総理大臣はバイデン大統領と日米首脳会談を行った。",
    "3月3日、日米豪印外相会合出席のためインド・ニューデリーを訪問中の林外務大臣は、ブリンケン国務長官と日米外相会談を行った。",
    "4月17日、林外務大臣は、G7外相会合出席のため訪日中のブリンケン国務長官と日米外相会談を行った。",
    "6月17日、林外務大臣はワシントンD.C.から北京に移動中のブリンケン国務長官と日米外相電話会談を行った。",
    "11月7日、上川外務大臣は、G7外相会合出席のため来日したジョリー外相と会談を行い、",
    # a caption stood inside the sentence
    "岸田総理大臣から、拉致問題の即時解決に向けた米国の引き続きの理解と協力を求め、バイデン大統領から改めて支持を得た。",
    "上川外務大臣から、10月7日のハマスなどによるテロ攻撃を断固として非難すると述べ、中東情勢に対する米国の外交努力への"
    "最大限の支持を表明した上で、",
    # a whole column (コラム) and a caption stood inside the sentence
    "G7外相会合での議論を踏まえ、ウクライナ情勢、中国をめぐる諸課題への対応、拉致問題を含む北朝鮮への対応及びいわゆる"
    "グローバル・サウスへの関与や支援の重要性について、率直に意見交換を行った。",
    "インド太平洋地域へ軍艦3隻を派遣し、カナダ軍のプレゼンスを強化したほか、経済・貿易分野においては",
    # footnotes stood inside the sentence
    "2月、バイデン大統領はウクライナ・キーウを電撃訪問し、10月には、ハマスなどによるテロ攻撃を受け",
    "環太平洋パートナーシップ（TPP）についての日本の立場を伝えた。",
])
def test_sentences_of_000_are_whole(whole: str) -> None:
    assert any(whole in s for s in sentences(seed("000"), ("paragraph",)))


def test_sentences_of_the_other_seeds_are_whole() -> None:
    doc = seed("001")
    assert "厳しく複雑な安全保障環境に関する情勢認識を共有し" in sentence_with(doc, "厳しく複雑な安全保障")
    assert "USAIDのほぼ全ての機能を国務省に再編する計画を発表した。" in sentence_with(doc, "再編する計画")
    texts = sentences(doc)
    after = texts[texts.index("日米間では、首脳・外相レベルを含め多くの要人往来が実施された。") + 1]
    assert "首脳間等の信頼関係の下、日米関係はかつてなく強固なものとなっている。" in after
    assert "機会とレベルを通じ、日米間情報や認識を共有することは" in sentence_with(seed("003"), "日米間情")
    assert "この米国の日本防衛義務により、仮にどこかの国がわが国に対して武力攻撃を企図したとしても" in \
        sentence_with(seed("003"), "どこかの国")


def test_captions_are_blocks_of_their_own() -> None:
    captions = blocks(seed("000"), "caption")
    for caption in ["日米外相会談（1月11日、米国・ワシントンD.C.）",
                    "日米首脳会談（5月18日、広島県 写真提供：内閣広報室）",
                    "日米外相会談（4月17日、東京）",  # two captions shared one line
                    # title, blank line, (date)
                    "日米首脳会談（11月16日、米国・サンフランシスコ 写真提供：内閣広報室）",
                    "日米経済政策協議委員会（経済版「2+2」）第2回閣僚会合（11月14日、米国・サンフランシスコ）",
                    "総領事公邸での記念レセプションで披露された北海道のアイヌ舞踊（7月27日、米国・ハワイ）"]:
        assert caption in captions
    assert all(re.search(r"[（(]\d{1,2}月\d{1,2}日、[^）)]*[）)]$", c) for c in captions)
    captions_001 = blocks(seed("001"), "caption")
    assert "日米首脳会談(2月7日、米国・ワシントンD.C. 写真提供：首相官邸ホームページ)" in captions_001
    assert "ポートランド・シードッグスにおけるジャパン・ナイト(左端は高橋総領事)" in captions_001
    assert "鈴木事務次官とヒックス国防副長官との協議" in blocks(seed("003"), "caption")
    assert "日米首脳会談（2023年5月）【首相官邸HP】" in blocks(seed("003"), "caption")


def test_columns_are_sections_of_their_own() -> None:
    doc = seed("000")
    title = "通じ合った桜の思い―岸田裕子総理大臣夫人の訪米―"
    column = [doc.text[b.start:b.end] for b in doc.blocks if b.section and b.section[-1] == title]
    assert column[0] == title
    assert any(p.startswith("4月、岸田裕子総理大臣夫人はジル・バイデン大統領夫人の招待") for p in column)
    assert "バイデン大統領との面会（4月17日、米国・ワシントンD.C.）" in column
    hawaii = [b for b in doc.blocks if b.section and b.section[-1].startswith("私たちをつなぐ絆")]
    assert len(hawaii) > 5
    assert not any("コラム" in s or "COLUMN" in s for s in sentences(doc))


# --- footnotes -------------------------------------------------------------------------------------------

def test_footnote_markers_leave_the_words_and_footnotes_stay() -> None:
    doc = seed("000")
    for text in ["包括的及び先進的な協定（CPTPP）の推進", "「瀬取り」対応や共同演習",
                 "連邦公開市場委員会（FOMC）は、7月の会合", "ディープテック分野のイノベーション",
                 "米国側のALPS処理水に関する", "滑空段階迎撃用誘導弾（GPI）の共同開発", "覚書を作成した。",
                 "「行動計画2.0」の基本的な考え方",
                 "日加次官級経済協議（JEC）をオタワで開催", "主催団体であるハワイ日米協会（JASH）と協力し",
                 "全米桜祭りのストリートフェスティバル期間に行われる"]:
        assert any(text in s for s in sentences(doc)), text
    assert "G7や日米豪印などの協力" in sentence_with(doc, "日米豪印などの協力")  # "G7" is no marker
    notes = blocks(doc, "footnote")
    assert len([n for n in notes if re.match(r"\d{1,2} ", n)]) == 16 + 2 + 1  # main text, two columns
    cptpp = "1 Comprehensive and Progressive Agreement for Trans-Pacific Partnership"
    assert cptpp in [" ".join(n.split()) for n in notes]
    assert any(n.startswith("2 ここでの「瀬取り」は") and n.endswith("物資の積替えのこと") for n in notes)
    doc1 = seed("001")
    assert "トランプ大統領の支持率は、就任直後の50%前後を最高値として" in sentence_with(doc1, "支持率は")
    assert blocks(doc1, "footnote")[0] == "(1) Real Clear Politics世論調査平均"
    assert "(1) 米国情勢" in blocks(doc1, "heading") and "(2) 日米政治関係" in blocks(doc1, "heading")
    note = "(注2) 両国次官・局長クラスなど事務レベルの要人により適宜行われている。"
    assert note in blocks(seed("003"), "footnote")


# --- spacing and width ------------------------------------------------------------------------------------

def test_spaced_out_characters_and_digits_are_closed_up() -> None:
    doc = seed("004")
    visits = "経済産業大臣は2022年5月、7月、9月、及び2023年1月に米国を訪問し"
    assert visits in sentence_with(doc, "経済産業大臣は2022")
    assert "第1回日米商務・産業パートナーシップ（JUCIP）閣僚級会合" in sentence_with(doc, "JUCIP）閣僚級")
    assert "日米経済政策協議委員会（経済版「2+2」）" in sentence_with(doc, "立ち上げ・進展")
    assert "GATT第21条（b）（iii）項で定められた" in sentence_with(doc, "GATT")
    assert "2023年1月はワシントンDCで日米首脳会談を行わった。" in sentence_with(doc, "ワシントンDCで")
    heading = "日米通商協力枠組み（Japan-U.S. Partnership on Trade）の立ち上げ"
    assert heading in " ".join(blocks(doc, "heading"))
    for text in sentences(doc):
        assert not re.search(r"\d [年月日]|[年月] \d|[０-９Ａ-Ｚａ-ｚ]|\ufffd", text), text


def test_character_normalisation_keeps_japanese_punctuation() -> None:
    assert normalize_text("１２３ＡＢＣ（注）、。「」：！？＜＞") == "123ABC（注）、。「」：！？＜＞"
    assert normalize_text("⽇⽶⾸脳会談 ⻑官 ‧ ﾃｽﾄ 國務 　") == "日米首脳会談 長官 ・ テスト 国務  "


@pytest.mark.parametrize("text,expected", [
    ("2022 年 8 月", "2022年8月"),
    ("経 済 産 業 大 臣 は", "経済産業大臣は"),
    ("ワシントン DC で", "ワシントンDCで"),
    ("経済版「2 + 2」", "経済版「2+2」"),
    ("岸田内閣総理大臣 バイデン米大統領", "岸田内閣総理大臣 バイデン米大統領"),  # two names stay apart
    ("Real Clear Politics", "Real Clear Politics"),
    ("A 日米安全保障条約", "A 日米安全保障条約"),
    # a word of a sentence cut by a space (an OCR'd fax), but not a headline's two parts nor a speaker's name
    ("岸田大臣はカー外務大臣と外相会 談を行いました.", "岸田大臣はカー外務大臣と外相会談を行いました."),
    ("件名：岸田外務大 臣の豪州訪問（結 果）、速報", "件名：岸田外務大臣の豪州訪問（結果）、速報"),
    ("両大統領、ホテルで会談 国境をまたぐ鉄道整備で協力", "両大統領、ホテルで会談 国境をまたぐ鉄道整備で協力"),
    ("山本一郎君 日比の協定について伺います。", "山本一郎君 日比の協定について伺います。"),
])
def test_spacing_rules(text: str, expected: str) -> None:
    out, pos = [], 0
    for s, e in dropped_spaces(text):
        out.append(text[pos:s])
        pos = e
    assert "".join(out) + text[pos:] == expected


# --- structure --------------------------------------------------------------------------------------------

def test_bluebook_numbering_makes_sections() -> None:
    doc = seed("000")
    heads = {doc.text[b.start:b.end]: b for b in doc.blocks if b.kind == "heading"}
    assert heads["（2）日米政治関係"].section == ("2 米国", "（2）日米政治関係")
    assert heads["（ア）経済の現状"].section == ("2 米国", "（1）米国情勢", "イ 経済", "（ア）経済の現状")
    summit = sentence_with(doc, "1月13日、ワシントンD.C.を訪問した岸田総理大臣")
    block = doc.blocks[doc.sentence_at(doc.text.index(summit)).block]
    assert block.section == ("2 米国", "（2）日米政治関係")
    doc1 = seed("001")
    heads1 = {doc1.text[b.start:b.end]: b for b in doc1.blocks if b.kind == "heading"}
    assert heads1["(ア) 米国の国内情勢"].section == (
        "第3節 北米", "2 米国", "(1) 米国情勢", "ア 政治", "(ア) 米国の国内情勢")


def test_markdown_headings_make_sections() -> None:
    doc = seed("003")
    heads = {doc.text[b.start:b.end]: b for b in doc.blocks if b.kind == "heading"}
    assert heads["1 わが国の平和と安全の確保"].section == (
        "第1節 日米安全保障体制の概要", "1 日米安全保障体制の意義", "1 わが国の平和と安全の確保")
    assert not any(t.startswith("#") for t in heads)


def test_database_record_header_and_bullets() -> None:
    doc = seed("002")
    title = "ファクトシート:岸田総理大臣の国賓待遇での米国公式訪問"
    assert doc.text.startswith(f"{title}\n\n本日、バイデン大統領は")
    assert not re.search(r"\[(文書名|年月日|出典)\]|データベース『世界と日本』", doc.text)
    items = [b for b in doc.blocks if b.kind == "item"]
    assert len(items) == 10 + 3
    assert doc.text[items[0].start:items[0].end].startswith("マイクロソフト社は、AI、")
    assert items[0].section[-1] == "民間部門投資"
    assert "宇宙協力" in blocks(doc, "heading")


def rows(doc: Document) -> list[tuple[list[str], tuple[str, ...], int]]:
    return [(b.cells(doc.text), b.header, i) for i, b in enumerate(doc.blocks) if b.kind == "table_row"]


def test_tables_become_rows_with_their_header_and_no_repeated_rows() -> None:
    doc = seed("003")
    meetings = [(cells, header, i) for cells, header, i in rows(doc) if header and header[0] == "年月日"]
    assert [cells[0] for cells, _, _ in meetings] == [
        "2022/5/4", "2022/5/23", "2022/6/27", "2022/9/14", "2022/11/13", "2023/1/11", "2023/1/12",
        "2023/1/13", "2023/5/18"]
    assert meetings[0][1] == ("年月日", "会議/場所", "出席者", "結果概要(抄)")
    assert meetings[0][0] == ["2022/5/4", "日米防衛相会談/ワシントン", "岸防衛大臣 オースティン米国防長官"]

    def items(row: int) -> list[str]:
        return [doc.text[b.start:b.end] for b in doc.blocks if b.parent == row]

    # the rows cut by page breaks (repeated with OCR variants) keep all their items, once
    two_plus_two = items(meetings[5][2])
    assert two_plus_two[0].startswith("冒頭、米側から、両大臣の訪米を心から歓迎する")
    assert any(t.startswith("日米双方は、北朝鮮による昨年来の、前例のない数の") for t in two_plus_two)
    assert len(two_plus_two) == len(set(two_plus_two)) == 8 + 16
    assert any(t.startswith("両閣僚は、同盟の技術的優位性を確保するための") for t in items(meetings[3][2]))
    consultations = [(cells, header) for cells, header, _ in rows(doc) if header and header[0] == "協議の場"]
    assert consultations[0][1] == ("協議の場", "出席対象者 日本側", "出席対象者 米側", "目的", "根拠など")
    assert consultations[-1][0][0] == "日米合同委員会(JC) Joint Committee"


MARKDOWN_TABLE = """# 経済産業大臣の主な二国間会談（2024年）

| 日付 | 相手国 | 相手方 | 形式 |
|---|:---:|---|---|
| 2024/1/10 | 米国 | レモンド商務長官 | 電話会談 |
| 2024/2/21 | ドイツ | ハーベック副首相兼経済・気候保護大臣 | 会談（ベルリン） |

（表は次頁に続く）

## 参考

経済産業大臣は、G7貿易大臣会合に出席した。
"""


def test_markdown_pipe_tables_become_rows_and_headings_after_them_stay_headings() -> None:
    doc = build_document(from_bytes(MARKDOWN_TABLE.encode("utf-8"), "annex.md"), Metadata(title="t"), "t")
    assert [(cells, header) for cells, header, _ in rows(doc)] == [
        (["2024/1/10", "米国", "レモンド商務長官", "電話会談"], ("日付", "相手国", "相手方", "形式")),
        (["2024/2/21", "ドイツ", "ハーベック副首相兼経済・気候保護大臣", "会談（ベルリン）"],
         ("日付", "相手国", "相手方", "形式"))]
    assert blocks(doc, "heading")[-1] == "参考"
    assert "|" not in doc.text and "---" not in doc.text


def test_pipe_rows_with_sentences_in_their_cells_stay_rows() -> None:
    table = ("## 首脳会談\n\n| No. | 日付 | 会談 | 場所 | 主な成果 |\n|---|---|---|---|---|\n"
             "| 1 | 3月16日（木） | 日韓首脳会談 | 東京 | 大統領の訪日。会談後に共同記者発表、夕食会を開催した |\n"
             "| 2 | 5月7日（日） | 日韓首脳会談 | ソウル | 総理の訪韓。シャトル外交の本格的な再開となった |\n")
    doc = build_document(from_bytes(table.encode("utf-8"), "notes.md"), Metadata(title="t"), "t")
    assert [cells[:3] for cells, _, _ in rows(doc)] == [["1", "3月16日（木）", "日韓首脳会談"],
                                                        ["2", "5月7日（日）", "日韓首脳会談"]]


def test_a_paragraph_ending_with_a_period_does_not_run_into_the_next() -> None:
    text = ("最近の活動\n\n7月2日（火），大使は財務大臣と会談しました．\n\n本計画は，給水施設を整備するものです．\n\n"
            "2024/6/20\n\n6月19日（水），大使は首相を表敬しました．\n")
    doc = build_document(from_bytes(text.encode("utf-8"), "news.txt"), Metadata(title="t"), "t")
    assert [doc.text[b.start:b.end] for b in doc.blocks][1:] == [
        "7月2日（火）,大使は財務大臣と会談しました.", "本計画は,給水施設を整備するものです.", "2024/6/20",
        "6月19日（水）,大使は首相を表敬しました."]


def test_a_press_release_with_numbered_short_lines_is_not_printed_text() -> None:
    release = ("防衛省\n\n1　第12回日豪外務・防衛閣僚協議（「2+2」）\n（1）日時・場所：令和7年9月5日（金）、東京\n"
               "（2）出席者：日本側　岩屋外務大臣、中谷防衛大臣\n\n2　日豪防衛相会談\n"
               "　同日午前、中谷防衛大臣は、来日中のマールズ副首相兼国防大臣と日豪防衛相会談を行いました。\n")
    doc = build_document(from_bytes(release.encode("utf-8"), "release.txt"), Metadata(title="t"), "t")
    assert blocks(doc, "heading") == ["1 第12回日豪外務・防衛閣僚協議（「2+2」）", "2 日豪防衛相会談"]
    assert not blocks(doc, "footnote")


def test_a_full_stop_written_as_a_period_ends_a_sentence() -> None:
    text = "訪問しました．10日午後，石破総理大臣は会談を行いました．ワシントンD.C.で会談した．\n"
    doc = build_document(from_bytes(text.encode("utf-8"), "release.txt"), Metadata(title="t"), "t")
    assert sentences(doc) == ["訪問しました.", "10日午後,石破総理大臣は会談を行いました.", "ワシントンD.C.で会談した."]


def test_rows_repeated_with_ocr_variants_are_one_row() -> None:
    raw = ("年月日\t会議／場所\t出席者\t結果概要\n"
           "2023/1/11\t日米安全保障協 議委員会 (「2+2」) ／ワシントン\t林外務大臣 プリンケン米國務長官\t"
           "<ul><li>一つ目。</li></ul>\n"
           "\n年月日\t会議/場所\t出席者\t結果概要\n"
           "2023/1/11\t日米安全保障協議委員会 (I2+2J)／ワシントン\t林外務大臣 ブリンケン米国务長官\t"
           "<ul><li>二つ目。</li></ul>\n")
    assert similar("プリンケン米國務長官", "ブリンケン米国务長官")
    lines, pos = [], 0
    for i, line in enumerate(raw.split("\n")):
        if "\t" in line:
            lines.append((i, pos, line))
        pos += len(line) + 1
    parsed = parse_table(lines)
    assert len(parsed) == 1
    assert [raw[s:e] for s, e in parsed[0].items] == ["一つ目。", "二つ目。"]
    _, found = clean_layout(raw)
    assert [b.kind for b in found] == ["table_row", "item", "item"]


# --- offsets and evidence -------------------------------------------------------------------------------

# What may be taken out of a sentence's raw span: page furniture, furigana, footnote markers, and whole
# blocks that interrupted it (captions, footnotes, columns, margin headings).
ALLOWED_INSIDE = {"furniture", "reading", "marker", "caption", "footnote", "column", "margin heading", "list",
                  "repeated number", "item", "heading"}


@pytest.mark.parametrize("number", NUMBERS)
def test_every_sentence_reads_back_from_its_raw_span(number: str) -> None:
    doc = seed(number)
    assert doc.sentences
    for sentence in doc.sentences:
        raw_start, raw_end = doc.raw_span(sentence.start, sentence.end)
        clean = doc.text[sentence.start:sentence.end]
        assert raw_quote(doc.raw, raw_start, raw_end, doc.clean.skipped) == normalize_quote(clean), clean
        assert doc.evidence_matches(sentence.start, sentence.end)
        inside = {why for _, _, why in skipped_within(raw_start, raw_end, doc.clean.skipped)}
        assert inside <= ALLOWED_INSIDE, (clean, inside)
        assert "\n" not in clean


@pytest.mark.parametrize("number", NUMBERS)
def test_any_span_inside_a_sentence_reads_back_too(number: str) -> None:
    doc = seed(number)
    rng = random.Random(number)
    for sentence in rng.sample(doc.sentences, min(80, len(doc.sentences))):
        for _ in range(5):
            start = rng.randrange(sentence.start, sentence.end)
            end = rng.randrange(start, sentence.end) + 1
            while start < end and doc.text[start].isspace():
                start += 1
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            if end > start:
                assert doc.evidence_matches(start, end), doc.text[start:end]


@pytest.mark.parametrize("number", NUMBERS)
def test_offsets_are_exact_for_every_character_taken_from_the_raw_text(number: str) -> None:
    doc = seed(number)
    offsets = doc.clean.offsets
    assert len(offsets) == len(doc.text) + 1 and offsets[-1] == len(doc.raw)
    for block in doc.blocks:
        for i in range(block.start, block.end):
            ch = doc.text[i]
            if ch in " \t":
                continue  # may be a joining space or a cell separator
            assert normalize_text(doc.raw[offsets[i]]) == ch, (number, i, ch, doc.raw[offsets[i]])
    assert all(doc.text[b.end:b.end + 2] in ("\n\n", "") for b in doc.blocks)


def test_existing_clean_text_behaviour_of_001_is_kept() -> None:
    doc = seed("001")
    kinds = [b.kind for b in doc.blocks]
    first = kinds.index("caption")
    before = doc.blocks[first - 1]
    assert doc.text[before.start:before.end].startswith("2月7日、ワシントンD.C.を訪問した")
    assert "雑な安全保障環境" not in doc.text[doc.blocks[first + 1].start:doc.blocks[first + 1].end][:10]


def test_sentence_splitting_respects_quotes() -> None:
    text = "両首脳は「核兵器のない世界。」に向けて一致した。次に、会談した！ 最後"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "両首脳は「核兵器のない世界。」に向けて一致した。", "次に、会談した！", "最後"]
    quoted = "「発言。」と述べた。"
    assert [quoted[s:e] for s, e in split_sentences(quoted)] == [quoted]


def _wrapped(paragraph: str, width: int = 38) -> list[str]:
    """A paragraph as PDF text gives it: cut every ``width`` characters, the first line indented."""
    text = "\u3000" + paragraph
    return [text[i:i + width] for i in range(0, len(text), width)]


_BODY = _wrapped("5月20日、岸田総理大臣は、G7広島サミットにアウトリーチ国として招待したルーラ大統領と首脳会談を"
                 "行い、気候変動、食料安全保障の分野での協力を確認した。ルーラ大統領から、岸田総理大臣に対しブ"
                 "ラジル訪問の招待があり、岸田総理大臣は謝意を表明した。1月、林外務大臣はメキシコを訪問し、10"
                 "日、メキシコシティでエブラルド外相と外相会談を行った。両外相は、投資環境について議論するととも"
                 "に、租税条約の改正で一致した。翌11日、林外務大臣はロペス・オブラドール大統領を表敬した。")
_CUT_WORD = next(i for i, line in enumerate(_BODY) if "ブラジル訪" in line and not line.endswith("招待"))
_CUT_SENTENCE = next(i for i, line in enumerate(_BODY) if "とも" in line[-6:] or line.endswith("と"))
PDF_PAGE = "\n".join([
    "第4節　中南米", "１　概観",
    *_wrapped("中南米地域は、基本的価値を日本と共有するとともに、重要鉱物の供給源として、日本にとっての重要性を"
              "一層増している。9月には日・中米統合機構（SICA）＊1外相会合を開催した。"),
    "２　各国との関係", "（１）ブラジル",
    *_BODY[:_CUT_WORD + 1], "日・ブラジル首脳会談（5月20日、広島　写真提供：内閣広報室）",
    *_BODY[_CUT_WORD + 1:_CUT_SENTENCE + 1],
    "＊1　SICA：中米8か国で構成される地域統合機構。", "外交青書2024　　130", "第2章　地球儀を俯瞰する外交",
    "", "［写真］日・メキシコ外相会談（1月10日，メキシコシティ", "写真提供：外務省）", "",
    "第4節　中南米",
    *_BODY[_CUT_SENTENCE + 1:], "１３１", ""])


def test_a_bluebook_page_as_pdf_text_keeps_its_sentences_whole() -> None:
    doc = build_document(from_bytes(PDF_PAGE.encode("utf-8"), "bluebook.txt"), Metadata(title="t"), "t")
    assert blocks(doc, "heading") == ["第4節 中南米", "1 概観", "2 各国との関係", "（1）ブラジル"]
    assert blocks(doc, "footnote") == ["*1 SICA：中米8か国で構成される地域統合機構。"]
    assert blocks(doc, "caption") == ["日・ブラジル首脳会談（5月20日、広島 写真提供：内閣広報室）",
                                      "［写真］日・メキシコ外相会談（1月10日,メキシコシティ写真提供：外務省）"]
    text = " ".join(blocks(doc, "paragraph"))
    assert "ブラジル訪問の招待があり" in text and "（SICA）外相会合" in text
    assert "議論するとともに、租税条約の改正で一致した。翌11日、" in text
    assert "外交青書" not in text and "第2章" not in text and "131" not in text


PDF_SECTION = """第5節　中南米

1　概観
中南米地域は、人口約6億人、域内総生産約5兆ドルを擁する巨大な市場であり、また世界最大の日系社会を抱える、日本にとって
伝統的な友好地域である。

2　英国
日英両国は「グローバルな戦略的パートナー」として、安全保障・防衛から経済に至る幅広い分野で協力を進めている。
　7月24日に就任したジョンソン首相とは、8月25日、G7ビアリッツ・サミットの際に初の首脳会談を実施し、日英関係の更な
日英首脳会談（8月25日、フランス・ビアリッツ　写真提供：内閣広報室）
る強化で一致した。

外交青書 2018                                                  95
"""


def test_pdf_section_headings_are_no_footnotes_and_a_paragraph_s_first_line_is_no_caption() -> None:
    doc = build_document(from_bytes(PDF_SECTION.encode("utf-8"), "bluebook.txt"), Metadata(title="t"), "t")
    assert blocks(doc, "heading") == ["第5節 中南米", "1 概観", "2 英国"]
    assert blocks(doc, "caption") == ["日英首脳会談（8月25日、フランス・ビアリッツ 写真提供：内閣広報室）"]
    assert "7月24日に就任したジョンソン首相とは、8月25日、G7ビアリッツ・サミットの際に初の首脳会談を実施し、" \
           "日英関係の更なる強化で一致した。" in sentences(doc)
    assert not any("外交青書" in s for s in sentences(doc))


def test_a_digest_s_slash_separates_items_but_not_dates_or_latin_words() -> None:
    text = "岸田総理、カーニー首相と首脳会談/マクロン大統領と首脳会談。2022/5/4に署名。and/or。東京/大阪を訪問。"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "岸田総理、カーニー首相と首脳会談/", "マクロン大統領と首脳会談。", "2022/5/4に署名。", "and/or。",
        "東京/大阪を訪問。"]


# --- lists whose items have an indented line under them ----------------------------------------------------

def test_an_indented_line_under_a_numbered_title_is_a_unit_of_its_own() -> None:
    text = ("（別添）署名文書\n"
            "1　日本国国土交通省とタイ王国運輸省との間の鉄道分野における協力に関する覚書の改正に係る文書\n"
            "　　署名者：国土交通大臣、運輸大臣\n"
            "（2）出席者：日本側　岩屋外務大臣、中谷防衛大臣\n"
            "　　　　　　豪州側　ウォン外務大臣、マールズ国防大臣\n"
            "（3）概要：両国は協力を確認した。\n")
    doc = build_document(from_bytes(text.encode("utf-8"), "list.txt"), Metadata(title="list"), "list")
    units = [doc.text[b.start:b.end] for b in doc.blocks]
    assert "1 日本国国土交通省とタイ王国運輸省との間の鉄道分野における協力に関する覚書の改正に係る文書" in units
    assert "署名者：国土交通大臣、運輸大臣" in units  # not glued to the title above
    assert any(u.startswith("（2）出席者：日本側") and "豪州側" in u for u in units)  # a field goes on


def test_two_columns_with_a_spaced_bar_are_a_table() -> None:
    text = ("別添\n\n文書名 | 署名者\n日本国国土交通省とタイ王国運輸省との間の鉄道協力覚書 | 国土交通大臣／運輸大臣\n"
            "日本国観光庁とタイ王国観光スポーツ省との間の観光協力計画 | 観光庁長官／観光大臣\n")
    doc = build_document(from_bytes(text.encode("utf-8"), "annex.txt"), Metadata(title="annex"), "annex")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [r.cells(doc.text) for r in rows] == [
        ["日本国国土交通省とタイ王国運輸省との間の鉄道協力覚書", "国土交通大臣/運輸大臣"],
        ["日本国観光庁とタイ王国観光スポーツ省との間の観光協力計画", "観光庁長官/観光大臣"]]
    assert rows[0].header == ("文書名", "署名者")


def test_a_quoted_cell_with_a_comma_stays_one_cell_of_a_comma_separated_table() -> None:
    text = ("日付,相手国,相手,形式,備考\n2022/9/20,ドイツ,ベアボック外相,対面,国連総会の際\n"
            "2022/9/22,英国,クレバリー外相,対面,\"同上, 約30分\"\n2022/10/26,フィリピン,マナロ外務長官,電話,\n")
    doc = build_document(from_bytes(text.encode("utf-8"), "talks.csv.txt"), Metadata(title="talks"), "talks")
    rows = [b.cells(doc.text) for b in doc.blocks if b.kind == "table_row"]
    assert [r[:4] for r in rows] == [["2022/9/20", "ドイツ", "ベアボック外相", "対面"],
                                     ["2022/9/22", "英国", "クレバリー外相", "対面"],
                                     ["2022/10/26", "フィリピン", "マナロ外務長官", "電話"]]
    assert rows[1][4] == '"同上, 約30分"'


def test_a_quoted_cell_over_two_lines_stays_in_its_row_and_the_rows_after_keep_the_header() -> None:
    text = ("日付\t国名\t氏名\t日程概要\n2013/11/01～02\tロシア\tセルゲイ・ラブロフ\t\"外相会談（1日）\n"
            "日露外務・防衛閣僚協議（2日）、総理表敬（2日）\"\n2013/12/17\tエストニア\tウルマス・パエト\t外相会談\n")
    doc = build_document(from_bytes(text.encode("utf-8"), "visitors.tsv"), Metadata(title="visitors"), "visitors")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [r.cells(doc.text)[3] for r in rows] == [
        '"外相会談（1日） 日露外務・防衛閣僚協議（2日）、総理表敬（2日）"', "外相会談"]
    assert [r.header for r in rows] == [("日付", "国名", "氏名", "日程概要")] * 2


def test_wiki_markup_is_read_as_text_and_wiki_tables_as_tables() -> None:
    text = ("{{国際関係のスタブ}}\n'''日比関係'''は、[[日本]]と[[フィリピン]]の関係。\n\n"
            "* 2016年10月26日、就任後初めて訪日した[[ロドリゴ・ドゥテルテ]]大統領が、東京で[[安倍晋三|安倍]]首相と"
            "首脳会談を行った。\n\n{| class=\"wikitable\"\n! 年月日 !! 往来 !! 人物 !! 概要\n|-\n"
            "| 2024年7月8日 || 往 || 上川外相、木原防衛相 || 第2回日比「2+2」（マニラ）\n|}\n")
    doc = build_document(from_bytes(text.encode("utf-8"), "wiki.txt"), Metadata(title="wiki"), "wiki")
    assert "日比関係は、日本とフィリピンの関係。" in doc.text
    assert "訪日したロドリゴ・ドゥテルテ大統領が、東京で安倍首相と" in doc.text
    assert "{{" not in doc.text and "[[" not in doc.text and "|-" not in doc.text
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [r.cells(doc.text) for r in rows] == [
        ["2024年7月8日", "往", "上川外相、木原防衛相", "第2回日比「2+2」（マニラ）"]]
    assert rows[0].header == ("年月日", "往来", "人物", "概要")
    for sentence in doc.sentences:  # (the markup dropped from a link is dropped from its quote too)
        if doc.blocks[sentence.block].kind != "table_row":
            assert doc.evidence_matches(sentence.start, sentence.end), doc.text[sentence.start:sentence.end]


# A two-column page: lines of about twenty characters, numbered section headings, and a photo caption whose own
# (date, place, credit) part wraps over three lines in the middle of a sentence.
NARROW_COLUMN = """第５節　欧州
１　概観
２０１５年、欧州はウクライナ情勢、難民の
大量流入など多くの課題に直面した。日本は
欧州各国との間で往来を重ねた。
２　中央アジア
１０月２２日から２８日にかけて、安倍総理
大臣は中央アジア５か国を歴訪し、２３日に
はベルディムハメドフ・トルクメニスタン大
統領と、２５日にはカリモフ・ウズベキスタ
ン大統領
安倍総理大臣の中央アジア歴訪（１０月２７
日、カザフスタン・アスタナ　写真提供：内
閣広報室）
と、それぞれ首脳会談を行った。
"""


def test_a_narrow_column_s_numbered_headings_and_a_caption_wrapped_inside_a_sentence() -> None:
    doc = build_document(from_bytes(NARROW_COLUMN.encode("utf-8"), "bluebook.txt"), Metadata(title="t"), "t")
    assert blocks(doc, "heading") == ["第5節 欧州", "1 概観", "2 中央アジア"]  # (not footnotes)
    assert blocks(doc, "caption") == [
        "安倍総理大臣の中央アジア歴訪（10月27日、カザフスタン・アスタナ 写真提供：内閣広報室）"]
    assert "25日にはカリモフ・ウズベキスタン大統領と、それぞれ首脳会談を行った。" in sentence_with(doc, "カリモフ")
    for sentence in doc.sentences:
        assert doc.evidence_matches(sentence.start, sentence.end)


def test_a_wiki_section_s_edit_link_is_no_text() -> None:
    text = "日越関係年表\n\n2019年[編集]\n6月27日 – 首脳会談を行う[1]。\n\n概要［ソースを編集］\n本文。\n"
    doc = build_document(from_bytes(text.encode("utf-8"), "wiki.txt"), Metadata(title="t"), "t")
    assert "編集" not in doc.text and "2019年" in doc.text
    for sentence in doc.sentences:
        assert doc.evidence_matches(sentence.start, sentence.end)


def test_a_page_number_with_the_chapter_s_running_head_is_furniture_mid_sentence() -> None:
    text = ("３　ドイツ\n\n"
            "　ドイツとは、５月２日、岸田外務大臣がベルリンを訪問し、ヴェスターヴェ\n\n"
            "外交青書２０１４　　１２４\n\n"
            "１２５　　第２章　地球儀を俯瞰する外交\n\n"
            "レ外相と外相会談を行い、国連安保理改革に向けたＧ４の連携を確認し\n"
            "た。６月には、Ｇ８ロック・アーン・サミットの際に安倍総理大臣とメ\n"
            "ルケル首相が首脳会談を行った。１２月には、第３次メルケル政権の発\n"
            "足を受けて両首脳が電話会談を行い、２０１４年春の安倍総理大臣のド\n"
            "イツ訪問に向けて調整を進めることで一致した。\n")
    doc = build_document(from_bytes(text.encode("utf-8"), "bluebook.txt"), Metadata(title="t"), "t")
    assert "ドイツとは、5月2日、岸田外務大臣がベルリンを訪問し、ヴェスターヴェレ外相と外相会談を行い、" \
        "国連安保理改革に向けたG4の連携を確認した。" in sentences(doc)
    assert not any("地球儀" in x for x in sentences(doc))


def test_a_caption_and_a_vertical_chapter_mark_inside_a_sentence_cut_short_are_lifted_out() -> None:
    text = ("　1月21日、ロンドンにおいて第1回日英外務・防衛閣僚会合（「2+2」）が開催され、安全保障・防衛協力の具\n"
            "体化について議論が行われた。両国は、日英物品役務相互提供協定の締結に向けて交渉を開始することで一致\n"
            "した。また、「2+2」に先立ち、同日、\n"
            "岸田外務大臣はハモンド外相と日英外相会\n"
            "日英外務・防衛閣僚会合（１月２１日、英国・ロンドン）\n"
            "談を行い、両国の「2+2」を定例化することで一致した。6月8日には、G7エルマウ・サミットの際に安倍総理\n"
            "大臣とキャメロン首相との間で日英首脳会談が行われ、日英関係の一層の強化で一致した。10月には、中\n"
            "第\n２\n章\n"
            "国との間で協議が行われ、双方は協力を進めることで一致した。\n")
    doc = build_document(from_bytes(text.encode("utf-8"), "bluebook.txt"), Metadata(title="t"), "t")
    assert "また、「2+2」に先立ち、同日、岸田外務大臣はハモンド外相と日英外相会談を行い、" \
        "両国の「2+2」を定例化することで一致した。" in sentences(doc)
    assert "日英外務・防衛閣僚会合（1月21日、英国・ロンドン）" in blocks(doc, "caption")
    assert "10月には、中国との間で協議が行われ、双方は協力を進めることで一致した。" in sentences(doc)
