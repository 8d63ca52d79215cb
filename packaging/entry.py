"""Entry point of the frozen build: the same `sentra` CLI."""

from app.cli import main

raise SystemExit(main())
