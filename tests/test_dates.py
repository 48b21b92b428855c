"""Dates as Japanese documents write them, with their precision and typed literals."""

from __future__ import annotations

import pytest

from diplograph.extract.dates import DateReader, DateValue


def read_all(context: int | None, *texts: str) -> list[tuple[str, str | None]]:
    reader = DateReader(context)
    out = []
    for text in texts:
        out += [(m.value.iso(), m.end_value.iso() if m.end_value else None) for m in reader.read(text)]
    return out


@pytest.mark.parametrize("text,expected", [
    ("2025年2月7日、", [("2025-02-07", None)]),
    ("2月7日、石破総理大臣は", [("2025-02-07", None)]),
    ("令和5年1月11日", [("2023-01-11", None)]),
    ("平成29年10月30日", [("2017-10-30", None)]),
    ("令和元年5月1日", [("2019-05-01", None)]),
    ("昭和35(1960)年", [("1960", None)]),
    ("2022/5/4", [("2022-05-04", None)]),
    ("7月18日から20日まで", [("2025-07-18", "2025-07-20")]),
    ("5 月 2 日から 5 月 6 日にかけて", [("2025-05-02", "2025-05-06")]),
    ("2023 年 1 月に", [("2023-01", None)]),
    ("2月30日", []),
    ("1月13日（月曜日）から15日（水曜日）まで", [("2025-01-13", "2025-01-15")]),
    ("令和7年9月18日（木）から19日（金）まで", [("2025-09-18", "2025-09-19")]),
    ("2　日豪防衛相会談", []),  # a numbered heading, not the 2nd
    ("【5/7】日・パプアニューギニア外相会談", [("2025-05-07", None)]),
    ("5/10（金）に予定されていた", [("2025-05-10", None)]),
    ("全体の1/3の国", []),  # a fraction
    ("2023.4\t会談", [("2023-04", None)]),  # a table's 年月 cell
    ("2023/11\tビデオ会談", [("2023-11", None)]),
    ("総額2023.4億ドル", []),  # a figure
    ("\t2024.13\t", []),
    ("無償資金協力\t2010.5\t億円", []),  # a figure in a later cell
    ("3（2021）.10.21\t日豪防衛相テレビ会談", [("2021-10-21", None)]),  # a white paper's era year without its name
    ("元（2019）.11\t日印「2+2」", [("2019-11", None)]),
    ("5（2021）.3\t会談", []),  # 2021 is no era's 5th year
    ("会合は3（2021）.10.21", []),  # only a row's first cell
    ("二〇一九年六月二十八日に", [("2019-06-28", None)]),  # a western year digit by digit (Diet records)
])
def test_single_expressions(text: str, expected: list) -> None:
    assert read_all(2025, text) == expected


def test_relative_dates_follow_the_previous_one() -> None:
    assert read_all(2025, "1月20日、訪問し、翌21日には会談した。", "同日、電話会談。") == [
        ("2025-01-20", None), ("2025-01-21", None), ("2025-01-21", None)]
    assert read_all(2025, "2026年1月、訪中した。同月16日に会談。") == [("2026-01", None), ("2026-01-16", None)]
    assert read_all(2025, "12月29日に会談し、翌2日にも") == [("2025-12-29", None), ("2026-01-02", None)]
    assert read_all(2025, "2025年3月1日。前年12月29日の") == [("2025-03-01", None), ("2024-12-29", None)]


def test_a_document_s_date_in_a_relative_clause_does_not_anchor_relative_dates() -> None:
    assert read_all(2025, "令和7年9月5日、会合を開催した。", "令和5年8月13日に発効した日豪円滑化協定に基づき",
                    "同日午前、会談した。")[-1] == ("2025-09-05", None)
    # an appointment does: "9月に就任した…とは、同月23日"
    assert read_all(2025, "7月1日、会談した。", "9月に就任したクーパー外相とは、同月23日に会談した。")[-1] == \
        ("2025-09-23", None)


