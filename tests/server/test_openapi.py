"""/openapi.json tells the truth about the real server: schemathesis generates requests from it (valid and
invalid), sends them over loopback with an enrolled device's token, and fails on any 5xx, any answer that the
document does not describe (status, content type, body schema, headers) and any invalid request accepted.

Bounded so that the whole pass stays under a minute: ZWCX_API_EXAMPLES examples per operation (default 25), on
SQLite and, when the test PostgreSQL is there, on PostgreSQL."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from tests.server.test_server import Dev, op, unit_doc
from zwcx_server.app import create_app
from zwcx_server.db import ServerDB
from zwcx_server.testing import live_server

EXAMPLES = int(os.environ.get("ZWCX_API_EXAMPLES", "25"))


@pytest.fixture
def api(db_url):
    """The real server on loopback, with a device enrolled in it whose token the requests carry."""
    with live_server(db_url) as srv:
        dev = Dev(srv, srv.township("A"))
        # Something to answer with, so that pull pages, record states and digests are checked with content:
        # a record, a second version of it, and a concurrent edit that leaves it in conflict (two heads).
        first = op(str(uuid.uuid4()), unit_doc("甲"), 1)
        ops = [first, op(first["record_id"], unit_doc("甲二"), 2, base=first["version_id"], version=2),
               op(first["record_id"], unit_doc("甲三"), 3, base=first["version_id"], version=2)]
        assert [r["status"] for r in dev.push(ops).json()["results"]] == ["applied", "applied", "conflict"]
        srv.token = dev.h["Authorization"]
        yield srv


# The document as the application builds it, without a database (none is opened to describe the routes); the
# second test checks that the real server publishes the same one. (A schema fetched from the fixture's server,
# schemathesis.pytest.from_fixture, fails on pytest 9: it sets an attribute pytest no longer has.)
DOC = create_app(ServerDB(str(Path(tempfile.gettempdir()) / "zwcx-never-opened.sqlite3"))).openapi()
schema = schemathesis.openapi.from_dict(DOC)
# OpenAPI has no way to say "other query parameters are ignored", which the server does, as HTTP servers do.
schema.config.generation.update(allow_extra_parameters=False, max_examples=EXAMPLES, deterministic=True)


#: What JSON Schema cannot say, so that a schema-valid request may still be refused with a 400: a push's
#: Idempotency-Key equals its batch_id and its ops come in increasing seq order; a blob's bytes hash to the sha256
#: in its URL and fit the declared total; a township's clock presets follow the domain's rules
#: (supervision.parse_presets) and are dated no later than the server's time.
CROSS_FIELD_RULES = {("POST", "/v1/sync/push"), ("PUT", "/v1/blobs/{sha256}"),
                     ("PUT", "/v1/township/supervision-clocks")}


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_the_server_does_what_its_openapi_document_says(case, api):
    operation = (case.method.upper(), case.path)
    excluded = [positive_data_acceptance] if operation in CROSS_FIELD_RULES else []
    # The device's token on every request except those where schemathesis tests a missing or broken one. (Set
    # here, not by an auth provider: cases of the coverage phase are built before the fixture enrols the device.)
    if not case.operation.schema.is_security_param_negated(case):
        case.headers = case.headers or {}
        case.headers["Authorization"] = api.token
    if operation == ("POST", "/v1/sync/push") and case.meta is not None and case.meta.generation.mode.is_positive \
            and isinstance(case.body, dict) and isinstance(case.body.get("batch_id"), str):
        # As a device does: otherwise nearly every generated push stops at the header check, and the answers
        # to ops that get further (results, rejections) would go unchecked against the document.
        case.headers = case.headers or {}
        case.headers["Idempotency-Key"] = case.body["batch_id"]
    case.call_and_validate(base_url=api.url, excluded_checks=excluded, timeout=30)


def test_the_document_covers_every_route_and_declares_the_device_token(api):
    doc = requests.get(f"{api.url}/openapi.json", timeout=10).json()
    assert doc == DOC
    routes = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}
    assert routes == {("POST", "/v1/enroll"), ("GET", "/v1/sync/meta"), ("POST", "/v1/sync/push"),
                      ("POST", "/v1/sync/missing"), ("GET", "/v1/sync/pull"), ("GET", "/v1/verify"), ("GET", "/v1/audit/anchors"),
                      ("GET", "/v1/reference"), ("HEAD", "/v1/blobs/{sha256}"), ("GET", "/v1/blobs/{sha256}"),
                      ("PUT", "/v1/blobs/{sha256}"), ("GET", "/v/{code}"), ("GET", "/healthz"), ("GET", "/readyz"),
                      ("GET", "/metrics"), ("PUT", "/v1/township/supervision-clocks")}
    assert doc["components"]["securitySchemes"]["deviceToken"] == {
        "type": "http", "scheme": "bearer", "description": "The token /v1/enroll gave this device."}
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            # FastAPI's default 422 is not there (this server answers 400); only a 422 of the server's own is.
            assert "HTTPValidationError" not in str(operation["responses"].get("422")), (method, path)
            assert ("422" in operation["responses"]) == ((method, path) == ("put", "/v1/township/supervision-clocks"))
            needs_token = path.startswith("/v1/") and path != "/v1/enroll"
            assert (operation.get("security") == [{"deviceToken": []}]) == needs_token, (method, path)
    push = doc["paths"]["/v1/sync/push"]["post"]
    assert {p["name"] for p in push["parameters"]} == {"Idempotency-Key"}
    assert push["requestBody"]["content"]["application/json"]["schema"]["required"] == ["batch_id", "ops"]
