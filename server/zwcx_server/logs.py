"""The server's logs: one JSON object a line (or plain text for a person at a terminal), without personal data.

Access lines (logger `zwcx_server.access`, on stdout) name the method, the route *template* ("/v1/blobs/{sha256}",
never the concrete path nor its query), the status and the time taken, and the township and device when the
handler that checked the request's token left the `service.Caller` in the request state under CALLER_STATE.
They never hold the client address, headers (tokens), enrolment or verification codes or bodies: a log is kept
longer and read by more people than the database. uvicorn's own access log, which carries the client address and
the concrete path, is switched off by `serve`; everything else (uvicorn's errors, our events) goes to stderr in
the same format.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.config
import os
import time
from typing import Any

FORMAT_ENV = "ZWCX_SERVER_LOG_FORMAT"
FORMATS = ("json", "text")
#: Where `caller` may leave the authenticated `service.Caller` in the request's state for the access line.
CALLER_STATE = "zwcx_caller"

access = logging.getLogger("zwcx_server.access")
log = logging.getLogger("zwcx_server")


def _time(record: logging.LogRecord) -> str:
    t = dt.datetime.fromtimestamp(record.created, dt.UTC)
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class JSONFormatter(logging.Formatter):
    """time, level, logger, event (the message), then the record's `fields`; a traceback under `exc`."""

    def format(self, record: logging.LogRecord) -> str:
        obj: dict[str, Any] = {"time": _time(record), "level": record.levelname.lower(), "logger": record.name,
                               "event": record.getMessage()}
        obj.update(getattr(record, "fields", {}))
        if record.exc_info:
            obj["exc"] = self.formatException(record.exc_info)
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)


class TextFormatter(logging.Formatter):
    """The same content as one readable line: `time LEVEL logger event key=value …`."""

    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(f"{k}={v}" for k, v in getattr(record, "fields", {}).items())
        line = f"{_time(record)} {record.levelname} {record.name} {record.getMessage()}"
        line = f"{line} {fields}" if fields else line
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def log_format(value: str | None = None) -> str:
    """The format asked for (`--log-format`, else $ZWCX_SERVER_LOG_FORMAT, else json), checked."""
    fmt = (value or os.environ.get(FORMAT_ENV) or "json").strip().lower()
    if fmt not in FORMATS:
        raise ValueError(f"the log format must be json or text, not {fmt!r}")
    return fmt


def config(fmt: str) -> dict[str, Any]:
    """A `logging.config.dictConfig` dictionary (also uvicorn's `log_config`, applied again in every worker)."""
    formatter = {"()": f"{__name__}.{'JSONFormatter' if fmt == 'json' else 'TextFormatter'}"}
    return {
        "version": 1, "disable_existing_loggers": False,
        "formatters": {"zwcx": formatter},
        "handlers": {
            "stdout": {"class": "logging.StreamHandler", "formatter": "zwcx", "stream": "ext://sys.stdout"},
            "stderr": {"class": "logging.StreamHandler", "formatter": "zwcx", "stream": "ext://sys.stderr"}},
        "loggers": {
            "zwcx_server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "zwcx_server.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
            "uvicorn": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
            # Never written to (`access_log=False`); no handler even if a library turned it back on.
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False}},
        "root": {"handlers": ["stderr"], "level": "WARNING"},
    }


def setup(fmt: str) -> dict[str, Any]:
    """Configure this process's logging in `fmt`; returns the dictionary for uvicorn's `log_config`."""
    cfg = config(fmt)
    logging.config.dictConfig(cfg)
    return cfg


class AccessLog:
    """One access line per HTTP request, written once its answer is complete (a pure ASGI middleware, so streamed
    pull pages are not buffered). Added outermost, after the router has put the matched route into the scope."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = {"code": 500}  # until a response starts: a failure before answering is the 500 sent for it

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            access.info("request", extra={"fields": access_fields(scope, status["code"], time.perf_counter() - t0)})


def access_fields(scope, status: int, seconds: float) -> dict[str, Any]:
    """What an access line says about a request: nothing taken from its path, query, headers or body."""
    # Imported here: importing metrics opens prometheus_client's sample files, which must wait until `serve`
    # has prepared PROMETHEUS_MULTIPROC_DIR.
    from zwcx_server.metrics import endpoint_of

    fields: dict[str, Any] = {"method": scope["method"], "route": endpoint_of(scope), "status": status,
                              "duration_ms": round(seconds * 1000, 1)}
    caller = (scope.get("state") or {}).get(CALLER_STATE)
    if caller is not None:
        fields["township"] = caller.township_id
        fields["device"] = caller.device_id
    return fields


def install(app) -> None:
    """Add the access log to `app` (outermost). A process whose logging nobody configured (uvicorn started by
    hand on `zwcx_server.asgi:app_from_env`) gets ours for the `zwcx_server` loggers, in $ZWCX_SERVER_LOG_FORMAT."""
    app.add_middleware(AccessLog)
    if not log.handlers:
        cfg = config(log_format())
        cfg["loggers"] = {k: v for k, v in cfg["loggers"].items() if k.startswith("zwcx_server")}
        cfg.pop("root")
        logging.config.dictConfig(cfg)
