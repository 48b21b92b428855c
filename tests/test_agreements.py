"""Agreements: names (quoted, read back from their kind word, short and long merged), what happened to them,
their IRIs across documents, the interoperability contract, and quality against the gold."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from conftest import GOLD, ROOT, SEEDS
from test_meetings import extract_text, summary

from diplograph.evaluation import evaluate
from diplograph.evaluation.agreements import names_match
from diplograph.extract.records import Extraction
from diplograph.rdf.iris import local
from diplograph.store import open_store

HELD_OUT = ROOT / "tests" / "heldout"


def events(extraction: Extraction) -> list[tuple]:
    return [(a.title, a.kind, tuple(local(p) for p in a.parties),
             tuple((e.type, e.date.iso() if e.date else None) for e in a.events)) for a in extraction.agreements]


def test_a_quoted_document_signed_at_a_meeting() -> None:
    found = extract_text("10月28日、高市総理大臣は、訪日中のトランプ大統領と日米首脳会談を行い、重要鉱物に関する文書"
                         "（「採掘及び加工を通じた重要鉱物及びレアアースの供給確保のための日米枠組み」）に署名した。\n")
    assert events(found) == [("採掘及び加工を通じた重要鉱物及びレアアースの供給確保のための日米枠組み", "Framework",
                              ("jp", "us"), (("Signed", "2025-10-28"),))]
    event = found.agreements[0].events[0]
    assert {local(p) for p in event.signatories} == {"takaichi-sanae", "donald-trump"}
    assert event.meeting is found.meetings[0]


def test_short_and_long_names_of_one_document_merge() -> None:
    found = extract_text("3月13日、両外相は、日加情報保護協定が実質合意に至ったことを歓迎した。\n"
                         "7月8日、岩屋外務大臣は、訪日中のアナンド外相と同情報保護協定に署名した。\n")
    assert len(found.agreements) == 1
    agreement = found.agreements[0]
    assert agreement.title == "日加情報保護協定" and agreement.kind == "IntergovernmentalAgreement"
    assert sorted((e.type, e.date.iso() if e.date else None) for e in agreement.events) == [
        ("AgreedInPrinciple", None), ("Signed", "2025-07-08")]


@pytest.mark.parametrize("text,expected", [
    ("2022年10月に発表した「自由で開かれたインド太平洋に資する日加アクションプラン」を基に、協力を進めた。\n",
     ("Issued", "2022-10")),
    ("日米両国は、発効済みの日加物品役務相互提供協定を通じて協力した。\n", ("EnteredIntoForce", None)),
    ("日米両国は、日米宇宙技術保障協定の交渉を開始した。\n", ("UnderNegotiation", "2025")),
    ("2026年1月、日加防衛装備品・技術移転協定に両政府間で署名がなされた。\n", ("Signed", "2026-01")),
    ("旧指針に代わる日米防衛協力のための指針は、平成9年9月23日にニューヨークで開催された日米「2+2」において"
     "了承された。\n", ("Issued", "1997-09-23")),
    ("日米両国は、2023年の日・米宇宙協力に関する枠組協定に基づき、協力を進める。\n", ("Signed", "2023")),
    ("両国は、2023年の日米首脳共同声明に基づき、協力を進める。\n", ("Issued", "2023")),
    ("11月11日、両大臣は、日米半導体協力に関する協力覚書の作成に向けて作業を進めることで一致した。\n",
     ("UnderNegotiation", "2025-11-11")),
])
def test_what_happened_to_a_document(text: str, expected: tuple) -> None:
    found = extract_text(text)
    assert [e for a in events(found) for e in a[3]] == [expected]


@pytest.mark.parametrize("text", [
    "両外相は、日加刑事共助条約の早期署名に向けて協力していくことで一致した。\n",  # a wish, not an event
    "日米安全保障条約第5条が尖閣諸島に適用されることを確認した。\n",  # mentioned, nothing happened to it
    "12月、米国は国家安全保障戦略を公表した。\n",  # a national document
    "両首脳は、日露間で平和条約が締結されていない状態は異常であるとの認識で一致した。\n",  # not done
])
def test_what_is_not_an_agreement_event(text: str) -> None:
    assert extract_text(text).agreements == []


def test_documents_listed_together_share_their_event() -> None:
    found = extract_text("1月16日の加中首脳会談では、「新たな戦略的パートナーシップ」に関する首脳共同声明や、"
                         "「加中経済・貿易ロードマップ」など七つの文書が締結された。\n", year=2026)
    assert {a.title for a in found.agreements} == {"「新たな戦略的パートナーシップ」に関する首脳共同声明",
                                                   "加中経済・貿易ロードマップ"}
    assert all(a.events[0].type == "Signed" and a.events[0].date.iso() == "2026-01-16" for a in found.agreements)


@pytest.mark.parametrize("text,title,names", [
    ("1月12日、日米両閣僚は、研究、開発、試験及び評価プロジェクトに関する了解書に署名した。\n",
     "研究、開発、試験及び評価プロジェクトに関する了解書", []),
    ("4月10日、日米両国は、フュージョンエネルギーの実証及び商業化を加速するための日米戦略的パートナーシップを発表した。\n",
     "フュージョンエネルギーの実証及び商業化を加速するための日米戦略的パートナーシップ", []),
    ("＜日米通商協力枠組みの立ち上げ＞\n2021年11月17日、日米両国は日米通商協力枠組みを立ち上げた。\n",
     "日米通商協力枠組み", []),
    ("2021年11月に設立され、両省間の協力を推進する「日米商務・産業パートナーシップ （JUCIP）」を通じて協力した。\n",
     "日米商務・産業パートナーシップ", ["JUCIP"]),
    ("3月2日、東京で日豪外務・防衛閣僚協議が開かれ、協議終了後に共同声明を発出した。\n", "共同声明", []),
    ("日比両政府は、防衛装備品及び技術の移転に関する協定に署名した。\n", "防衛装備品及び技術の移転に関する協定", []),
    ("両国は、部隊の相互訪問を円滑にする日英円滑化協定の交渉を開始した。\n", "日英円滑化協定", []),
    ("両大臣は、2017年以降中断している日加経済連携協定の交渉を再開することで一致した。\n", "日加経済連携協定", []),
])
def test_names_as_written(text: str, title: str, names: list[str]) -> None:
    found = extract_text(text)
    assert [(a.title, a.names) for a in found.agreements] == [(title, names)]


@pytest.mark.parametrize("text,expected", [
    ("9月5日、4閣僚は「第12回日豪外務・防衛閣僚協議（「2+2」）共同声明」を発出した。\n",
     ("第12回日豪外務・防衛閣僚協議（「2+2」）共同声明", "JointStatement")),
    ("8月29日、両首脳は「日印首脳共同声明～次の10年に向けた特別戦略的グローバル・パートナーシップ～」を発出した。\n",
     ("日印首脳共同声明～次の10年に向けた特別戦略的グローバル・パートナーシップ～", "JointStatement")),
    ("6月13日、両首脳は、ウクライナへの支援及び協力に関する日本国政府とウクライナとの間のアコードに署名した。\n",
     ("ウクライナへの支援及び協力に関する日本国政府とウクライナとの間のアコード", "OtherDocument")),
    ("1月10日、「警戒監視用機材の供与に関する日本国政府とマレーシア政府との間の書簡」の署名・交換が行われた。\n",
     ("警戒監視用機材の供与に関する日本国政府とマレーシア政府との間の書簡", "IntergovernmentalAgreement")),
    ("8月22日、日・モンゴル外相会談後、両外相は「ウランバートル市小児医療施設整備計画」のための無償資金協力に関する"
     "交換公文に署名した。\n",
     ("「ウランバートル市小児医療施設整備計画」のための無償資金協力に関する交換公文", "IntergovernmentalAgreement")),
])
def test_kinds_of_names(text: str, expected: tuple) -> None:
    assert [(a.title, a.kind) for a in extract_text(text).agreements] == [expected]


@pytest.mark.parametrize("text", [
    "11月11日、茂木外務大臣は、チリの外務大臣に対し、祝意を伝える書簡を発出した。\n",  # a letter, not an agreement
    "日米両国は、米英間の大西洋宣言及び日英間の広島アコードにおけるコミットメントを認識した。\n",  # no event
])
def test_not_agreements(text: str) -> None:
    assert extract_text(text).agreements == []


def test_the_same_short_name_with_other_parties_is_another_document() -> None:
    found = extract_text("令和5年8月13日に発効した日豪円滑化協定に基づき訓練を行った。\n"
                         "9月11日、両大臣は、日比円滑化協定が発効したことを歓迎した。\n")
    assert sorted(a.title for a in found.agreements) == ["日比円滑化協定", "日豪円滑化協定"]


def test_a_signing_told_after_the_talks_in_a_release_takes_the_day_of_the_talks() -> None:
    release = ("2　マレーシア\n\n（1）1月10日、石破総理大臣は、アンワル首相と日マレーシア首脳会談を行いました。\n\n"
               "（2）会談後、両首脳は、「日マレーシア首脳共同声明」を発出しました。\n")
    found = extract_text(release, date="2025-01-12", kind="PressRelease")
    assert [(e.type, e.date.iso()) for a in found.agreements for e in a.events] == [("Issued", "2025-01-10")]


def test_a_date_referred_back_to_does_not_date_the_next_sentence() -> None:
    found = extract_text("11月13日，茂木外務大臣は，ウォン外務大臣とテレビ会談を行いました．両外相は，"
                         "5月の日豪首脳会談の成果を踏まえ，協力を確認しました．"
                         "会談後，両外相は「日豪外相共同プレス声明」を発表しました．\n")
    assert [(e.type, e.date.iso()) for a in found.agreements for e in a.events] == [("Issued", "2025-11-13")]


def test_an_event_of_the_document_named_before_by_同協定() -> None:
    found = extract_text("令和5年1月11日、両首脳は、「日本国の自衛隊と英国の軍隊との間における相互のアクセス及び"
                         "協力の円滑化に関する日本国とグレートブリテン及び北アイルランド連合王国との間の協定」"
                         "（日英円滑化協定）に署名した。同協定は、両国の国内手続を経て、令和5年10月11日に発効した。\n"
                         "令和5年11月7日、両国は、日英円滑化協定の発効を踏まえた共同訓練について議論した。\n",
                         year=2023)
    assert [sorted((e.type, e.date.iso()) for e in a.events) for a in found.agreements] == [
        [("EnteredIntoForce", "2023-10-11"), ("Signed", "2023-01-11")]]  # not 発効 again on 11月7日


def test_a_month_named_in_passing_does_not_date_the_day_s_document() -> None:
    release = ("2　日・カナダ首脳会談\n　現地時間22日、高市総理大臣は、カーニー首相と首脳会談を行いました。\n"
               "（1）高市総理から、本年6月のG7カナナスキス・サミットの議長国としてのカナダに敬意を表しました。\n"
               "（2）両首脳は「日加経済安全保障パートナーシップに関する首脳共同声明」を発出しました。\n")
    found = extract_text("11月21日、総理はヨハネスブルグに到着した。\n\n" + release, date="2025-11-28",
                         kind="PressRelease")
    assert [(e.type, e.date.iso()) for a in found.agreements for e in a.events] == [("Issued", "2025-11-22")]


_SIGNED_LIST = ("日・ケニア首脳会談\n令和6年2月8日\n\n"
                "　2月8日午前11時から約60分間、岸田文雄内閣総理大臣は、訪日中のウィリアム・ルト・ケニア大統領と"
                "首脳会談を行いました。\n\n"
                "1　二国間関係\n（1）両首脳は、本年7月20日に発効した投資協定を踏まえ、協力を確認しました。\n\n"
                "2　署名式\n　会談に引き続き、両首脳の立会いの下、以下の文書の署名・交換が行われました。\n\n"
                "（別添）署名・交換文書\n"
                "1　日本国とケニア共和国との間の経済協力に関する共同声明\n"
                "　　署名者：岸田文雄内閣総理大臣、ルト大統領\n"
                "2　モンバサ港開発計画（第三期）のための円借款に関する交換公文\n"
                "　　署名者：在ケニア日本国大使、ケニア外務大臣\n"
                "3　日本国政府とケニア共和国政府との間の査証手続の簡素化に関する口上書\n"
                "4　日本国農林水産省とケニア共和国農業省との間の農業協力計画\n\n"
                "3　その他の日程\n（1）同日午後、上川外務大臣はムダバディ外務大臣と会談しました。\n")


def test_a_list_of_the_documents_signed_names_each_one_signed_on_the_day_of_the_talks() -> None:
    found = extract_text(_SIGNED_LIST, year=2024, date="2024-02-08", kind="PressRelease")
    listed = [(a.title, a.kind, tuple(local(p) for p in a.parties), [(e.type, e.date.iso()) for e in a.events])
              for a in found.agreements]
    assert listed == [
        ("日本国とケニア共和国との間の経済協力に関する共同声明", "JointStatement", ("jp", "ke"),
         [("Signed", "2024-02-08")]),
        ("モンバサ港開発計画（第三期）のための円借款に関する交換公文", "IntergovernmentalAgreement", ("jp", "ke"),
         [("Signed", "2024-02-08")]),
        ("日本国政府とケニア共和国政府との間の査証手続の簡素化に関する口上書", "IntergovernmentalAgreement",
         ("jp", "ke"), [("Signed", "2024-02-08")]),
        ("日本国農林水産省とケニア共和国農業省との間の農業協力計画", "OtherDocument", ("jp", "ke"),
         [("Signed", "2024-02-08")]),
    ]  # not "その他の日程", and not 投資協定's day in passing
    statement = found.agreements[0].events[0]
    assert statement.meeting is not None and statement.meeting.kind == "Summit"
    assert "kishida-fumio" in {local(p) for p in statement.signatories}


def test_a_list_of_signed_documents_ends_where_the_numbering_changes() -> None:
    release = ("4　署名文書\n　首脳会談に引き続き、両首脳の立会いの下、以下の文書の署名が行われた。\n"
               "　①　日印宇宙協力に関する協力覚書\n"
               "　　（署名者：外務大臣、インド外相）\n"
               "　②　デリー地下鉄建設計画に係る円借款に関する交換公文\n\n"
               "5. その他の会談等\n(1) 外相会談：14日午前、河野外務大臣はスワラージ外相と会談した。\n")
    found = extract_text("9月14日、安倍総理大臣はモディ首相と日印首脳会談を行った。\n\n" + release, year=2017,
                         date="2017-09-15", kind="PressRelease")
    assert sorted(a.title for a in found.agreements) == ["デリー地下鉄建設計画に係る円借款に関する交換公文",
                                                         "日印宇宙協力に関する協力覚書"]
    assert summary(found)[-1][:2] == ("2017-09-14", "ForeignMinistersMeeting")  # "外相会談：14日午前"


def test_a_two_column_table_of_signed_documents_with_spaced_bars() -> None:
    annex = ("別添　首脳会談の機会に署名・交換された文書\n\n文書名 | 署名者\n"
             "日本国経済産業省とベトナム社会主義共和国商工省との間の協力覚書 | 西村康稔経済産業大臣／ジエン商工大臣\n"
             "日ベトナム農業協力中長期ビジョン | 宮下一郎農林水産大臣／ホアン農業農村開発大臣\n")
    found = extract_text("11月27日、岸田総理大臣はトゥオン国家主席と日ベトナム首脳会談を行った。\n\n" + annex,
                         year=2023, date="2023-11-27", kind="PressRelease")
    assert [(a.title, [(e.type, e.date.iso()) for e in a.events]) for a in found.agreements] == [
        ("日本国経済産業省とベトナム社会主義共和国商工省との間の協力覚書", [("Signed", "2023-11-27")]),
        ("日ベトナム農業協力中長期ビジョン", [("Signed", "2023-11-27")])]


def test_a_document_named_last_in_the_text_is_read() -> None:
    found = extract_text("9月1日、両首脳の立会いの下、日豪両国政府は、日豪宇宙協力に関する覚書に署名した。\n"
                         "（署名文書）\n（1）日本国宇宙航空研究開発機構と豪州宇宙庁との間の協力に関する覚書")
    assert "日本国宇宙航空研究開発機構と豪州宇宙庁との間の協力に関する覚書" in [a.title for a in found.agreements]


def test_names_are_compared_without_quotes_dashes_or_brackets() -> None:
    assert names_match(["合意の実施 - 日米同盟の新たな黄金時代に向けて -"],
                       ["合意の実施－日米同盟の新たな黄金時代に向けて－"])
    assert names_match(["FOIPに資する日加アクションプラン"],
                       ["自由で開かれたインド太平洋（FOIP）に資する日加アクションプラン"])
    assert not names_match(["共同声明"], ["日米首脳共同声明"])


# --- quality against the gold ------------------------------------------------------------------------------

@cache
def seed_scores() -> dict:
    return evaluate(GOLD, SEEDS)


def test_agreements_of_the_seeds_against_the_gold() -> None:
    scores = seed_scores()["all"]
    agreements, dated = scores["agreements"], scores["agreement events"]
    assert agreements.precision >= 0.9 and agreements.recall >= 0.9, (agreements.misses, agreements.extras)
    # events are matched on their type and exact date
    assert dated.precision >= 0.9 and dated.recall >= 0.9, (dated.misses, dated.extras)


def test_agreements_of_the_held_out_documents() -> None:
    score = evaluate(HELD_OUT, HELD_OUT / "documents")["all"]["agreements"]
    assert score.precision >= 0.85 and score.recall >= 0.6, (score.misses, score.extras)


# --- the store ---------------------------------------------------------------------------------------------

PREFIXES = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


@pytest.mark.parametrize("name,pattern", [
    ("agreement not a CreativeWork", "?a a dg:Agreement FILTER NOT EXISTS { ?a a schema:CreativeWork }"),
    ("agreement without a Japanese name", """?a a dg:Agreement FILTER NOT EXISTS { ?a schema:name ?n
        FILTER (LANG(?n) = "ja") }"""),
    ("agreement not derived from a document", """?a a dg:Agreement FILTER NOT EXISTS {
        ?a prov:wasDerivedFrom ?d . ?d a dg:SourceDocument }"""),
    ("agreement without evidence", "?a a dg:Agreement FILTER NOT EXISTS { ?a dg:evidence ?e }"),
    ("agreement without an event", "?a a dg:Agreement FILTER NOT EXISTS { ?a dg:agreementEvent ?e }"),
    ("agreement without a party", "?a a dg:Agreement FILTER NOT EXISTS { ?a dg:party ?p }"),
    ("event at something that is not a meeting", "?e dg:atMeeting ?m FILTER NOT EXISTS { ?m a dg:Meeting }"),
])
def test_agreement_contract(store_path: Path, name: str, pattern: str) -> None:
    with open_store(store_path, read_only=True) as store:
        rows = list(store.query(PREFIXES + f"SELECT * WHERE {{ {pattern} }} LIMIT 5"))
    assert not rows, f"{name}: {[str(r[0]) for r in rows]}"


def test_one_document_named_by_two_sources_is_one_agreement(store_path: Path) -> None:
    query = PREFIXES + """SELECT DISTINCT ?g WHERE {
      GRAPH ?short { ?a a dg:Agreement ; schema:name "日米重要鉱物サプライチェーン強化協定"@ja }
      GRAPH ?g { ?a a dg:Agreement ; dg:evidence ?e } }"""
    with open_store(store_path, read_only=True) as store:
        graphs = {r["g"].value.rsplit("/", 1)[1] for r in store.query(query)}
    # the trade white paper gives only the short name; the 2024 Bluebook the long one with the short in brackets
    assert graphs == {"trade-white-paper-2023-united-states", "bluebook-2024-north-america"}


def test_a_declaration_named_with_another_document_shares_its_event() -> None:
    found = extract_text("8月18日、3首脳は日米韓首脳会合を行い、「キャンプ・デービッド原則」及び共同声明"
                         "「キャンプ・デービッドの精神」を発出した。\n4月26日、米韓首脳会談で「ワシントン宣言」を発出した。\n",
                         year=2023)
    assert {(a.title, a.kind, a.events[0].type, a.events[0].date.iso()) for a in found.agreements} == {
        ("キャンプ・デービッド原則", "OtherDocument", "Issued", "2023-08-18"),
        ("キャンプ・デービッドの精神", "JointStatement", "Issued", "2023-08-18"),
        ("ワシントン宣言", "JointStatement", "Issued", "2023-04-26")}


def test_an_exchange_of_notes_on_grant_aid_is_signed_at_a_signing() -> None:
    found = extract_text("最近の活動 | 在モンゴル日本国大使館\n\n2024/5/14\n\n"
                         "本14日，モンゴル外務省において，山根大使とバトツェツェグ外務大臣との間で，無償資金協力"
                         "「経済社会開発計画」（供与限度額5億円）に関する書簡の交換が行われました．\n",
                         year=2024, date="2024-07-03")
    assert [(a.title, a.events[0].type, a.events[0].date.iso()) for a in found.agreements] == [
        ("無償資金協力「経済社会開発計画」に関する書簡", "Signed", "2024-05-14")]
    assert [(m.date.iso(), m.kind, tuple(local(c) for c in m.countries)) for m in found.meetings] == [
        ("2024-05-14", "SigningCeremony", ("jp", "mn"))]
    assert found.agreements[0].events[0].meeting is found.meetings[0]


def test_a_document_adopted_on_a_later_day_of_a_schedule_takes_that_day() -> None:
    page = ("総理の動静\n\n■12月15日（月）\n\n【14時00分】経済財政諮問会議\n\n■12月16日（火）\n\n"
            "【15時00分】「中央アジア＋日本」対話・首脳会合\n"
            "　中央アジア5か国（カザフスタン、キルギス、タジキスタン、トルクメニスタン、ウズベキスタン）の首脳等が"
            "出席し、会合の成果文書として"
            "「東京宣言」を採択しました。\n")
    found = extract_text(page, year=2025, date="2025-12-15")
    assert [(a.title, a.events[0].type, a.events[0].date.iso()) for a in found.agreements] == [
        ("東京宣言", "Issued", "2025-12-16")]


@pytest.mark.parametrize("text,title", [
    ("8月30日、日本とケニアは「横浜宣言2019」を採択した。\n", "横浜宣言2019"),
    ("1月10日、日英両首脳は「日英科学技術協力行動計画2026-2030」を発表した。\n", "日英科学技術協力行動計画2026-2030"),
    ("モロッコとの間では、2018年から交渉が続けられてきた日・モロッコ投資協定が、12月に実質合意に至った。\n",
     "日・モロッコ投資協定"),
])
def test_names_with_a_year_or_after_a_clause(text: str, title: str) -> None:
    assert title in {a.title for a in extract_text(text, year=2019).agreements}


def test_a_name_with_or_two_names_in_brackets_and_two_clauses_before_a_name() -> None:
    found = extract_text("日豪首脳共同声明\n\n2017年1月14日\n\n"
                         "両首脳は、本日、両首脳の立会いの下で、新たな日本国政府とオーストラリア政府との間の物品又は役務の"
                         "相互の提供に関する協定（日豪物品役務相互提供協定、日豪ACSA）の署名が行われたことを歓迎した。"
                         "両首脳は、2014年7月に署名され、同年12月に発効した日豪防衛装備品・技術移転協定の下での協力を評価した。\n",
                         year=2017, date="2017-01-14")
    assert [(a.title, a.names, [(e.type, e.date.iso() if e.date else None) for e in a.events])
            for a in found.agreements] == [
        ("日本国政府とオーストラリア政府との間の物品又は役務の相互の提供に関する協定", ["日豪物品役務相互提供協定"],
         [("Signed", "2017-01-14")]),
        ("日豪防衛装備品・技術移転協定", [], [("Signed", "2014-07"), ("EnteredIntoForce", "2014-12")])]


def test_declarations_adopted_by_a_gathering_and_a_summit_s_declaration_named_by_its_kind() -> None:
    text = ("2023年12月17日、東京において日本ASEAN特別首脳会議が開催された。首脳会合では「東京宣言2023」及び"
            "「共同ビジョン声明」が採択された。\n"
            "2024年5月27日、ソウルで第9回日中韓サミットが開催され、三首脳は共同宣言を発出した。\n"
            "日露両国は、2007年の共同宣言を基礎として平和条約締結交渉を加速させることで一致した。\n")
    found = extract_text(text, year=2024)
    assert sorted((a.title, a.kind, [(e.type, e.date.iso() if e.date else None) for e in a.events])
                  for a in found.agreements) == [
        ("共同ビジョン声明", "JointStatement", [("Issued", "2023-12-17")]),
        ("平和条約", "Treaty", [("UnderNegotiation", "2024")]),  # another paragraph's date: its year
        ("東京宣言2023", "JointStatement", [("Issued", "2023-12-17")]),
        ("第9回日中韓サミット共同宣言", "JointStatement", [("Issued", "2024-05-27")])]


def test_two_lists_of_signed_documents_take_the_days_of_their_own_signings() -> None:
    text = ("　2月8日、岸田総理大臣は、ルト大統領と首脳会談を行いました。会談に引き続き、両首脳の立会いの下、以下の文書"
            "の署名が行われました。\n（署名文書）\n1　日本国とケニア共和国との間の経済協力に関する共同声明\n\n"
            "　2月10日、岸田総理大臣は、アビィ首相と首脳会談を行いました。会談に引き続き、両首脳の立会いの下、以下の"
            "文書の署名が行われました。\n（署名文書）\n1　日本国とエチオピア連邦民主共和国との間の経済協力に関する"
            "共同声明\n")
    found = extract_text(text, year=2024, date="2024-02-10", kind="PressRelease")
    assert [(a.title, [(e.type, e.date.iso()) for e in a.events]) for a in found.agreements] == [
        ("日本国とケニア共和国との間の経済協力に関する共同声明", [("Signed", "2024-02-08")]),
        ("日本国とエチオピア連邦民主共和国との間の経済協力に関する共同声明", [("Signed", "2024-02-10")])]


def test_a_table_cell_naming_signed_documents_starts_no_list() -> None:
    table = ("| 年月日 | 相手 | 備考 |\n|---|---|---|\n| 2023年5月3日 | ルーラ大統領 | 首脳会談、署名文書 |\n"
             "| 2024年5月4日 | ルーラ大統領 | 首脳会談 |\n")
    found = extract_text(table, year=2024, title="日・ブラジル首脳会談一覧")
    assert found.agreements == []


def test_a_register_of_documents_gives_each_row_its_events() -> None:
    # (a treaty register: the name in one cell, the days under columns for each event; "署名日に発効": in force on
    # the day of the signing; a list of documents with what happened in a cell of its own; "（予定）" is not yet)
    found = extract_text(
        "表1　主な二国間条約等\n番号\t名称\t署名日\t発効日\t備考\n"
        "1\t日本国とフィンランド共和国との間の社会保障に関する協定を改正する議定書\t令和5年6月2日\t未発効\t東京において署名\n"
        "2\t防衛装備品及び技術の移転に関する日本国政府とタイ王国政府との間の協定\t令和4年5月2日\t署名日に発効\tバンコクにおいて署名\n\n"
        "文書名\t区分\t署名日・発出日\t場所\n日豪円滑化協定\t署名\t2022/1/6\tテレビ会議\n日豪首脳共同声明\t発出\t2022/10/22\tパース\n"
        "日豪経済協力覚書\t発効（予定）\t2023/4/1\t\n", year=2023)
    assert events(found) == [
        ("日本国とフィンランド共和国との間の社会保障に関する協定を改正する議定書", "Treaty", ("fi", "jp"),
         (("Signed", "2023-06-02"),)),
        ("防衛装備品及び技術の移転に関する日本国政府とタイ王国政府との間の協定", "IntergovernmentalAgreement",
         ("jp", "th"), (("Signed", "2022-05-02"), ("EnteredIntoForce", "2022-05-02"))),
        ("日豪円滑化協定", "IntergovernmentalAgreement", ("au", "jp"), (("Signed", "2022-01-06"),)),
        ("日豪首脳共同声明", "JointStatement", ("au", "jp"), (("Issued", "2022-10-22"),))]
    assert found.meetings == []  # (a document's row is no meeting)


def test_a_short_name_and_a_protocol_amending_a_treaty() -> None:
    # (the short name told at a meeting is the register's document; a protocol amending a treaty is another)
    found = extract_text("2013年12月14日、安倍総理大臣はテイン・セイン大統領と首脳会談を行い、"
                         "会談後、投資協定の署名式が行われた。\n\n文書\t区分\t日付\n日・ミャンマー投資協定\t署名\t2013/12/14\n"
                         "日・ミャンマー投資協定\t発効\t2014/8/7\n", year=2013)
    assert [(t, p, e) for t, _, p, e in events(found)] == [("日・ミャンマー投資協定", ("jp", "mm"), (
        ("Signed", "2013-12-14"), ("EnteredIntoForce", "2014-08-07")))]
    found = extract_text("12月19日、両首脳は、所得に対する租税に関する二重課税の回避のための"
                         "日本国とカザフスタン共和国との間の条約（日カザフスタン租税条約）を改正する議定書について、"
                         "交渉を開始することで一致した。\n")
    assert [t for t, _, _, _ in events(found)] == ["日カザフスタン租税条約を改正する議定書"]


def test_a_treaty_named_by_its_acronym_is_the_one_spelt_out() -> None:
    found = extract_text("　日インドEPAは、2011年2月16日に東京で安倍総理大臣とシン首相により署名された。"
                         "日インド経済連携協定は、同年8月1日に発効した。日中韓FTAは、2013年3月に交渉が開始された。\n"
                         "　米国のIEEPAに基づく措置や、IRA法上のFTAの扱いについても議論した。\n", year=2011)
    assert events(found) == [
        ("日インド経済連携協定", "Treaty", ("in", "jp"),
         (("Signed", "2011-02-16"), ("EnteredIntoForce", "2011-08-01"))),
        ("日中韓FTA", "Treaty", ("cn", "jp", "kr"), (("UnderNegotiation", "2013-03"),))]


def test_a_listed_treaty_s_other_name_in_brackets_is_an_alias() -> None:
    release = ("令和7年7月9日\n\n　本9日、キャンベラにおいて、両首脳の立会いの下、以下の文書の署名が行われた。\n\n"
               "（１）経済上の連携に関する日本国とニュージーランドとの間の協定（日ニュージーランドEPA）\n\n"
               "　両国は、日ニュージーランド経済連携協定の交渉を2023年に開始していた。\n")
    found = extract_text(release, year=2025)
    titles = [a.title for a in found.agreements]
    assert titles == ["経済上の連携に関する日本国とニュージーランドとの間の協定"]


def test_the_signers_countries_are_the_parties_when_the_name_gives_none() -> None:
    found = extract_text("　2月6日、東京において、齋藤経済産業大臣とモロッコのベンアリ大臣が、"
                         "「グリーン水素に関する協力覚書」に署名した。\n"
                         "　また、石井国土交通大臣とトゥガデ・フィリピン運輸大臣との会談及び"
                         "鉄道分野における協力覚書への署名が行われた。\n", year=2024)
    assert [(t, p) for t, _, p, _ in events(found)] == [("グリーン水素に関する協力覚書", ("jp", "ma")),
                                                         ("鉄道分野における協力覚書", ("jp", "ph"))]


def test_treaty_names_by_acronym_keep_apart_what_differs() -> None:
    found = extract_text("　2013年3月、日中韓FTAの交渉が開始された。2013年6月、日韓FTAの交渉が再開された。\n"
                         "　2018年7月17日、東京において、日EU・EPAに署名した。\n"
                         "　2017年1月26日、日豪物品役務相互提供協定に署名した。同日、日豪物品役務相互提供協定を改正する"
                         "協定にも署名した。\n"
                         "　林外務大臣とバトツェツェグ外相は、"
                         "日本国外務省とモンゴル国外務省との間の協議及び協力に関する覚書に署名した。\n", year=2018)
    assert [(t, p) for t, _, p, _ in events(found)] == [
        ("日中韓FTA", ("cn", "jp", "kr")), ("日韓FTA", ("jp", "kr")), ("日EU・EPA", ("jp", "eu")),
        ("日豪物品役務相互提供協定", ("au", "jp")), ("日豪物品役務相互提供協定を改正する協定", ("au", "jp")),
        ("日本国外務省とモンゴル国外務省との間の協議及び協力に関する覚書", ("jp", "mn"))]


def test_a_treaty_s_pair_and_kind_written_otherwise_is_one_treaty() -> None:
    found = extract_text("　2021年1月1日、日英包括的経済連携協定が発効した。日英EPAは2020年10月23日に署名された。\n"
                         "　2016年6月7日、日・モンゴル経済連携協定が発効した。"
                         "日モンゴルEPAは2015年2月10日に署名された。\n"
                         "　2015年2月10日、日モンゴル外相会談において、日モンゴル租税条約の交渉開始で一致した。\n",
                         year=2021)
    assert [(t, p, e) for t, _, p, e in events(found)] == [
        ("日英包括的経済連携協定", ("gb", "jp"), (("EnteredIntoForce", "2021-01-01"), ("Signed", "2020-10-23"))),
        ("日・モンゴル経済連携協定", ("jp", "mn"), (("EnteredIntoForce", "2016-06-07"), ("Signed", "2015-02-10"))),
        ("日モンゴル租税条約", ("jp", "mn"), (("UnderNegotiation", "2015-02-10"),))]


def test_a_pair_written_with_a_dot_and_one_kanji_is_the_same_treaty() -> None:
    found = extract_text("　2021年1月1日、日・英包括的経済連携協定が発効した。日英EPAは2020年10月23日に署名された。\n",
                         year=2021)
    assert [(t, e) for t, _, _, e in events(found)] == [
        ("日・英包括的経済連携協定", (("EnteredIntoForce", "2021-01-01"), ("Signed", "2020-10-23")))]


def test_a_verb_s_clause_before_a_treaty_is_not_its_name() -> None:
    found = extract_text("　11月19日、安倍総理大臣はプーチン大統領と会談し、"
                         "北方領土問題を含む平和条約締結交渉を進めていくことを確認した。\n", year=2016)
    assert [t for t, _, _, _ in events(found)] == ["平和条約"]
