"""What /openapi.json says about the sync protocol: answers as pydantic models, request bodies and parameters as
JSON Schema. The handlers read raw bodies themselves (gzip, size limits, `edge` checks), so the request side is
declared here by hand; tests/server/test_openapi.py runs schemathesis against the real server to keep the two
in step."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, Field

from zwcx_core import wire
from zwcx_core.domain.enums import SupervisionChannel
from zwcx_core.domain.schema import KINDS
from zwcx_server.edge import MAX_DIGITS

DESCRIPTION = """The sync protocol between the zwcx desktop (township offices) and the municipal server.

A device enrols once with a one-time code and then sends its bearer token with every request. Request bodies
may be gzip-compressed (`Content-Encoding: gzip`). Every refusal is a 4xx whose JSON body is
`{"protocol": 1, "error": "<what is wrong>"}`; the public page `/v/{code}` answers in HTML."""

#: Content-Encoding is HTTP's business, not a parameter: said once per body instead.
GZIP = ("May be sent gzip-compressed with `Content-Encoding: gzip`; any Content-Encoding other than gzip or "
        "identity is refused (415).")
NO_CONTROL = "^[^\\u0000-\\u001f\\u007f]*$"
UUID = {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}
SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
COUNT = {"type": "integer", "minimum": 0, "maximum": 10**MAX_DIGITS - 1}


class Error(BaseModel):
    """Every refusal (4xx) and failure (5xx): the protocol version and one message naming the problem."""

    protocol: int
    error: str
    offset: int | None = Field(None, description="Where a blob upload must continue (409, and 400 on a bad hash).")


class Township(BaseModel):
    id: int
    code: str
    name: str


class EnrollAnswer(BaseModel):
    protocol: int
    device_id: str
    token: str = Field(description="The device's bearer token; the server keeps only its hash.")
    township: Township
    fingerprint_key: str = Field(description="The township's key for citizen-ID fingerprints (64 hex digits).")


class SyncState(BaseModel):
    max_seq: int
    acked_seq: int
    cursor_version_id: str | None


class Limits(BaseModel):
    max_ops_per_push: int
    max_push_bytes: int
    max_pull_limit: int
    max_blob_bytes: int


class MetaAnswer(BaseModel):
    protocol: int
    sync_state: SyncState
    server_time: str
    server_epoch: str
    schema_versions: list[int]
    device_id: str
    reference_digest: str
    kinds_level: int = Field(description="The highest record-kind level the server knows; a client holds back "
                                          "records of kinds above it. The client names its own level in the "
                                          "X-Zwcx-Kinds-Level header (none: 1) and is sent only kinds up to it.")
    kinds: list[str] = Field(description="The record kinds of the server's level.")
    township: Township
    limits: Limits


class PushResult(BaseModel):
    op_id: str
    seq: int
    version_id: str
    status: Literal[wire.RESULTS]  # type: ignore[valid-type]
    reason: str | None = Field(None, description="Why the op was rejected.")
    current_version_id: str | None = None
    conflict: bool | None = None
    missing: list[str] | None = Field(None, description="Attachments to upload before pushing again.")


class PushAnswer(BaseModel):
    protocol: int
    batch_id: str
    results: list[PushResult] = Field(description="One per op, in order; stops after a `need_blobs`.")
    acked_through_seq: int


class MissingAnswer(BaseModel):
    protocol: int
    missing: list[str] = Field(description="The asked version ids this township does not hold.")


class RecordState(BaseModel):
    current_version_id: str
    conflict: bool
    deleted: bool
    heads: list[str]


class PullItem(BaseModel):
    seq: int
    record_id: str
    kind: str
    version_id: str
    version: int
    base_version_id: str | None
    merge_parent_id: str | None
    content_hash: str
    deleted: bool
    device_id: str
    created_by: str
    doc: dict[str, Any]


class PullAnswer(BaseModel):
    protocol: int
    cursor: int
    more: bool
    server_epoch: str
    records: dict[str, RecordState]
    max_seq: int
    versions_digest: str
    items: list[PullItem]


class VerifyAnswer(BaseModel):
    protocol: int
    township: str
    records: int
    deleted: int
    conflicts: int
    versions: int
    records_digest: str
    versions_digest: str


class ReferenceAnswer(BaseModel):
    protocol: int
    reference: dict[str, list[Any]]


class TownshipClocks(BaseModel):
    document: dict[str, Any] = Field(description="The township's clock presets: the channels its office replaced.")
    edited_at: str = Field(description="When its administrator saved them (UTC).")


class TownshipClocksAnswer(TownshipClocks):
    protocol: int


class TownshipClocksConflict(BaseModel):
    protocol: int
    error: str
    current: TownshipClocks = Field(description="The later edit the server keeps.")


class BlobAnswer(BaseModel):
    protocol: int
    status: Literal["partial", "stored"]
    offset: int


class HealthAnswer(BaseModel):
    status: Literal["ok"]
    protocol: int


class ReadyAnswer(BaseModel):
    """Ready ("ok", 200) or not ("unavailable", 503) with the reason; never a credential."""

    status: Literal["ok", "unavailable"]
    schema_: str | None = Field(None, alias="schema", description="The database's schema revision.")
    expected: str | None = Field(None, description="The revision this code expects (when they differ).")
    database: str | None = None
    error: str | None = None
    hint: str | None = None


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries for the error object under these statuses, and under any other 4xx."""
    why = {400: "Malformed request (the message names the problem).",
           401: "No or unknown device token.", 403: "Revoked device.", 404: "Not found.",
           409: "The upload must continue at another offset.", 413: "Body larger than the limit.",
           415: "Content-Encoding other than gzip or identity.", 503: "Busy with the same operations; retry."}
    out: dict[int | str, dict[str, Any]] = {s: {"model": Error, "description": why[s]} for s in statuses}
    out["4XX"] = {"model": Error, "description": "Any other refusal."}
    return out


