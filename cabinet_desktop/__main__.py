"""``python -m cabinet_desktop`` runs the command-line entry point."""

import sys

from cabinet_desktop.cli import main

sys.exit(main())
