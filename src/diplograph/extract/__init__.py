"""Extract stage: pure functions from a cleaned :class:`~diplograph.document.Document` to records."""
