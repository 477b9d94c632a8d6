"""The server key: each township's fingerprint key is kept sealed (AES-256-GCM) under a key that lives outside
the database (a file, an environment variable or a systemd credential), so a copy of the database alone does not
give away the key that citizen ID fingerprints are made with.

A check value in `server_meta` (a constant sealed under the server key) tells at start-up whether the key given is
this database's, so a wrong key is refused before it could seal or open anything. Each sealed township key is bound
to its township id (associated data), so it cannot be moved to another township's row unnoticed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import stat
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, update

from zwcx_server.models import ServerMeta, Township

KEY_ENV = "ZWCX_SERVER_KEY"
KEY_FILE_ENV = "ZWCX_SERVER_KEY_FILE"
#: Name of the systemd credential (LoadCredential=zwcx-server-key:/etc/zwcx/server.key).
CREDENTIAL = "zwcx-server-key"
CHECK_META = "server_key_check"
_FORMAT = "1"
_CHECK_PLAIN = b"zwcx server key check"
_HELP = "see 'Server key' in server/zwcx_server/README.md"
MISSING = ("no server key: create one with 'zwcx-server new-key /etc/zwcx/server.key', then give it with "
           f"--key-file, {KEY_FILE_ENV}, {KEY_ENV} or the systemd credential {CREDENTIAL} ({_HELP})")


class ServerKeyError(ValueError):
    """The server key is missing, unreadable, malformed or not this database's (one line, no key material)."""


