from zwcx_server.cli import main

raise SystemExit(main())
