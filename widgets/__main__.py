"""``python -m widgets COMMAND``: the command line (widgets/tools/cli.py lists the commands)."""

import sys

from widgets.tools.cli import main

if __name__ == "__main__":
    sys.stdout.reconfigure(errors="replace")
    sys.exit(main())