class ServerKey:
    """A 256-bit key; `key_id` names it in messages and stored values without revealing it."""

    __slots__ = ("_aead", "_raw_text", "key_id")

    def __init__(self, raw: bytes) -> None:
        if len(raw) != 32:
            raise ServerKeyError(f"a server key has 32 bytes, not {len(raw)}")
        self._aead = AESGCM(raw)
        self.key_id = hmac.new(raw, b"zwcx server key id", hashlib.sha256).hexdigest()[:8]
        self._raw_text = base64.urlsafe_b64encode(raw).decode("ascii")

    def __repr__(self) -> str:
        return f"ServerKey(id={self.key_id})"

    @classmethod
    def generate(cls) -> ServerKey:
        """A new random key."""
        return cls(os.urandom(32))

    @classmethod
    def from_text(cls, text: str, source: str) -> ServerKey:
        """The key written as text (URL-safe base64 of 32 bytes, as `new-key` writes it); `source` names where
        it came from in the error message."""
        try:
            raw = base64.urlsafe_b64decode(text.strip().encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raw = b""
        if len(raw) != 32:
            raise ServerKeyError(f"{source} does not hold a server key (44 characters of base64 made by "
                                 f"'zwcx-server new-key'); {_HELP}")
        return cls(raw)

    def text(self) -> str:
        """The key as the text a key file or ZWCX_SERVER_KEY holds."""
        return self._raw_text

    def _seal(self, plain: bytes, aad: bytes) -> str:
        nonce = os.urandom(12)
        sealed = base64.b64encode(nonce + self._aead.encrypt(nonce, plain, aad)).decode("ascii")
        return f"{_FORMAT}:{self.key_id}:{sealed}"

    def _open(self, value: str, aad: bytes, what: str) -> bytes:
        fmt, key_id, sealed = (value.split(":", 2) + ["", ""])[:3]
        if fmt != _FORMAT:
            raise ServerKeyError(f"{what} is stored in an unknown format")
        if key_id != self.key_id:
            raise ServerKeyError(f"{what} is sealed under server key {key_id}, not under the key given "
                                 f"({self.key_id}); give the key this database was sealed with ({_HELP})")
        try:
            blob = base64.b64decode(sealed.encode("ascii"), validate=True)
            return self._aead.decrypt(blob[:12], blob[12:], aad)
        except (InvalidTag, binascii.Error, ValueError):
            raise ServerKeyError(f"{what} does not open with server key {self.key_id}: the stored value or the "
                                 f"key file was altered ({_HELP})") from None

    def seal_township_key(self, township_id: int, fingerprint_key: str) -> str:
        """Seal a township's fingerprint key (64 hex characters) for storing in its row."""
        return self._seal(bytes.fromhex(fingerprint_key), _township_aad(township_id))

    def open_township_key(self, township_id: int, sealed: str) -> str:
        """The fingerprint key (64 lowercase hex characters) sealed in a township's row."""
        return self._open(sealed, _township_aad(township_id), f"township {township_id}'s fingerprint key").hex()

    def check_value(self) -> str:
        """A value stored once per database that only this key opens."""
        return self._seal(_CHECK_PLAIN, CHECK_META.encode())

    def verify_check_value(self, value: str) -> None:
        """Refuse (ServerKeyError) unless `value` was made by this key."""
        if self._open(value, CHECK_META.encode(), "this database") != _CHECK_PLAIN:
            raise ServerKeyError(f"this database does not belong to server key {self.key_id} ({_HELP})")


def _township_aad(township_id: int) -> bytes:
    return f"zwcx township {int(township_id)} fingerprint key".encode()


# ---------------------------------------------------------------------------------------------- where keys live


def load_file(path: str | os.PathLike) -> ServerKey:
    """The key in a key file; refuses a file that other users of the machine may read."""
    p = Path(path).expanduser()
    try:
        st = p.stat()
        if stat.S_ISREG(st.st_mode) and st.st_mode & 0o007:
            raise ServerKeyError(f"the server key file {p} may be read by every user of this machine; "
                                 f"chmod 600 {p} (or 640 for the server's group)")
        text = p.read_text(encoding="ascii")
    except FileNotFoundError:
        raise ServerKeyError(f"no server key file at {p}; create it with 'zwcx-server new-key {p}'") from None
    except PermissionError:
        raise ServerKeyError(f"the server key file {p} cannot be read by this user") from None
    except IsADirectoryError:
        raise ServerKeyError(f"the server key file {p} is a folder") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ServerKeyError(f"the server key file {p} cannot be read ({type(exc).__name__})") from None
    return ServerKey.from_text(text, f"the server key file {p}")


def resolve(key_file: str | None = None, environ: dict[str, str] | None = None) -> ServerKey | None:
    """The server key from, in this order: `key_file` (--key-file), $ZWCX_SERVER_KEY_FILE, $ZWCX_SERVER_KEY,
    the systemd credential `zwcx-server-key` ($CREDENTIALS_DIRECTORY); None when none is given."""
    env = os.environ if environ is None else environ
    key_file = key_file or env.get(KEY_FILE_ENV)
    if key_file:
        return load_file(key_file)
    if env.get(KEY_ENV):
        return ServerKey.from_text(env[KEY_ENV], f"${KEY_ENV}")
    creds = env.get("CREDENTIALS_DIRECTORY")
    if creds and (Path(creds) / CREDENTIAL).is_file():
        return load_file(Path(creds) / CREDENTIAL)
    return None


def require(key_file: str | None = None) -> ServerKey:
    """Like `resolve`, but a missing key is refused with the one line that says how to give one."""
    key = resolve(key_file)
    if key is None:
        raise ServerKeyError(MISSING)
    return key


def write_new(path: str | os.PathLike) -> ServerKey:
    """Create a key file (mode 0600) with a new random key; never overwrites one."""
    p = Path(path).expanduser()
    key = ServerKey.generate()
    try:
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ServerKeyError(f"{p} already exists; a server key is never overwritten (to change keys: "
                             "new-key to a new file, then rotate-key)") from None
    except OSError as exc:
        raise ServerKeyError(f"cannot create {p} ({exc.strerror})") from None
    with os.fdopen(fd, "w", encoding="ascii") as f:
        os.fchmod(f.fileno(), 0o600)
        f.write(key.text() + "\n")
        f.flush()
        os.fsync(f.fileno())
    return key


# ---------------------------------------------------------------------------------------------- the database


def bind(conn, key: ServerKey) -> None:
    """Check that `key` is this database's (refuse otherwise); a database that has none yet takes it, once every
    township key already sealed in it has been opened with it. `conn` is a Connection or Session in a write
    transaction."""
    stored = conn.execute(select(ServerMeta.value).where(ServerMeta.key == CHECK_META)).scalar_one_or_none()
    if stored is not None:
        key.verify_check_value(stored)
        return
    for tid, sealed in conn.execute(select(Township.id, Township.fingerprint_key_sealed)
                                    .where(Township.fingerprint_key_sealed.is_not(None))):
        key.open_township_key(tid, sealed)
    conn.execute(ServerMeta.__table__.insert().values(key=CHECK_META, value=key.check_value()))


def verify(conn, key: ServerKey) -> None:
    """Refuse unless `key` is the one this database is bound to (a running server whose key was rotated)."""
    stored = conn.execute(select(ServerMeta.value).where(ServerMeta.key == CHECK_META)).scalar_one_or_none()
    if stored is None:
        raise ServerKeyError(f"this database has no server key yet; start the server with one ({_HELP})")
    key.verify_check_value(stored)


def rotate(db, old: ServerKey, new: ServerKey) -> int:
    """Re-seal every township key under `new` in one transaction; returns how many. A wrong `old` key changes
    nothing. Stop the server first: a server still running with the old key refuses enrolments afterwards."""
    if new.key_id == old.key_id:
        raise ServerKeyError("the new server key is the current one; make a new one with 'zwcx-server new-key'")
    with db.write() as s:
        rows = s.execute(select(Township.id, Township.fingerprint_key_sealed)
                         .where(Township.fingerprint_key_sealed.is_not(None)).with_for_update()).all()
        check = s.execute(select(ServerMeta).where(ServerMeta.key == CHECK_META).with_for_update()).scalar_one_or_none()
        if check is None:
            bind(s, old)
            check = s.get(ServerMeta, CHECK_META)
        old.verify_check_value(check.value)
        for tid, sealed in rows:
            s.execute(update(Township).where(Township.id == tid)
                      .values(fingerprint_key_sealed=new.seal_township_key(tid, old.open_township_key(tid, sealed))))
        check.value = new.check_value()
    return len(rows)
