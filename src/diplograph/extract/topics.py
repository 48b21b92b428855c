"""Topics: the SKOS concepts (ontology/reference/topics.ttl) a meeting's or agreement's passage names."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from ..document import Document
from ..lexicon import Lexicon
from ..namespaces import TOPIC
from .records import Agreement, Meeting, Span

_SCHEME = URIRef(str(TOPIC))


class TopicFinder:
    """Finds topic concepts by their Japanese labels (longest first; each concept at most once)."""

    def __init__(self, lexicon: Lexicon) -> None:
        labels: list[tuple[str, str]] = []
        graph = lexicon.graph
        for concept in graph.subjects(SKOS.inScheme, _SCHEME):
            for predicate in (SKOS.prefLabel, SKOS.altLabel):
                for label in graph.objects(concept, predicate):
                    if isinstance(label, Literal) and (label.language or "").startswith("ja"):
                        labels.append((str(label), str(concept)))
        self.labels = sorted(set(labels), key=lambda kv: len(kv[0]), reverse=True)

    def find(self, text: str) -> list[str]:
        """The topics ``text`` names, in the order of the scheme's labels (deterministic)."""
        found: list[str] = []
        for label, concept in self.labels:
            if concept not in found and label in text:
                found.append(concept)
        return sorted(found)

    def passages(self, doc: Document, spans: list[Span]) -> str:
        """The text a meeting or agreement is told in: the blocks of its evidence and, for a table row, the
        items under it."""
        blocks = set()
        for span in spans:
            for index, block in enumerate(doc.blocks):
                if block.start <= span.start < max(block.end, block.start + 1):
                    blocks.add(index)
        blocks |= {i for i, b in enumerate(doc.blocks) if b.parent in blocks}
        return "\n".join(doc.text[doc.blocks[i].start:doc.blocks[i].end] for i in sorted(blocks)
                         if doc.blocks[i].kind != "caption")

    def tag(self, doc: Document, meetings: list[Meeting], agreements: list[Agreement]) -> None:
        """Set the topics of every meeting (from its passages) and agreement (from its name and sentences)."""
        for meeting in meetings:
            meeting.topics = self.find(self.passages(doc, meeting.evidence))
        for agreement in agreements:
            text = " ".join([agreement.title, *agreement.names]
                            + [doc.text[s.start:s.end] for s in agreement.evidence])
            agreement.topics = self.find(text)
