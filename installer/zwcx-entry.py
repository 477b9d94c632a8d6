"""Entry script of the frozen bundle: the same `zwcx` as the console script (CLI, or the desktop with no command)."""

from zwcx_desktop.cli.main import main

raise SystemExit(main())
