"""Child process of the restore acceptance test: saves commitments through `zwcx add` (the real command, in this
one process) until told to stop, and logs every attempt as one JSON line: when it started and was answered, the
exit status, the new id or the error line."""

import contextlib
import io
import json
import sys
import time
from pathlib import Path

from zwcx_desktop.cli.main import main

data_dir, payload_file, stop = sys.argv[1], sys.argv[2], Path(sys.argv[3])
i = 0
while not stop.exists():
    out, err = io.StringIO(), io.StringIO()
    t0 = time.time()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", data_dir, "add", "commitment", "--json", payload_file])
    t1 = time.time()
    print(json.dumps({"i": i, "t0": t0, "t1": t1, "code": code, "id": out.getvalue().strip(),
                      "err": err.getvalue()}, ensure_ascii=False), flush=True)
    i += 1
