"""The deployment examples in server/deploy/ agree with the server they deploy: the systemd unit passes
`systemd-analyze verify` and runs commands the CLI really has, with settings the server really reads; the nginx
example passes `nginx -t`, forwards to the address the unit serves on, with the headers uvicorn trusts from it,
and lets through the largest body the server takes."""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from zwcx_core import wire
from zwcx_server import asgi, cli, keys, logs, metrics

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "server" / "deploy"
UNIT = DEPLOY / "zwcx-server.service"
NGINX = DEPLOY / "nginx-zwcx.conf"
BIN = "/opt/zwcx/venv/bin/zwcx-server"


def unit_settings() -> dict[str, list[str]]:
    """The [Service] section: every value of each key, in order (systemd keys repeat)."""
    out: dict[str, list[str]] = {}
    section = None
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
        elif section == "[Service]":
            k, v = line.split("=", 1)
            out.setdefault(k, []).append(v)
    return out


def environment() -> dict[str, str]:
    return dict(v.split("=", 1) for v in unit_settings()["Environment"])


def server_command(key: str):
    """The unit's command line under `key`, parsed by the server's own argument parser."""
    (line,) = unit_settings()[key]
    argv = shlex.split(line)
    assert argv[0] == BIN, argv
    return cli.build_parser().parse_args(argv[1:])  # an unknown command or option exits: the test fails


def nginx_directives() -> list[list[str]]:
    """Each `directive args…;` of the example, comments dropped (blocks flattened)."""
    text = re.sub(r"#[^\n]*", "", NGINX.read_text(encoding="utf-8"))
    return [s.split() for s in re.split(r"[;{}]", text) if s.strip()]


def test_the_unit_runs_the_upgrade_then_serve_on_loopback():
    assert server_command("ExecStartPre").command == "upgrade"
    serve = server_command("ExecStart")
    assert serve.command == "serve" and serve.host == "127.0.0.1" and serve.tls_cert is None
    upstream = [d[1] for d in nginx_directives() if d[0] == "server" and len(d) == 2]
    assert upstream == [f"{serve.host}:{serve.port}"]
    assert environment()["FORWARDED_ALLOW_IPS"] == serve.host  # the proxy's X-Forwarded-* are believed, no one's else


def test_the_unit_gives_the_key_as_a_credential_and_sets_only_what_the_server_reads():
    s = unit_settings()
    assert s["LoadCredential"] == [f"{keys.CREDENTIAL}:/etc/zwcx/server.key"]
    env = environment()
    assert keys.KEY_ENV not in env and keys.KEY_FILE_ENV not in env
    # A misspelt variable would be ignored without a word: each one must be one the server (or uvicorn) reads.
    read = {asgi.DB_ENV, logs.FORMAT_ENV, metrics.MULTIPROC_ENV, "FORWARDED_ALLOW_IPS"}
    read |= {"ZWCX_SERVER_WORKERS"} & set(re.findall(r"ZWCX_\w+", Path(cli.__file__).read_text(encoding="utf-8")))
    assert set(env) <= read, set(env) - read
    assert logs.log_format(env[logs.FORMAT_ENV]) == "json" and int(env["ZWCX_SERVER_WORKERS"]) >= 1
    # Stale samples vanish with the runtime folder at every stop.
    assert env[metrics.MULTIPROC_ENV] == "/run/" + s["RuntimeDirectory"][0]
    for hardening in ("NoNewPrivileges=yes", "ProtectSystem=strict", "PrivateTmp=yes", "Restart=on-failure"):
        k, v = hardening.split("=")
        assert s[k] == [v], hardening
    assert s["User"] == ["zwcx"]


