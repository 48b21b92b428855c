"""Records the extractors produce: plain data, no RDF."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import DateValue


@dataclass(frozen=True, order=True)
class Span:
    """A span of the clean text (``start``..``end``), tied to its document by the record holding it."""

    start: int
    end: int


@dataclass
class PersonMention:
    """A person named in the text, with the title the text gives."""

    span: Span
    name: str
    title: str | None
    prefix: str = ""
    modifier: str = ""
    also: str = ""  # titles held at once, as written after the title ("兼外務大臣")
    person: str | None = None  # resolved IRI
    office: str | None = None  # office held on the date of the text
    country: str | None = None
    note: str | None = None  # why it stayed unresolved
    antecedent: Span | None = None  # set on anaphora (同大臣, 両首脳): the mention it refers back to

    @property
    def former(self) -> bool:
        return self.modifier in ("元", "前")


@dataclass
class UnlistedPerson:
    """A person the reference data does not know, made from the text."""

    iri: str
    name: str
    office: str | None
    office_title: str | None
    country: str | None


@dataclass
class Participant:
    person: str
    office: str | None = None
    country: str | None = None
    role: str | None = None  # Host, Visitor, Caller, Callee
    title: str | None = None  # as written, for an office the reference data lacks ("外相")

    @classmethod
    def of(cls, mention: PersonMention) -> Participant:
        """The participant a resolved mention names, with its title as written."""
        return cls(mention.person, mention.office, mention.country, title=mention.title)


@dataclass
class Meeting:
    date: DateValue
    kind: str
    mode: str
    participants: list[Participant]
    evidence: list[Span]
    end_date: DateValue | None = None
    place_name: str | None = None
    place: str | None = None  # IRI when resolved
    place_country: str | None = None
    conference: str | None = None
    start_time: str | None = None
    duration: str | None = None
    topics: list[str] = field(default_factory=list)
    sides: list[str] = field(default_factory=list)  # countries taking part without a named participant
    label: str = ""  # the meeting noun as written ("日米首脳会談", "第2回会合")
    counterparts: list[str] = field(default_factory=list)  # counterparts given by title only ("財務大臣")
    dated: bool = True  # whether a report wrote its date (not the date in force carried from before)

    @property
    def countries(self) -> list[str]:
        return sorted({p.country for p in self.participants if p.country} | set(self.sides))

    def key(self) -> tuple:
        """What makes two reports the same meeting: date, kind, mode and the people present."""
        return (self.date.iso(), self.kind, self.mode, tuple(sorted({p.person for p in self.participants})))


@dataclass
class Attestation:
    """The text says ``person`` held ``office`` on ``date``."""

    person: str
    office: str
    date: DateValue
    evidence: Span


@dataclass
class AgreementEvent:
    """Something that happened to an agreement: signed, issued, agreed in principle, in force, negotiated."""

    type: str  # Signed, Issued, AgreedInPrinciple, EnteredIntoForce, UnderNegotiation
    date: DateValue | None
    evidence: list[Span]
    signatories: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    meeting: Meeting | None = None
    exact: bool = True  # the date is written with the event (not carried from the passage)


@dataclass
class Agreement:
    """A named document (treaty, joint statement, memorandum, …) and what the text says happened to it."""

    title: str
    kind: str  # an AgreementKind concept name
    evidence: list[Span]
    names: list[str] = field(default_factory=list)  # other names and spellings seen (short titles)
    parties: list[str] = field(default_factory=list)
    events: list[AgreementEvent] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything read from one document."""

    meetings: list[Meeting] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)
    unlisted: dict[str, UnlistedPerson] = field(default_factory=dict)
    attestations: list[Attestation] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
