"""A fault-injecting TCP proxy on loopback, between the sync client and the real server.

Each accepted connection gets one behaviour, drawn at random: pass through, cut the request or the response at a
random byte offset, stall past the client's timeout, answer an HTML page with status 200 (after the server has
handled the request, so the acknowledgement is lost), or answer 500. Threads are bounded by a semaphore and every
socket has a timeout, so a broken test cannot hang the suite.
"""

from __future__ import annotations

import random
import socket
import threading
import time

HTML = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 71\r\nConnection: close\r\n\r\n"
        b"<html><body>Welcome to HotelWiFi. Please log in to continue.</body></html>"[:71])
E500 = (b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
        b"Connection: close\r\n\r\noops!")
MODES = ("pass", "cut_request", "cut_response", "stall", "html", "e500")


def _chunked_end(body: bytes) -> bool:
    """Whether `body` holds a whole chunked transfer encoding (up to the last chunk and its empty trailer)."""
    pos = 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            return False
        size = int(body[pos:eol].split(b";")[0], 16)
        if size == 0:
            return body.find(b"\r\n\r\n", eol) >= 0  # the last chunk, then (trailers and) an empty line
        pos = eol + 2 + size + 2
        if pos > len(body):
            return False


def _read_message(sock: socket.socket, is_response: bool = False, head: bool = False) -> bytes:
    """One HTTP message by Content-Length, or by chunks for a streamed answer (a pull page, a file)."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return buf
        buf += chunk
    header, _, body = buf.partition(b"\r\n\r\n")
    length, chunked = 0, False
    for line in header.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        if k.strip().lower() == b"content-length":
            length = int(v.strip())
        elif k.strip().lower() == b"transfer-encoding" and v.strip().lower() == b"chunked":
            chunked = True
    if head and is_response:
        length, chunked = 0, False
    while (not _chunked_end(body)) if chunked else len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return header + b"\r\n\r\n" + body


class FaultProxy:
    """Proxy 127.0.0.1:<port> → upstream with a fault rate in [0, 1]."""

    def __init__(self, upstream_port: int, fault_rate: float = 0.3, seed: int = 0, stall: float = 1.5,
                 modes: tuple[str, ...] = MODES[1:], max_conns: int = 32) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.fault_rate = fault_rate
        self.rng = random.Random(seed)
        self.stall = stall
        self.modes = modes
        self.sem = threading.BoundedSemaphore(max_conns)
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self._stop.set()
        self.thread.join(5)
        self.sock.close()

    def _pick(self) -> tuple[str, int]:
        with self.lock:
            mode = self.rng.choice(self.modes) if self.rng.random() < self.fault_rate else "pass"
            self.counts[mode] = self.counts.get(mode, 0) + 1
            return mode, self.rng.randint(0, 4000)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                c, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self.sem.acquire(timeout=5):
                c.close()
                continue
            threading.Thread(target=self._serve, args=(c, *self._pick()), daemon=True).start()

    def _serve(self, c: socket.socket, mode: str, offset: int) -> None:
        """One request per connection (answers carry Connection: close), so every request draws its own fate."""
        u = None
        try:
            c.settimeout(10)
            req = _read_message(c)
            if not req:
                return
            if mode == "stall":
                time.sleep(self.stall)
                return
            u = socket.create_connection(self.upstream, timeout=10)
            if mode == "cut_request":
                u.sendall(req[: min(offset, max(len(req) - 1, 0))])
                return
            if mode == "e500" and self.rng.random() < 0.5:
                c.sendall(E500)  # refused before the server saw it
                return
            u.sendall(req)
            resp = _read_message(u, is_response=True, head=req.startswith(b"HEAD "))
            if mode == "html":
                c.sendall(HTML)  # the server did the work; its answer is lost behind a portal page
            elif mode == "e500":
                c.sendall(E500)
            elif mode == "cut_response":
                c.sendall(resp[: min(offset, max(len(resp) - 1, 0))])
            else:
                c.sendall(resp.replace(b"\r\n", b"\r\nConnection: close\r\n", 1))
        except OSError:
            pass
        finally:
            for s in (c, u):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass
            self.sem.release()
