"""``python -m diplograph``."""

from .cli import main

main()
