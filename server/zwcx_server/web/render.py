"""Rendering console and public pages: one Jinja2 environment with autoescape on, and the security headers every
page of web/ sends (a CSP that allows no script at all, no framing, no referrer leaving the site, nosniff)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined

HERE = Path(__file__).parent
#: No script may run; styles only from the site's own stylesheet; forms post only to the site.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "same-origin", "Cache-Control": "no-store"}
HSTS = "max-age=31536000"
#: China Standard Time, as the notices and the public page show dates.
CHINA = dt.timezone(dt.timedelta(hours=8))

ENV = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                  trim_blocks=True, lstrip_blocks=True)


def _local(value: dt.datetime | None) -> str:
    """A stored UTC time as China time, to the minute."""
    if value is None:
        return "—"
    return value.replace(tzinfo=dt.UTC).astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


ENV.filters["local"] = _local


def secure_cookie(request: Request) -> bool:
    """Whether the session cookie is marked Secure: ZWCX_CONSOLE_SECURE_COOKIE=always or never, else (auto) when
    the request came over TLS (directly, or through a proxy uvicorn trusts for X-Forwarded-Proto)."""
    mode = os.environ.get("ZWCX_CONSOLE_SECURE_COOKIE", "auto").strip().lower()
    if mode in ("always", "1", "true", "yes"):
        return True
    if mode in ("never", "0", "false", "no"):
        return False
    return request.url.scheme == "https"


def headers(request: Request) -> dict[str, str]:
    """The security headers of a web page (HSTS over TLS)."""
    h = dict(HEADERS)
    if request.url.scheme == "https":
        h["Strict-Transport-Security"] = HSTS
    return h


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page rendered from `template`, with the security headers."""
    body = ENV.get_template(template).render(request=request, **context)
    return HTMLResponse(body, status_code=status, headers=headers(request))


def redirect(request: Request, url: str) -> RedirectResponse:
    """A 303 (the browser follows it with GET, also after a POST), with the security headers."""
    return RedirectResponse(url, status_code=303, headers=headers(request))


def stylesheet(request: Request) -> Response:
    """The one stylesheet of web pages."""
    css = (HERE / "static" / "console.css").read_bytes()
    return Response(css, media_type="text/css", headers=headers(request) | {"Cache-Control": "max-age=3600"})
