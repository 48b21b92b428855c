"""One agreement per document named: reports of one document (short and long names, several events) merge;
the key that identifies an agreement across documents."""

from __future__ import annotations

import re
from functools import cache

from .agreement_names import AMENDS, normalize
from .dates import DateValue
from .meeting_parts import vocabulary
from .records import Agreement, AgreementEvent

# what a long name adds to a short one when it only says whose it is ("日・ミャンマー" + "投資協定")
_COUNTRY_LEAD = re.compile(r"日・?[ァ-ヴー]+・?|[日米加中韓豪印比英仏独伊露・]{2,}")
# a treaty between two countries is one document, their joint statements are many ("日米共同声明")
_TREATY_END = re.compile(r"(?:協定|条約)$")
# what a name's short and long forms differ by: particles and the word for a field
_LOOSE = re.compile(r"に関する|における|に係る|分野|の|・")
_PAIR_DOT = re.compile(r"^(日)・(?=[ァ-ヴA-Z米加中韓豪印比英仏独伊露])")
_COMPOUND_LEAD = re.compile(r"^(?:[日米加中韓豪印比英仏独伊露]{2,3}|日・[米加中韓豪印比英仏独伊露])(?![国本人])(?=..)")


def compatible(a: AgreementEvent, b: AgreementEvent) -> bool:
    return a.date is None or b.date is None or contains(a.date, b.date) or contains(b.date, a.date)


def contains(a: DateValue, b: DateValue) -> bool:
    return a.as_date() <= b.as_date() and b.last_date() <= a.last_date()


def key(agreement: Agreement, generic: re.Pattern[str] | None = None) -> str:
    """What identifies an agreement across reports: its shortest specific name without the country compound (or,
    for a treaty whose name is then only its kind, with it: "日英経済連携協定", "日英EPA"), or, for a name that only
    says its kind ("共同声明"), that name with the date and parties."""
    generic = generic or re.compile(vocabulary()["agreements"]["generic"])
    expanded = {_expanded(n) for n in [agreement.title, *agreement.names]}
    names = sorted({_COMPOUND_LEAD.sub("", n) for n in expanded}, key=lambda n: (len(n), n))
    specific = [n for n in names if not generic.search(n)]
    if specific:
        return specific[0]
    led = sorted((n for n in expanded if _COMPOUND_LEAD.match(n) and _TREATY_END.search(n)), key=lambda n: (len(n), n))
    if led:
        return led[0]
    first = next((e.date.iso() for e in agreement.events if e.date), "undated")
    return f"{names[0]}|{first}|{'-'.join(agreement.parties)}"


