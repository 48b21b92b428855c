"""Map stage: records → RDF graphs under the diplograph ontology."""
