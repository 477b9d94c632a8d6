"""Pinyin order for Chinese titles and names, without Qt: ICU sort keys through ctypes.

Code-point order puts 丁 before 阿; clerks expect the dictionary (pinyin) order of WPS and Excel. ICU's root
Chinese collation is that order. PySide6 ships ICU beside Qt (and the installer bundle keeps it), so the store
loads the same library by path without importing Qt; a system ICU (Linux) or Windows' own icu.dll are the next
choices. Sorting compares stored keys (`sort_key` columns, written with every row by rows.record_values), so an
ORDER BY over 100k records stays an index walk instead of 100k calls back into Python.

Without any ICU the key is the UTF-8 text: code-point order, as before, and still correct for ASCII.
"""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # ctypes is imported when the first key is made, not when the store's models load
    import ctypes

#: The field a kind's list is sorted by in pinyin order (its title or name), kept as a key in the `sort_key`
#: column. Objections have no short title (their content is free text), so they have no key.
SORT_FIELD = {"unit": "name", "commitment": "title", "disclosure": "title", "service": "beneficiary_name",
              "contract": "title", "lawsuit": "counterparty", "dishonesty": "title", "supervision": "title"}

#: The column that holds the key, in every table of a kind in SORT_FIELD.
SORT_COLUMN = "sort_key"

_lock = threading.Lock()
_collator: _Icu | None | bool = False  # False: not tried yet; None: no ICU here


class _Icu:
    """One opened ICU collator for Chinese (pinyin) with its getSortKey function."""

    def __init__(self, i18n: ctypes.CDLL, suffix: str, version: str) -> None:
        import ctypes

        open_ = getattr(i18n, f"ucol_open{suffix}")
        open_.restype = ctypes.c_void_p
        open_.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
        err = ctypes.c_int(0)
        self.handle = open_(b"zh", ctypes.byref(err))
        # ICU error codes above zero are failures; below zero are warnings (a fallback locale), which are fine.
        if not self.handle or err.value > 0:
            raise OSError(f"ucol_open failed ({err.value})")
        self.get_key = getattr(i18n, f"ucol_getSortKey{suffix}")
        self.get_key.restype = ctypes.c_int32
        self.get_key.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32]
        self.name = f"icu-{version or 'system'}-zh"

    def key(self, text: str) -> bytes:
        import ctypes

        units = text.encode("utf-16-le")
        size = 4 * len(text) + 16
        while True:
            buf = ctypes.create_string_buffer(size)
            n = self.get_key(self.handle, units, len(units) // 2, buf, size)
            if n <= size:
                return buf.raw[:max(n - 1, 0)]  # without the terminating zero byte ICU counts
            size = n


def _candidates() -> list[tuple[Path | str, Path | str | None, str]]:
    """(i18n library, common library to load first or None, ICU major version or "") in order of preference."""
    import ctypes.util
    import importlib.util

    out: list[tuple[Path | str, Path | str | None, str]] = []
    spec = importlib.util.find_spec("PySide6")  # locates the package without importing Qt
    folders = [Path(p) / "Qt" / "lib" for p in ((spec.submodule_search_locations or []) if spec else [])]
    if getattr(sys, "frozen", False):  # the installer bundle: PyInstaller keeps Qt's libraries in both places
        folders += [Path(sys._MEIPASS) / "PySide6" / "Qt" / "lib", Path(sys._MEIPASS)]
    for lib in folders:
        for i18n in sorted(lib.glob("libicui18n.so.*")) + sorted(lib.glob("libicui18n.*.dylib")):
            version = re.search(r"(\d+)", i18n.name.replace("libicui18n", "")).group(1)
            common = next(iter(sorted(lib.glob(f"libicuuc*{version}*"))), None)
            out.append((i18n, common, version))
    if sys.platform == "win32":
        out.append(("icu.dll", None, ""))  # Windows 10 1903 and later: one DLL, unversioned names
    else:
        found = ctypes.util.find_library("icui18n")
        if found:
            m = re.search(r"(\d+)", found.replace("icui18n", ""))
            out.append((found, ctypes.util.find_library("icuuc"), m.group(1) if m else ""))
    return out


def _open() -> _Icu | None:
    import ctypes

    for i18n, common, version in _candidates():
        try:
            if common is not None:
                ctypes.CDLL(str(common), mode=ctypes.RTLD_GLOBAL)
            lib = ctypes.CDLL(str(i18n))
            for suffix in ([f"_{version}"] if version else []) + [""]:
                if hasattr(lib, f"ucol_open{suffix}"):
                    return _Icu(lib, suffix, version)
        except OSError:
            continue
    return None


def _icu() -> _Icu | None:
    global _collator
    if _collator is False:
        with _lock:
            if _collator is False:
                _collator = _open()
    return _collator  # type: ignore[return-value]


def collator_name() -> str:
    """Which order the keys follow ("icu-73-zh", or "codepoint" without ICU): keys of two names do not mix."""
    icu = _icu()
    return icu.name if icu else "codepoint"


def sort_key(text: str | None) -> bytes | None:
    """The key that orders `text` in pinyin order (None for no text)."""
    if text is None:
        return None
    icu = _icu()
    if icu is None:
        return text.encode("utf-8")
    with _lock:  # one collator object: ICU's C functions on one UCollator are not promised to be reentrant
        return icu.key(text)


def sort_values(kind: str, doc: dict) -> dict[str, bytes | None]:
    """The derived sort-key column of a document of `kind` (empty for kinds without one)."""
    name = SORT_FIELD.get(kind)
    if name is None:
        return {}
    v = doc.get(name)
    return {SORT_COLUMN: sort_key(v if isinstance(v, str) else None)}
