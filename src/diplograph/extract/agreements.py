"""Agreements: named documents (in 「」 or by their kind: 協定, 条約, 覚書, 共同声明, 枠組み, 行動計画, …) and what the
text says happened to them (signed, issued, agreed in principle, entered into force, under negotiation)."""

from __future__ import annotations

import re

from ..clean import split_sentences
from ..document import Document
from ..namespaces import COUNTRY
from .agreement_merge import absorb, contains, merge_agreements
from .agreement_names import Named, NameReader, normalize, words
from .dates import DateMention, DateValue
from .meeting_parts import MeetingParts, pattern, vocabulary
from .records import Agreement, AgreementEvent, Meeting, PersonMention, Span
from .signed_lists import ListedDocument, signed_documents
from .table_agreements import tabled_events
from .table_columns import table_columns

# Documents that are made by signing; the others (statements, plans, frameworks) are issued.
_SIGNED_KINDS = ("Treaty", "IntergovernmentalAgreement", "Memorandum", "ImplementingArrangement")


def _reported(day: DateValue, published: DateValue) -> bool:
    """Whether ``day`` is a day of the events a document published on ``published`` reports (a month back)."""
    if day.precision != "day" or published.precision != "day":
        return False
    return 0 <= (published.as_date() - day.as_date()).days <= 31


