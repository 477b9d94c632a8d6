"""The `zwcx` command line. Each `cmd_*.py` module adds its subcommands through `register(sub)`."""