def json_body(schema: dict[str, Any], *headers: dict[str, Any]) -> dict[str, Any]:
    """`openapi_extra` for a JSON request body the handler reads itself, with the headers it reads."""
    return {"requestBody": {"required": True, "description": GZIP,
                            "content": {"application/json": {"schema": schema}}},
            "parameters": list(headers)}


def query(name: str, description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema or COUNT}


ENROLL_BODY = {"type": "object", "required": ["code"], "properties": {
    "code": {"type": "string", "pattern": "^[0-9A-Fa-f]{6}-[0-9A-Fa-f]{6}-[0-9A-Fa-f]{6}$",
             "description": "The one-time enrolment code printed by the administrator (surrounding white space "
                            "and case are ignored)."},
    "fingerprint_key": {"type": "string", "pattern": "^[0-9a-fA-F]{64}$",
                        "description": "The device's own key, adopted by a township that has none yet."}}}

OP = {"type": "object", "required": ["op_id", "seq", "op", "kind", "record_id", "version_id", "version",
                                     "content_hash", "doc"], "properties": {
    "op_id": UUID, "seq": {"type": "integer", "minimum": 1, "maximum": wire.MAX_SEQ},
    "op": {"type": "string", "enum": ["upsert", "delete"]}, "kind": {"type": "string", "enum": list(KINDS)},
    "record_id": UUID, "version_id": UUID, "base_version_id": {"anyOf": [UUID, {"type": "null"}]},
    "merge_parent_id": {"anyOf": [UUID, {"type": "null"}]},
    "version": {"type": "integer", "minimum": 1, "maximum": wire.MAX_VERSION}, "content_hash": SHA256,
    "doc": {"type": "object", "description": "The record document; its canonical JSON hashes to content_hash."},
    "created_by": {"type": "string", "maxLength": 64, "pattern": NO_CONTROL},
    "created_at": {"type": "string", "maxLength": 40, "pattern": NO_CONTROL},
    "blobs": {"type": "array", "items": SHA256}, "resend": {"type": "boolean"},
    "device_id": {"anyOf": [UUID, {"type": "null"}], "description": "The author of a resent version."}}}

PUSH_BODY = {"type": "object", "required": ["batch_id", "ops"], "properties": {
    "batch_id": UUID, "ops": {"type": "array", "maxItems": wire.MAX_OPS_PER_PUSH, "items": OP,
                              "description": "In increasing seq order, each op_id once."}}}

MISSING_BODY = {"type": "object", "required": ["version_ids"], "properties": {
    "version_ids": {"type": "array", "maxItems": wire.MAX_MISSING_IDS, "items": UUID},
    "acked_seq": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": wire.MAX_SEQ}, {"type": "null"}]}}}

TOWNSHIP_CLOCKS_BODY = {"type": "object", "required": ["document", "edited_at"], "properties": {
    "document": {"type": "object", "propertyNames": {"enum": [n for c in SupervisionChannel for n in (c.value, c.zh)]},
                 "additionalProperties": {"type": "array", "items": {"type": "object"}},
                 "description": "One list of clocks per channel the office replaced (the `supervision_clocks` "
                                "document of the reference data); {} for none."},
    "edited_at": {"type": "string", "maxLength": 40, "format": "date-time",
                  "description": "When the administrator saved it, with its zone, at most an hour after the server's time; "
                                 "the latest edit wins."}}}

IDEMPOTENCY_KEY = {"name": "Idempotency-Key", "in": "header", "required": True, "schema": UUID,
                   "description": "The body's batch_id."}

UPLOAD_OFFSET = {"Upload-Offset": {"description": "Bytes of this file the server holds.",
                                   "schema": {"type": "integer", "minimum": 0}}}

BLOB_PUT = {
    "parameters": [
        query("offset", "Where these bytes start (without Content-Range; default 0)."),
        query("total", "The file's full size (without Content-Range; default the body's size)."),
        {"name": "Content-Range", "in": "header", "required": False, "description": "bytes START-END/TOTAL",
         "schema": {"type": "string", "pattern": "^bytes [0-9]{1,18}-[0-9]{1,18}/[0-9]{1,18}$"}}],
    "requestBody": {"required": True, "description": GZIP, "content": {"application/octet-stream": {
        "schema": {"type": "string", "format": "binary", "maxLength": wire.MAX_BLOB_BYTES}}}}}


#: A printed verification code as typed or scanned: 6 to 32 of a-z and 2-7 in any case, hyphens anywhere.
VERIFY_CODE = {"pattern": "^-*(?:[A-Za-z2-7]-*){6,32}$"}


def strip_unused(doc: dict[str, Any]) -> dict[str, Any]:
    """FastAPI's own request validation answers 400 here (see app.py), never its default 422."""
    for path in doc.get("paths", {}).values():
        for operation in path.values():
            default = operation.get("responses", {}).get("422", {})
            if "HTTPValidationError" in json.dumps(default):  # an operation's own 422 stays
                operation["responses"].pop("422")
    schemas = doc.get("components", {}).get("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    return doc