class AgreementExtractor(NameReader):
    """Finds agreements and their events sentence by sentence."""

    def __init__(self, parts: MeetingParts) -> None:
        super().__init__(parts)
        vocab = vocabulary()["agreements"]
        self.after = re.compile(vocab["after"])
        self.before = re.compile(vocab["before"])
        self.earlier = re.compile(vocab["earlier"])
        self.not_yet = re.compile(vocab["not_yet"])
        self.events = sorted(vocabulary()["agreement_event"].items(), key=lambda kv: len(kv[0]), reverse=True)
        self._any_verb = re.compile("|".join(re.escape(w) for w, _ in self.events if w not in ("交渉", "合意")))

    # --- events -----------------------------------------------------------------------------------

    def _event_after(self, text: str, pos: int, end: int) -> tuple[str, int, int] | None:
        m = self.after.match(text, pos, end)
        if not m:
            return None
        verb = m.group("verb")
        return self._type(verb), m.start("verb"), m.end("verb")

    def _type(self, verb: str) -> str:
        return next(kind for word, kind in self.events if verb.startswith(word))

    def before_event(self, text: str, named: Named, sentence: tuple[int, int]) -> tuple[str, int, int] | None:
        """What a relative clause just before the name says happened ("2022年10月に発表した「…」")."""
        start = max(sentence[0], named.start - 14)
        m = self.before.search(text[start:named.start])
        if m:
            return self._type(m.group("verb")), start + m.start("verb"), start + m.end("verb")
        # "…との間で設立され、両省間の協力を推進する「…」": two relative clauses, the first says what happened
        m = words("established").search(text, sentence[0], named.start)
        if m and m.end() == named.start:
            return self._type(m.group("verb")), m.start("verb"), m.end("verb")
        return None

    def earlier_event(self, text: str, named: Named, sentence: tuple[int, int]) -> tuple[str, int, int] | None:
        """The first of two relative clauses before the name ("2014年7月に署名され、同年12月に発効した…協定")."""
        start = max(sentence[0], named.start - 40)
        m = self.earlier.search(text[start:named.start])
        return (self._type(m.group("verb")), start + m.start("verb"), start + m.end("verb")) if m else None

    def event_of(self, text: str, named: Named, sentence: tuple[int, int]) -> tuple[str, int, int] | None:
        """(type, verb start, verb end) of what the sentence says happened to the named document."""
        start, end = sentence
        found = self._event_after(text, named.end, end)
        if found is not None and found[0] != "UnderNegotiation" and self._not_yet(text, found, sentence):
            found = None
        found = found or self.before_event(text, named, sentence)
        if found is None and words("welcomed").match(text, named.end) and (self.kind(named.name) or named.kind) in (
                "Memorandum", "ImplementingArrangement", "IntergovernmentalAgreement"):
            found = ("Signed", named.end, named.end + 1)  # "…との間の新たな覚書を歓迎する": concluded
        if found is None and (ref := words("reference").match(text, named.end)):
            found = ("Issued", ref.end(), ref.end() + 1)  # "資料27（…共同発表（仮訳）（令和5年1月））"
        if found is None and words("dated").search(text[max(start, named.start - 16):named.start]):
            found = ("Signed", named.start - 1, named.start)  # "昭和35(1960)年1月19日付…往復書簡"
        if found is None and words("dated_by").search(text[max(start, named.start - 4):named.start]) \
                and not self.generic.search(normalize(named.name)):  # ("2007年の共同宣言": which, is not said)
            kind = self.kind(named.name) or named.kind  # "2023年の日・米宇宙協力に関する枠組協定": made that year
            found = ("Signed" if kind in _SIGNED_KINDS else "Issued", named.start - 1, named.start)
        if found is None or (found[0] != "UnderNegotiation" and self._not_yet(text, found, sentence)):
            return None
        return found

    def _not_yet(self, text: str, found: tuple[str, int, int], sentence: tuple[int, int]) -> bool:
        """"早期に署名", "署名に向けて": a plan or a wish."""
        _, s, e = found
        return bool(self.not_yet.search(text[max(sentence[0], s - 6):min(sentence[1], e + 10)]))

    # --- the document -----------------------------------------------------------------------------

    def extract(self, doc: Document, dates: list[DateMention], mentions: list[PersonMention],
                meetings: list[Meeting], fallback_at, columns: dict[int, dict[str, int]] | None = None) \
            -> list[Agreement]:
        """Every agreement the document tells something about, one per document named; ``columns``: the roles of
        the columns of each table row (``table_columns``), computed here when not given."""
        text = doc.text
        found: list[Agreement] = []
        headed: list[tuple[Agreement, int]] = []  # told in an item's heading ("…実施取決めの署名:"), by block
        for span in self._spans(doc):
            self._referred_back(doc, span, found, dates, mentions, meetings, fallback_at)
            names = self.names(text, *span)
            events = self._coordinated(text, names, [self.event_of(text, n, span) for n in names], span)
            for named, event in zip(names, events, strict=True):
                if event is None or words("counted").search(named.name):
                    continue
                before = self.before_event(text, named, span)
                if (before and before[1] != event[1] and before[0] != event[0]) or (before and before != event
                                                                                   and event[1] > named.end):
                    earlier = self._agreement(doc, named, before, span, dates, mentions, meetings, fallback_at)
                    if len(earlier.parties) >= 2:
                        found.append(earlier)
                first = self.earlier_event(text, named, span)
                if first and first[0] not in (event[0], before[0] if before else None):
                    earlier = self._agreement(doc, named, first, span, dates, mentions, meetings, fallback_at)
                    if len(earlier.parties) >= 2:
                        found.append(earlier)
                agreement = self._agreement(doc, named, event, span, dates, mentions, meetings, fallback_at)
                self._versions(agreement, named, dates, text)
                paragraph = doc.blocks[self._block_of(doc, span[0])]
                if self._bilateral(agreement, named, text[span[0]:span[1]], text[paragraph.start:paragraph.end]):
                    found.append(agreement)
                    if self._in_heading(doc, named):
                        headed.append((agreement, self._block_of(doc, named.start)))
        self._fold_headings(doc, found, headed)
        found.extend(self._listed(doc, mentions, meetings, fallback_at))
        if columns is None:
            columns = table_columns(doc.blocks, text, dates, mentions, self.parts)
        found.extend(self._tabled(doc, dates, meetings, columns))
        found.extend(self._acronyms(doc, found, dates, mentions, meetings, fallback_at))
        found.extend(self._self_document(doc))
        for agreement in found:
            self._title_by_occasion(agreement, found)
        return merge_agreements(found)

    def _tabled(self, doc: Document, dates: list[DateMention], meetings: list[Meeting],
                roles: dict[int, dict[str, int]]) -> list[Agreement]:
        """The events a register of documents gives a row each ("日・ミャンマー投資協定 | 署名 | 2013-12-14"), at the
        one meeting between the parties that day, if the register's document tells of one."""
        text = doc.text
        out = []
        for event in tabled_events(doc.blocks, text, dates, roles, lambda s, e: self.names(text, s, e), self.events):
            row = doc.blocks[event.index]
            parties = set(self._parties(text, event.named, None, doc, row.start))
            cells = row.cell_spans(text)
            for s, e in cells:
                cell = text[s:e].strip()
                if len(cell) <= 30 and not (event.named.start >= s and event.named.end <= e):
                    parties |= set(self.parts.named_countries(cell))
            column = roles.get(event.index, {}).get("country")
            if column is not None and column < len(cells) \
                    and (code := self.parts.country_codes.get(text[slice(*cells[column])].strip())):
                parties.add(code)  # (an ISO code in the country column: "AU")
            if len(parties) == 1 and self.parts.japan and self.parts.japan not in parties:
                parties.add(self.parts.japan)  # (a Japanese register: "相手国 | 名称 | 署名日")
            there = [m for m in meetings if event.when is not None and event.when.precision == "day"
                     and m.date == event.when and parties <= set(m.countries)]
            evidence = [Span(row.start, row.end)]
            name = event.named.name.strip()
            out.append(Agreement(
                title=name, kind=event.named.kind or self.kind(name) or "OtherDocument", evidence=evidence,
                names=[a for a in event.named.aliases if a != name], parties=sorted(parties),
                events=[AgreementEvent(event.kind, event.when, list(evidence), [], sorted(parties),
                                       there[0] if len(there) == 1 else None, event.when is not None)]))
        return out

    def _listed(self, doc: Document, mentions: list[PersonMention], meetings: list[Meeting],
                fallback_at) -> list[Agreement]:
        """The documents a list of signed documents names, signed on the day of the signing the release tells
        (the meeting "両首脳の立会いの下" refers to), by the people its items name as signatories."""
        text = doc.text
        out = []
        ended: set[int] = set()  # lists that ended at an item that names no document
        signings: dict[int, tuple[Meeting | None, DateValue | None]] = {}  # by list: its items share the signing
        for item in signed_documents(doc):
            if item.intro in ended:
                continue
            start, end = item.name
            # (a first heading that names no document is the release's next part: "（3）経済閣僚会談")
            heading = item.first and doc.blocks[doc.block_index(start)].kind == "heading"
            names = [n for n in self.names(text, start, end) if n.kind or self.kind(n.name)]
            whole = text[start:end].strip()
            if names and not re.search(r"[、。,]", text[start:names[0].start]):
                # the item is the name: "新ウランバートル国際空港建設計画（第二期）のための円借款に関する交換公文"
                title = whole if names[0].end >= end - 1 else text[start:names[0].end].strip()
                for alias in names[0].aliases:  # (its other name in brackets is no part of it: "…協定（日豪EPA）")
                    title = re.sub(rf"\s*[（(]{re.escape(alias)}[）)]$", "", title)
                named = Named(title, start, names[0].end, names[0].aliases, names[0].kind)
            elif names:
                named = names[0]
            elif whole and len(whole) <= 100 and not heading and not re.search(r"[、。,]", whole) \
                    and not re.search(r"(?:会談|会合|会議|協議|対話|会|式|訪問)$", whole):
                named = Named(whole.strip("「」"), start, end, [], None)  # "…の協議計画", "…中長期ビジョン"
            else:
                ended.add(item.intro)  # ("（3）経済閣僚会談": the next part of the release)
                continue
            if item.intro not in signings:
                signings[item.intro] = self._signing(doc, item, meetings, fallback_at)
            meeting, when = signings[item.intro]
            signers = [m.person for m in mentions if m.person and item.signers
                       and item.signers[0] <= m.span.start < item.signers[1]]
            span = (min(start, item.signers[0]), max(end, item.signers[1])) if item.signers else (start, end)
            evidence = [Span(*span)]
            agreement = Agreement(
                title=named.name.strip(), kind=named.kind or self.kind(named.name) or "OtherDocument",
                evidence=evidence, names=list(named.aliases))
            agreement.parties = self._parties(text, named, meeting, doc, start)
            agreement.events = [AgreementEvent("Signed", when, list(evidence), list(dict.fromkeys(signers)),
                                               list(agreement.parties), meeting, when is not None)]
            if self._bilateral(agreement, named, text[start:end], text[start:end]):
                out.append(agreement)
        return out

    def _signing(self, doc: Document, item: ListedDocument, meetings: list[Meeting],
                 fallback_at) -> tuple[Meeting | None, DateValue | None]:
        """The meeting and day of a listed document's signing: the day in effect where the release tells the
        signing ("両首脳の立会いの下、別添の文書の署名…"; else where the list starts), and the first meeting told
        of that day before it."""
        text = doc.text
        intro = doc.blocks[item.intro].start
        telling = [s for s in doc.sentences if words("signing_told").search(text, s.start, s.end)]
        # (the last told before the list, else the first after it: a text may tell two visits and their lists)
        before, after = [s for s in telling if s.start <= intro], [s for s in telling if s.start > intro]
        told = before[-1] if before else after[0] if after else None
        at = told.start if told is not None else intro
        mention = fallback_at(at)
        when = mention.value if mention is not None and mention.value.precision == "day" else None
        if when is None and doc.meta.date:
            when = DateValue.parse_iso(doc.meta.date)
        if when is None:
            return None, None
        same_day = [m for m in meetings if m.date == when]
        before = [m for m in same_day if min(s.start for s in m.evidence) < at]
        if same_day:
            if before:  # the meeting told last before the signing ("同日午後、…首脳会談を行いました。会談後、…署名")
                return max(before, key=lambda m: min(s.start for s in m.evidence)), when
            return min(same_day, key=lambda m: min(s.start for s in m.evidence)), when
        # no meeting that day: the date in effect was one told in passing ("本年7月20日に発効") — the signing
        # follows the meeting told last before it ("首脳会談に引き続き、…")
        told = [m for m in meetings if min(s.start for s in m.evidence) < at and m.date.precision == "day"]
        if told:
            last = max(told, key=lambda m: min(s.start for s in m.evidence))
            return last, last.date
        return None, when

    def _title_by_occasion(self, agreement: Agreement, found: list[Agreement]) -> None:
        """A document named only by its kind ("共同宣言を発出") at a gathering with a name of its own ("第7回日中韓
        サミット") is that gathering's: "第7回日中韓サミット共同宣言" (two summits' declarations stay apart), or
        the document the text names in full that way ("第7回日仏外務・防衛閣僚会合（「2+2」）共同声明")."""
        if not self.generic.search(normalize(agreement.title)):
            return
        labels = {e.meeting.label.strip() for e in agreement.events if e.meeting is not None}
        named = words("named_gathering").search(labels.pop()) if len(labels) == 1 else None
        if named is None:
            return
        label = named.group()
        full = [b.title for b in found if b is not agreement and normalize(b.title).startswith(normalize(label))
                and normalize(b.title).endswith(normalize(agreement.title))]
        agreement.names.append(agreement.title)
        agreement.title = full[0] if len(set(full)) == 1 else label + agreement.title

    def _referred_back(self, doc: Document, span: tuple[int, int], found: list[Agreement],
                       dates: list[DateMention], mentions: list[PersonMention], meetings: list[Meeting],
                       fallback_at) -> None:
        """"同協定は、…令和5年10月11日に発効した": an event of the document named last in the paragraph."""
        text = doc.text
        m = words("anaphoric").match(text, span[0])
        if m is None or not found:
            return
        last = found[-1]
        if not any(self._same_passage(doc, e.start, span[0], strict=True) for e in last.evidence):
            return
        named = Named(last.title, m.start(), m.end(), [], last.kind)
        verb = self._any_verb.search(text, m.end(), span[1])  # "同協定は、…を経て、令和5年10月11日に発効した"
        if verb is None:
            return
        event = (self._type(verb.group()), verb.start(), verb.end())
        if self._not_yet(text, event, span):
            return
        made = self._agreement(doc, named, event, span, dates, mentions, meetings, fallback_at)
        last.events.extend(e for e in made.events if not any(
            e.type == x.type and e.date == x.date for x in last.events))
        last.evidence.extend(made.evidence)

    def _versions(self, agreement: Agreement, named: Named, dates: list[DateMention], text: str) -> None:
        """"日米防衛協力のための指針（平成27年4月27日及び1997年9月23日）（仮訳）": a reference to the versions of a
        document, one issued event per date."""
        ref = words("reference").match(text, named.end)
        if ref is None or len(agreement.events) != 1:
            return
        listed = [d for d in dates if ref.start() <= d.start < ref.end()]
        if len(listed) < 2:
            return
        first = agreement.events[0]
        agreement.events = [AgreementEvent(first.type, d.value, list(first.evidence), [], list(first.parties))
                            for d in listed]

    def _in_heading(self, doc: Document, named: Named) -> bool:
        block = doc.blocks[self._block_of(doc, named.start)]
        heading = words("item_heading").match(doc.text[block.start:block.end])
        return bool(heading) and named.end <= block.start + heading.end()

    def _fold_headings(self, doc: Document, found: list[Agreement], headed: list[tuple[Agreement, int]]) -> None:
        """An item's heading names the document its body tells ("…実施取決めの署名:日米両国は、…取決めに署名した"):
        the heading's report joins the body's."""
        for agreement, block in headed:
            body = [a for a in found if a is not agreement and a.kind == agreement.kind
                    and any(self._block_of(doc, s.start) == block for s in a.evidence)
                    and {e.type for e in a.events} & {e.type for e in agreement.events}]
            if len(body) == 1 and agreement in found:
                absorb(body[0], agreement)
                found.remove(agreement)

    def _acronyms(self, doc: Document, found: list[Agreement], dates: list[DateMention],
                  mentions: list[PersonMention], meetings: list[Meeting], fallback_at) -> list[Agreement]:
        """Events told of a document by the acronym it was given ("立ち上げられたIPEF", "IPEFの交渉")."""
        text = doc.text
        known = {n: a for a in found for n in a.names if words("acronym").fullmatch(n)}
        for sentence in doc.sentences:
            for named in self.names(text, sentence.start, sentence.end):
                for alias in named.aliases:
                    if words("acronym").fullmatch(alias) and alias not in known and self.kind(named.name):
                        known[alias] = Agreement(named.name, self.kind(named.name) or "OtherDocument", [])
        out = []
        for acronym, agreement in known.items():
            for m in re.finditer(rf"(?<![A-Za-z]){re.escape(acronym)}(?![A-Za-z])", text):
                sentence = next((s for s in doc.sentences if s.start <= m.start() < s.end), None)
                if sentence is None or text[m.start() - 1:m.start()] in "（(":
                    continue
                span = (sentence.start, sentence.end)
                if any(n.start <= m.start() < n.end for n in self.names(text, *span)):
                    continue  # "IPEFサプライチェーン協定": part of another name
                named = Named(acronym, m.start(), m.end(), [agreement.title], agreement.kind)
                event = self.event_of(text, named, span)
                if event is None:
                    continue
                extra = self._agreement(doc, named, event, span, dates, mentions, meetings, fallback_at)
                extra.title, extra.names, extra.kind = agreement.title, [acronym], agreement.kind
                out.append(extra)
        return out

    def _bilateral(self, agreement: Agreement, named: Named, sentence: str, paragraph: str) -> bool:
        """Whether the document is between parties: two countries, or an organisation, or adopted by a
        gathering the paragraph tells ("…首脳会合では「PALM10首脳宣言」…が採択され"); a national document of one
        country is not an agreement."""
        organisation = words("organisation")
        if len(agreement.parties) >= 2 or any(organisation.search(n) for n in [named.name, *named.aliases]):
            return True
        if "採択" in sentence and words("gathering").search(paragraph):
            return True
        return bool(self.generic.search(normalize(named.name)) and organisation.search(sentence))

    def _spans(self, doc: Document) -> list[tuple[int, int]]:
        """The sentences to read: prose and headings, and each cell of a table row; not photo captions."""
        out = []
        for sentence in doc.sentences:
            block = doc.blocks[sentence.block]
            if block.kind == "caption":
                continue
            if block.kind == "table_row":
                out.extend(span for s, e in block.cell_spans(doc.text, merged=False)
                           for span in split_sentences(doc.text, s, e))
            else:
                out.append((sentence.start, sentence.end))
        return out

    def _coordinated(self, text: str, names: list[Named], events: list, span: tuple[int, int]) -> list:
        """Names listed together share what happened to them: "実質合意されたA及びB", "AやBなど…が締結され",
        "Aについては2026年1月、Bについては2025年12月に…署名がなされた" (each with its own date)."""
        events = list(events)
        for i in range(len(names) - 1, 0, -1):
            between = text[names[i - 1].end:names[i].start]
            if events[i - 1] is None and events[i] is not None and words("coord").fullmatch(between):
                events[i - 1] = (events[i][0], events[i][1], events[i][2])
        for i in range(1, len(names)):
            between = text[names[i - 1].end:names[i].start]
            if events[i] is None and events[i - 1] is not None and words("coord").fullmatch(between) \
                    and events[i - 1][1] < names[i - 1].start:
                events[i] = events[i - 1]
        return events

    def _agreement(self, doc: Document, named: Named, event: tuple[str, int, int], span: tuple[int, int],
                   dates: list[DateMention], mentions: list[PersonMention], meetings: list[Meeting],
                   fallback_at) -> Agreement:
        text = doc.text
        kind_type, verb_start, verb_end = event
        start, end = span
        own = self._own_date(text, named, verb_start, dates, start)
        when: DateValue | None = own.value if own else None
        done = "済み" in text[verb_start:verb_end + 2]
        reported = bool(words("reported").match(text, verb_end))
        ago = words("years_since").match(text, verb_end)
        if ago and doc.meta.context_year:  # "発効から5年を迎え" in a text about 2023: 2018
            own, when = None, DateValue(doc.meta.context_year - int(ago.group("years")))
        meeting = None if done or reported else self._meeting(doc, meetings, span, when)
        if meeting is not None and own is not None and own.modifies and own.value != meeting.date:
            meeting = None  # "2025年に実質合意された…" at a later meeting: not what happened there
        if meeting is not None and (when is None or (when.precision != "day" and contains(when, meeting.date))):
            when = meeting.date
        exact = when is not None
        if meeting is None and not (done or reported):
            meeting = self._named_meeting(named, meetings, when)
            if meeting is not None and (when is None or contains(when, meeting.date)):
                when = meeting.date
        if when is None and not (done or reported):
            at = fallback_at(verb_start)
            if at is not None and at.start >= start and at.end > at.start:
                when = DateValue(at.value.year)  # another clause's date: only its year is the event's
            # (an empty span is the date a note takes from its mark, as if written where the note starts)
            elif at is not None and self._same_passage(doc, at.start, start, strict=True):
                when = at.value
            elif at is not None and doc.meta.date and doc.meta.kind != "FactSheetRecord" \
                    and self._same_passage(doc, at.start, start) \
                    and _reported(at.value, DateValue.parse_iso(doc.meta.date)):
                when = at.value  # "（2）会談後、…署名" under "（1）1月10日、…会談" in a release dated 12日
            elif at is not None and doc.meta.date and at.value.precision == "day" \
                    and at.value.as_date() > DateValue.parse_iso(doc.meta.date).as_date():
                when = at.value  # a page of several days ("■12月16日（火）"): the day the story has reached
            elif doc.meta.date:
                when = DateValue.parse_iso(doc.meta.date)
            elif at is not None and self._same_passage(doc, at.start, start):
                when = at.value if at.end_value is None else DateValue(at.value.year, at.value.month)
        # "本日発効したことを歓迎", "両首脳は、本日、…署名が行われたことを歓迎した" (the document's own day)
        dated_verb = own is not None and (verb_start - own.end <= 2 or own.value.iso() == doc.meta.date)
        if done or (reported and not dated_verb):  # "発効済みの…", "…が実質合意に至ったことを歓迎": no day told
            when = None
        if when is None and kind_type == "UnderNegotiation" and doc.meta.context_year:
            when, exact = DateValue(doc.meta.context_year), False  # negotiating in the period the text covers
        parties = self._parties(text, named, meeting, doc, start)
        signatories = []
        if kind_type == "Signed":
            clause = [x for x in mentions if start <= x.span.start < verb_start and x.person]
            signing = [x for x in clause if text[x.span.end:x.span.end + 1] in ("は", "と", "が")]
            signatories = [x.person for x in signing]
            if len(parties) < 2:  # "齋藤経済産業大臣とモロッコの…大臣が「…覚書」に署名した", "両外相は…に署名"
                parties = sorted(set(parties) | {x.country for x in signing if x.country})
        if meeting is None and when is not None and not (done or reported):
            meeting = self._meeting(doc, meetings, span, when, parties, signatories)
        evidence = [Span(start, end)]
        name = named.name.strip()
        subject = words("org_subject").search(text[start:named.start])
        kind_only = re.sub(r"^.*(?:する|した)(?:ための)?", "", name)  # "協力関係を構築する協力覚書" → 協力覚書
        if subject and self.generic.search(normalize(kind_only)):  # "JBIC及びDFCは、…覚書を更新した"
            name = f"{subject.group('who')}の{kind_only}"
        return Agreement(
            title=name, kind=named.kind or self.kind(name) or "OtherDocument", evidence=evidence,
            names=[a for a in named.aliases if a != name], parties=parties,
            events=[AgreementEvent(kind_type, when, list(evidence), list(dict.fromkeys(signatories)),
                                   list(parties), meeting, exact)])

    def _own_date(self, text: str, named: Named, verb_start: int, dates: list[DateMention],
                  start: int) -> DateMention | None:
        """The date the sentence gives the event: the last date before the verb (or the name) that is not in
        passing; "Bについては2025年12月に…署名" gives B its own date."""
        if verb_start < named.start:  # "2012年4月27日の…委員会で調整された…ロードマップ"
            clause = [d for d in dates if start <= d.start < verb_start
                      and re.fullmatch(r"[^、。,]{0,24}", text[d.end:verb_start])]
            if clause:
                return clause[-1]
        adjacent = [d for d in dates if start <= d.start and d.end <= named.start and verb_start == named.end
                    and not text.startswith("締結に向け", verb_start)
                    and re.fullmatch(r"(?:中|末)?の?", text[d.end:named.start])]
        if adjacent:  # "2019年のJUMPP立ち上げ"
            return adjacent[-1]
        stop = max(verb_start, named.start) if verb_start > named.end else named.start
        own = [d for d in dates if named.end <= d.start < verb_start and d.narrative]
        if own and verb_start > named.end:
            return own[0]
        clauses = list(words("clause_end").finditer(text, start, named.start))
        leading = [d for d in dates if start <= d.start < start + 10 and text[d.end:d.end + 1] in "、,"]
        start = clauses[-1].end() if clauses else start
        near = leading + [d for d in dates if start <= d.start < stop and ((d.narrative and not d.modifies) or (
            d.modifies and re.fullmatch(r"[^、。,]{0,16}", text[d.end:named.start])))]
        if near:
            return near[-1]
        passing = [d for d in dates if start <= d.start < named.start and not d.modifies]
        if passing and verb_start > named.end and text[passing[-1].end:passing[-1].end + 1] == "の" \
                and not re.search(r"(?:した|された|れた|った)", text[passing[-1].end:named.start]):
            return passing[-1]  # "2023年4月のG7…会合において、…協力覚書(MOC)が署名された": the occasion's date
        # "…を発出しました（4月28日）。": a results list dates each item in brackets after it
        after = re.compile(r"[^、。,（(]{0,24}[（(]")
        return next((d for d in dates if verb_start < d.start <= verb_start + 26 and after.match(text, verb_start)
                     and text[d.start - 1] in "（(" and text[d.end:d.end + 1] in "）)"), None)

    def _same_passage(self, doc: Document, a: int, b: int, strict: bool = False) -> bool:
        """Whether offsets ``a`` and ``b`` are in one block (or a table row and an item under it), or, unless
        ``strict``, in one section (one story)."""
        ia, ib = self._block_of(doc, a), self._block_of(doc, b)
        ba, bb = doc.blocks[ia], doc.blocks[ib]
        if ia == ib or bb.parent == ia or (ba.parent is not None and ba.parent == bb.parent):
            return True
        return not strict and bool(ba.section) and ba.section == bb.section

    def _meeting(self, doc: Document, meetings: list[Meeting], span: tuple[int, int], when: DateValue | None,
                 parties: list[str] = (), signatories: list[str] = ()) -> Meeting | None:
        """The meeting at which the event happened: one told in the same sentence, or the meeting of the
        paragraph (or of the table row the sentence belongs to) on a compatible date."""
        start, end = span
        block = next(i for i, blk in enumerate(doc.blocks) if blk.start <= start < max(blk.end, blk.start + 1))
        scope = {block, doc.blocks[block].parent}
        ranked = []
        for m in meetings:
            if when is not None and not (contains(when, m.date) or contains(m.date, when)):
                continue
            if any(s.start <= start < s.end or start <= s.start < end for s in m.evidence):
                ranked.append((0, m))
            elif when is None and any(self._block_of(doc, s.start) in scope and s.start < start for s in m.evidence):
                ranked.append((1, m))  # the meeting the paragraph (or the table row) has been telling
            elif when is not None and when.precision == "day" and m.date == when and set(parties) <= set(m.countries) \
                    and set(signatories) <= {p.person for p in m.participants} and signatories:
                ranked.append((2, m))
        ranked.sort(key=lambda r: r[0])
        return ranked[0][1] if ranked else None

    def _named_meeting(self, named: Named, meetings: list[Meeting], when: DateValue | None) -> Meeting | None:
        """"日米安全保障協議委員会（「2+2」）共同発表": the one meeting of that name's kind and countries."""
        kind = self.parts.kind(named.name)
        countries = self.parts.compound_countries(named.name)
        if not kind or not countries:
            return None
        found = [m for m in meetings if m.kind == kind and m.countries == sorted(countries)
                 and (when is None or contains(when, m.date))]
        return found[0] if len(found) == 1 else None

    def _block_of(self, doc: Document, offset: int) -> int:
        return next((i for i, blk in enumerate(doc.blocks) if blk.start <= offset < max(blk.end, blk.start + 1)), -1)

    def _parties(self, text: str, named: Named, meeting: Meeting | None, doc: Document, start: int) -> list[str]:
        """The parties to the document: countries, and the EU when it is one ("日EU経済連携協定")."""
        names = [named.name, *named.aliases]
        for name in names:
            countries = self.parts.compound_countries(name) or [
                c for c in self.parts.named_countries(name) if len(self.parts.named_countries(name)) >= 2]
            if countries:
                return sorted(countries)
            dotted = re.match(r"^([日米加中韓豪印比英仏独伊露])・", name)
            if dotted and self.parts.by_abbreviation.get(dotted.group(1)):
                return [self.parts.by_abbreviation[dotted.group(1)]]  # "加・ASEAN自由貿易協定"
        named_one = [c for n in names for c in self.parts.named_countries(n)]
        if meeting is not None:
            return sorted(set(meeting.countries) | set(named_one))
        block = doc.blocks[next(s.block for s in doc.sentences if s.start <= start < s.end)]
        for title in reversed(block.section):
            countries = self.parts.compound_countries(title)
            if len(countries) >= 2:
                return sorted(set(countries) | set(named_one))
        sentence = text[start:named.start]
        countries = set(self.parts.compound_countries(sentence)) | set(named_one) \
            | set(self.parts.named_countries(sentence))
        aid = bool(re.search(r"交換公文|円借款|無償資金協力", named.name))  # Japan's, with the country it is for
        if words("home").search(text[start:named.end]) or aid:
            countries.add(str(COUNTRY["jp"]))  # a Japanese ministry or agency named without its country
        if len(countries) < 2 and (where := self.parts.place_in(named.name, anywhere=True)):
            countries.add(where[2])  # "マニラ首都圏地下鉄事業に関する交換公文"
        if not countries or (len(countries) < 2 and (doc.meta.kind in ("FactSheetRecord", "PressRelease") or aid
                                                     or "両国" in text[start:named.end])):
            countries |= set(self._document_countries(doc))  # a document about one relationship
        return sorted(countries)

    def _document_countries(self, doc: Document) -> list[str]:
        """The pair of countries a document is mostly about (its most frequent country compound)."""
        if getattr(self, "_doc_countries", (None,))[0] is not doc:
            counts: dict[tuple[str, ...], int] = {}
            for m in pattern("compound").finditer(doc.text):
                pair = tuple(sorted(self.parts.compound_countries(m.group(0) + "首脳")))
                if len(pair) == 2:
                    counts[pair] = counts.get(pair, 0) + 1
            best = max(counts.items(), key=lambda kv: kv[1])[0] if counts else ()
            self._doc_countries = (doc, list(best))
        return self._doc_countries[1]

    def _self_document(self, doc: Document) -> list[Agreement]:
        """A document that is itself an agreement (a fact sheet, a joint statement), issued on its date."""
        title = doc.meta.title or ""
        kind = self.kind(title)
        if not kind or kind not in ("FactSheet", "JointStatement") or not doc.meta.date:
            return []
        heading = next((b for b in doc.blocks if b.kind == "heading"), None)
        span = Span(heading.start, heading.end) if heading else Span(0, min(len(doc.text), 40))
        countries = self.parts.compound_countries(doc.text[:2000]) or []
        return [Agreement(title=title, kind=kind, evidence=[span], parties=sorted(countries),
                          events=[AgreementEvent("Issued", DateValue.parse_iso(doc.meta.date), [span],
                                                 parties=sorted(countries))])]
