"""Entry point of the frozen build: the same `sentra` CLI.

The windowed executable (`SentraAutoCare.exe`, started from the Start menu or the desktop) opens
the station app when it is given no command; the console one (`sentra.exe`) prints the help.
"""

import sys
from pathlib import Path

from app.cli import main

argv = sys.argv[1:]
if not argv and Path(sys.executable).stem.lower() == "sentraautocare":
    argv = ["run"]
raise SystemExit(main(argv))