def test_words_counted_from_the_day_the_document_speaks() -> None:
    reader = DateReader(2025, DateValue(2025, 11, 28))  # a press conference of 28 November
    found = reader.read("12月3日から5日までインドを訪問します。先月30日に米中首脳会談が行われました。"
                        "昨日27日、電話会談。")
    assert [(m.value.iso(), m.end_value.iso() if m.end_value else None) for m in found] == [
        ("2025-12-03", "2025-12-05"), ("2025-10-30", None), ("2025-11-27", None)]
    schedule = DateReader(2026).read("【3月11日】16:20　日・ウクライナ外相テレビ会談")  # 16:20 is no 20日
    assert [m.value.iso() for m in schedule] == ["2026-03-11"]


def test_literal_types_follow_precision() -> None:
    reader = DateReader(2025)
    day, month, year = (m.value.literal() for m in reader.read("2月7日。2024年5月。2023年。"))
    assert str(day.datatype).endswith("#date") and str(day) == "2025-02-07"
    assert str(month.datatype).endswith("#gYearMonth") and str(month) == "2024-05"
    assert str(year.datatype).endswith("#gYear") and str(year) == "2023"


def test_a_day_of_the_month_named_in_a_clause_earlier_in_the_sentence() -> None:
    reader = DateReader(2017)
    text = ("5月1日、外相会談を行った。翌2日には大統領を表敬した。"
            "9月19日にメキシコ中部で発生した大地震を受け、同21日、電話会談を行った。")
    assert [m.value.iso() for m in reader.read(text)] == ["2017-05-01", "2017-05-02", "2017-09-19", "2017-09-21"]


def test_the_next_day_before_any_date_a_time_of_day_and_a_day_glossed_after_the_day_before() -> None:
    reader = DateReader(2025, DateValue(2025, 8, 21))
    assert [m.value.iso() for m in reader.read("翌22日午前10時から会談を行った。翌23日の午前には首相を表敬した。")] == [
        "2025-08-22", "2025-08-23"]
    reader = DateReader(2023)
    found = reader.read("5月20日には首脳会談を行った。3月3日に開催された外相会合に出席した外務大臣が、その前日の2日、"
                        "外相会談を行った。")
    assert found[-1].value.iso() == "2023-03-02"


def test_a_month_opening_its_sentence_and_the_month_of_a_visit_date_the_talks() -> None:
    reader = DateReader(2018)
    found = reader.read("12月1日、総理大臣は大統領と会談した。"
                        "9月の国連総会の際には、外務大臣はニューヨークで外相と会談した。"
                        "メキシコとの間では、7月に訪日した外相と外務大臣が東京で会談した。")
    assert [(m.value.iso(), m.attributive or m.modifies) for m in found] == [
        ("2018-12-01", False), ("2018-09", False), ("2018-07", False)]


def test_a_document_s_dates_in_two_relative_clauses_do_not_move_the_story() -> None:
    reader = DateReader(2025, DateValue(2025, 6, 18))
    found = reader.read("6月15日から17日まで、サミットに出席した。16日、首脳会談を行った。"
                        "両首脳は、2023年1月に署名され、同年10月に発効した日英部隊間協力円滑化協定を歓迎した。"
                        "17日、首脳会談を行った。")
    assert [m.value.iso() for m in found][-3:] == ["2023-01", "2023-10", "2025-06-17"]


def test_the_nth_day_of_a_trip_told_as_a_span() -> None:
    reader = DateReader(2024, DateValue(2024, 5, 7))
    found = reader.read("大臣は、2024年5月1日（水曜日）から5月4日（土曜日）まで、米国を訪問しました。"
                        "1日目（ワシントンD.C.）商務長官と会談を行いました。2日目（ワシントンD.C.）補佐官と面談しました。")
    assert [m.value.iso() for m in found] == ["2024-05-01", "2024-05-01", "2024-05-02"]


def test_days_and_months_in_kanji_numerals_as_the_diet_s_records_write_them() -> None:
    reader = DateReader(2025, DateValue(2025, 3, 26))
    found = reader.read("まず、二月十五日には、ミュンヘンにおいて会談を行いました。さらに、三月十八日には電話会談を、"
                        "同月二十二日には会議を主催し、その前日の二十一日には会談を行いました。一日も早く解決したい。")
    assert [(m.value.iso()) for m in found if m.value.day] == ["2025-02-15", "2025-03-18", "2025-03-22",
                                                                "2025-03-21", "2025-03-21"]
