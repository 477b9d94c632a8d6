"""A small thread-safe least-recently-used map, for the console's per-worker caches."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any


class Cache:
    """At most `size` values by key, the least recently used dropped first."""

    def __init__(self, size: int = 4096) -> None:
        self.size, self._d, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, key: tuple) -> Any:
        with self._lock:
            v = self._d.get(key)
            if v is not None:
                self._d.move_to_end(key)
            return v

    def put(self, key: tuple, value: Any) -> None:
        with self._lock:
            self._d[key] = value
            while len(self._d) > self.size:
                self._d.popitem(last=False)
