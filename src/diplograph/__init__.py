"""diplograph: Japanese diplomatic records → a provenance-tracked RDF knowledge graph.

The package reads like the pipeline: ``read`` → ``clean`` → ``extract`` → ``rdf`` (map to RDF) →
``store`` → ``query`` / ``network`` / ``export``.
"""

__version__ = "0.1.0"