@cache
def _kind_words() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The acronyms of kinds of treaty (vocabulary.toml), with the patterns of one in brackets and one ending a name,
    and the longer words for one kind (kind_synonyms)."""
    words = vocabulary()["agreements"]
    acronyms: dict[str, str] = words["acronyms"]
    either = "|".join(map(re.escape, acronyms))
    return acronyms, re.compile(rf"[（(](?:{either})[）)]$"), re.compile(rf"・?({either})$"), words["kind_synonyms"]


def _expanded(name: str) -> str:
    """A name as compared, its acronym of kind spelt out ("日EU・EPA", "日英経済連携協定（EPA）" → "…経済連携協定")."""
    acronyms, bracketed, ending, synonyms = _kind_words()
    text = normalize(bracketed.sub("", name))
    if "協定" not in text and text not in acronyms:  # (not "加・ASEAN自由貿易協定FTA", nor an acronym alone)
        text = ending.sub(lambda m: acronyms[m.group(1)], text)
    # one treaty however its pair and kind are written: "日・モンゴル経済連携協定" = "日モンゴルEPA",
    # "日英包括的経済連携協定" = "日英EPA" (vocabulary.toml [agreements].kind_synonyms)
    text = _PAIR_DOT.sub(r"\1", text)
    for longer, kind in synonyms.items():
        text = text.replace(longer, kind)
    return text


def _same_day_event(a: Agreement, b: Agreement) -> bool:
    """Whether both tell the same thing happening on the same day ("投資協定の署名式" and "日・ミャンマー投資協定 |
    署名 | 2013-12-14")."""
    return any(x.type == y.type and x.date is not None and x.date.precision == "day" and x.date == y.date
               for x in a.events for y in b.events)


def merge_agreements(agreements: list[Agreement]) -> list[Agreement]:
    """One agreement per document named: reports with the same key (or where one name contains the other's
    specific core) merge, with all names, events and evidence."""
    generic = re.compile(vocabulary()["agreements"]["generic"])
    merged: dict[str, Agreement] = {}
    also: dict[str, Agreement] = {}  # the keys of reports merged into an agreement filed under another key
    for a in agreements:
        k = key(a, generic)
        # (or one of its names is another report's key: "…協定（日豪EPA）" and "日豪経済連携協定")
        named = [n for n in (_expanded(x) for x in [a.title, *a.names]) if _TREATY_END.search(n)]
        same = next((found for n in (k, *named) if (found := merged.get(n) or also.get(n)) is not None), None)
        target = (same if same is not None and _parties_fit(a, same) else None) \
            or next((m for mk, m in merged.items() if "|" not in k and "|" not in mk and _parties_fit(a, m)
                     and (k in mk or mk in k) and bool(AMENDS.search(k)) == bool(AMENDS.search(mk))
                     and (min(len(k), len(mk)) >= 5 or (
                         _COUNTRY_LEAD.fullmatch(mk.replace(k, "", 1) if k in mk else k.replace(mk, "", 1))
                         and _same_day_event(a, m)))), None) \
            or next((m for mk, m in merged.items() if "|" in k and "|" in mk and _same_generic(a, m, k, mk)), None) \
            or next((m for mk, m in merged.items() if "|" not in k and "|" not in mk and a.kind == m.kind
                     and _parties_fit(a, m) and _same_day_event(a, m) and _loosely_within(a.title, m.title)
                     and bool(AMENDS.search(a.title)) == bool(AMENDS.search(m.title))), None)
        if target is None:
            merged[k if k not in merged else f"{k}#{'-'.join(a.parties)}"] = a
            for n in named:
                if n != k and generic.search(_COMPOUND_LEAD.sub("", n)):  # (its name with the pair: "日豪経済連携協定")
                    also.setdefault(n, a)
            continue
        absorb(target, a)
        also.setdefault(k, target)
    out = list(merged.values())
    for a in [x for x in out if "|" in key(x, generic)]:
        hosts = [b for b in out if b is not a and "|" not in key(b, generic) and _same_occasion(a, b)]
        if len(hosts) == 1:  # "共同声明・行動計画" told elsewhere by its title
            absorb(hosts[0], a)
            out.remove(a)
    return out


def _loosely_within(a: str, b: str) -> bool:
    """Whether one name, without particles, 分野 and dots, lies inside the other taken so ("エネルギー・トランジション
    に関する協力覚書" in "…商工省との間のエネルギー・トランジション分野における協力覚書")."""
    short, long = sorted((_LOOSE.sub("", a), _LOOSE.sub("", b)), key=len)
    return len(short) >= 8 and short in long


def _parties_fit(a: Agreement, b: Agreement) -> bool:
    """Whether two reports can be of one document by their parties (日豪円滑化協定 is not 日比円滑化協定)."""
    pa, pb = set(a.parties), set(b.parties)
    return pa <= pb or pb <= pa


def _same_occasion(a: Agreement, b: Agreement) -> bool:
    """Events of one type at the same meeting, or of the same kind of document on the same day."""
    for ea in a.events:
        for eb in b.events:
            if ea.type != eb.type:
                continue
            if ea.meeting is not None and ea.meeting is eb.meeting:
                return True
            if a.kind == b.kind and ea.date is not None and ea.date == eb.date and ea.date.precision == "day":
                return True
    return False


def _same_generic(a: Agreement, b: Agreement, ka: str, kb: str) -> bool:
    """Two reports of a document named only by its kind: same name and parties, compatible dates."""
    if ka.split("|")[0] != kb.split("|")[0] or a.parties != b.parties:
        return False
    return any(ea.type == eb.type and compatible(ea, eb) for ea in a.events for eb in b.events)


def absorb(kept: Agreement, other: Agreement) -> None:
    for name in [other.title, *other.names]:
        if name != kept.title and name not in kept.names:
            kept.names.append(name)
    if len(normalize(other.title)) > len(normalize(kept.title)):  # the long name is the title
        kept.names.append(kept.title)
        kept.title = other.title
        kept.names = [n for n in kept.names if n != kept.title]
    kept.evidence.extend(s for s in other.evidence if s not in kept.evidence)
    for p in other.parties:
        if p not in kept.parties:
            kept.parties.append(p)
    kept.parties.sort()
    for event in other.events:
        same = next((e for e in kept.events if e.type == event.type and compatible(e, event)), None) \
            or next((e for e in kept.events if e.type == event.type and not (e.exact and event.exact)), None)
        if same is None:
            kept.events.append(event)
            continue
        precision = len(event.date.iso() if event.date else "") > len(same.date.iso() if same.date else "")
        better = (event.exact and not same.exact) or (event.exact == same.exact and precision)
        if event.date and (same.date is None or (better and (compatible(same, event) or not same.exact))):
            same.date = event.date
        same.exact = same.exact or event.exact
        same.evidence.extend(s for s in event.evidence if s not in same.evidence)
        same.signatories.extend(p for p in event.signatories if p not in same.signatories)
        same.meeting = same.meeting or event.meeting
