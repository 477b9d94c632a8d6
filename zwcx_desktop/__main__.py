from zwcx_desktop.cli.main import main

raise SystemExit(main())
