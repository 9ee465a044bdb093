"""`python -m nlp ...`; see nlp.cli."""

from nlp.cli import main

raise SystemExit(main())