def test_systemd_analyze_verifies_the_unit(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    # verify checks that the programs exist: point the unit at a stand-in for the installed server.
    exe = tmp_path / "zwcx-server"
    exe.write_text("#!/bin/sh\nexit 0\n")
    exe.chmod(0o755)
    unit = tmp_path / UNIT.name
    unit.write_text(UNIT.read_text(encoding="utf-8").replace(BIN, str(exe)), encoding="utf-8")
    r = subprocess.run([analyze, "verify", "--man=no", str(unit)], capture_output=True, text=True, timeout=120)
    complaints = [line for line in (r.stdout + r.stderr).splitlines() if UNIT.name in line]
    assert r.returncode == 0 and not complaints, r.stdout + r.stderr


def _size(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    return int(value[:-1]) * units[value[-1].lower()] if value[-1].isalpha() else int(value)


def test_the_proxy_passes_every_body_the_server_takes_and_sends_the_headers_it_reads():
    d = nginx_directives()
    (limit,) = [_size(x[1]) for x in d if x[0] == "client_max_body_size"]
    # Larger than any body the server takes, so the server refuses (in JSON) what is too large; not much larger.
    assert max(wire.MAX_BLOB_BYTES, wire.MAX_PUSH_BYTES) <= limit <= wire.MAX_BLOB_BYTES + 2 * 1024**2
    headers = {x[1]: x[2] for x in d if x[0] == "proxy_set_header" and len(x) == 3}
    assert headers["X-Forwarded-Proto"] == "$scheme" and headers["X-Forwarded-For"] == "$remote_addr"
    (protocols,) = [x[1:] for x in d if x[0] == "ssl_protocols"]
    assert set(protocols) <= {"TLSv1.2", "TLSv1.3"}
    assert any(x[:2] == ["add_header", "Strict-Transport-Security"] for x in d)
    text = NGINX.read_text(encoding="utf-8")
    metrics_block = text[text.index("location = /metrics"):].split("}", 1)[0]
    assert "deny all;" in metrics_block and "allow 0.0.0.0/0" not in metrics_block


def _nginx() -> str | None:
    """nginx from $ZWCX_TEST_NGINX (a binary unpacked from the distribution's package will do) or the PATH."""
    found = os.environ.get("ZWCX_TEST_NGINX") or shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    return found if found and Path(found).exists() else None


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sync.example.gov.cn")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    crt, pem = tmp_path / "zwcx.crt", tmp_path / "zwcx.key"
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
    return crt, pem


def test_nginx_accepts_the_example(tmp_path):
    nginx = _nginx()
    if nginx is None:
        pytest.skip("nginx is not installed (or set ZWCX_TEST_NGINX)")
    crt, pem = _self_signed(tmp_path)
    site = NGINX.read_text(encoding="utf-8").replace("/etc/nginx/tls/zwcx.crt", str(crt)).replace(
        "/etc/nginx/tls/zwcx.key", str(pem)).replace("/var/log/nginx/", f"{tmp_path}/")
    (tmp_path / "zwcx.conf").write_text(site, encoding="utf-8")
    temps = "\n".join(f"  {k}_temp_path {tmp_path}/{k};" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n{temps}\n  access_log off;\n  include {tmp_path}/zwcx.conf;\n}}\n", encoding="utf-8")
    r = subprocess.run([nginx, "-t", "-q", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c",
                        str(tmp_path / "nginx.conf")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_every_zwcx_server_command_of_the_guide_is_one_the_server_takes():
    guide = (DEPLOY / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", guide, re.S)
    commands = []
    for line in "\n".join(blocks).replace("\\\n", " ").splitlines():
        argv = shlex.split(line, comments=True)
        if argv and argv[0].endswith("zwcx-server") and "=" not in argv[0]:
            commands.append(argv)
    assert len(commands) >= 5, commands
    for argv in commands:
        cli.build_parser().parse_args(argv[1:])  # an unknown command or option fails the test
    drill = re.findall(r"(pg-restore-drill\.sh)\s+(\S+)\s+(\S+)\s+(\S+)", "\n".join(blocks).replace("\\\n", " "))
    assert drill and (ROOT / "scripts" / drill[0][0]).exists()
