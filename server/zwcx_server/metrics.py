"""Prometheus metrics of the sync server, correct under several worker processes.

prometheus_client's multi-process mode: every worker writes its samples to files in `PROMETHEUS_MULTIPROC_DIR`
and `/metrics` (answered by any worker) adds them up. That variable must be set before prometheus_client is
imported, which `zwcx-server serve --workers N` does for its workers (cli.py); a single process without it keeps
the samples in memory. What the database knows (devices enrolled, devices seen lately) is read at scrape time, so it
is the same whichever worker answers.

No label carries a township, a device or a record: endpoint templates ("/v/{code}"), methods and status codes only.
"""

from __future__ import annotations

import datetime as dt
import os
import time

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import func, select

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
#: A device that synced within this window counts as seen.
SEEN_WINDOW = dt.timedelta(hours=24)

REQUESTS = Counter("zwcx_http_requests_total", "HTTP requests answered, by endpoint template, method and status",
                   ["endpoint", "method", "status"])
LATENCY = Histogram("zwcx_http_request_duration_seconds", "Time to answer a request (until the response starts)",
                    ["endpoint", "method"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
PUSHED = Counter("zwcx_sync_pushed_ops_total", "Ops received in pushes, by result (applied, duplicate, conflict, "
                 "rejected, need_blobs)", ["result"])
PUSHES = Counter("zwcx_sync_pushes_total", "Push batches answered")
PULLS = Counter("zwcx_sync_pulls_total", "Pull pages answered")
CONFLICTS = Counter("zwcx_sync_conflicts_total", "Pushed versions that made a record's history fork")


def record_push(results: list[dict]) -> None:
    """Count one answered push batch by its per-op results."""
    PUSHES.inc()
    for r in results:
        PUSHED.labels(r.get("status", "unknown")).inc()
        if r.get("status") == "conflict":
            CONFLICTS.inc()


class DeviceCollector:
    """Devices enrolled (not revoked) and devices seen within SEEN_WINDOW, read from the database at scrape time."""

    def __init__(self, db) -> None:
        self.db = db

    def collect(self):
        from zwcx_server.models import Device

        since = dt.datetime.now(dt.UTC).replace(tzinfo=None) - SEEN_WINDOW
        with self.db.read() as s:
            enrolled = s.execute(select(func.count()).select_from(Device).where(
                Device.revoked.is_(False), Device.token_hash.is_not(None))).scalar_one()
            seen = s.execute(select(func.count()).select_from(Device).where(
                Device.revoked.is_(False), Device.last_seen_at >= since)).scalar_one()
        yield GaugeMetricFamily("zwcx_devices_enrolled", "Enrolled devices that are not revoked", value=enrolled)
        yield GaugeMetricFamily("zwcx_devices_seen", "Devices that synced in the last 24 hours", value=seen)


def exposition(db) -> tuple[bytes, str]:
    """The text exposition of every worker's samples plus the database gauges, and its content type."""
    if os.environ.get(MULTIPROC_ENV):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        from prometheus_client import REGISTRY as registry
    gauges = CollectorRegistry(auto_describe=False)
    gauges.register(DeviceCollector(db))
    return generate_latest(registry) + generate_latest(gauges), CONTENT_TYPE_LATEST


def endpoint_of(scope) -> str:
    """The route template a request matched ("/v/{code:path}"), never its concrete path; "unmatched" otherwise."""
    route = scope.get("route")
    return getattr(route, "path", None) or "unmatched"


class MetricsMiddleware:
    """Counts every request and times it to the start of its response (a pure ASGI middleware, so streamed pull
    pages are not buffered)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = {"code": 500}  # until a response starts

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                endpoint = endpoint_of(scope)
                LATENCY.labels(endpoint, scope["method"]).observe(time.perf_counter() - t0)
                REQUESTS.labels(endpoint, scope["method"], str(status["code"])).inc()
                if endpoint == "/v1/sync/pull" and status["code"] == 200:
                    PULLS.inc()
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception:
            if status["code"] == 500:  # failed before answering: the 500 the outer error handler sends
                endpoint = endpoint_of(scope)
                LATENCY.labels(endpoint, scope["method"]).observe(time.perf_counter() - t0)
                REQUESTS.labels(endpoint, scope["method"], "500").inc()
            raise
