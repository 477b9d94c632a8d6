"""The refusal names the holder even in the moment between its taking the lock and writing its record."""

from __future__ import annotations

import threading
import time

import pytest

from zwcx_desktop.store import writerlock
from zwcx_desktop.store.writerlock import HOLDER_NAME, FolderBusy, WriterLock


def test_a_refusal_waits_for_the_holder_record_written_just_after_the_lock(tmp_path):
    first = WriterLock(tmp_path, "zwcx restore").acquire(wait=0)
    (tmp_path / HOLDER_NAME).unlink()  # as if the refusal came before the holder wrote its record
    timer = threading.Timer(0.15, first._record)
    timer.start()
    try:
        with pytest.raises(FolderBusy) as e:
            WriterLock(tmp_path, "zwcx import").acquire(wait=0)
    finally:
        timer.join()
        first.release()
    assert e.value.holder is not None and e.value.holder.program == "zwcx restore", str(e.value)
    assert "zwcx restore (pid " in str(e.value)


def test_a_holder_that_lets_go_meanwhile_gives_the_lock_instead_of_a_nameless_refusal(tmp_path):
    first = WriterLock(tmp_path, "zwcx restore").acquire(wait=0)
    (tmp_path / HOLDER_NAME).unlink()  # the holder is letting go: record removed, lock not yet released
    timer = threading.Timer(0.15, first.release)
    timer.start()
    try:
        second = WriterLock(tmp_path, "zwcx import").acquire(wait=0)
    finally:
        timer.join()
    assert second.held
    second.release()


def test_a_holder_without_record_is_still_refused_after_the_grace(tmp_path, monkeypatch):
    monkeypatch.setattr(writerlock, "HOLDER_RECORD_WAIT", 0.1)
    first = WriterLock(tmp_path, "zwcx restore").acquire(wait=0)
    (tmp_path / HOLDER_NAME).unlink()
    t0 = time.monotonic()
    try:
        with pytest.raises(FolderBusy) as e:
            WriterLock(tmp_path, "zwcx import").acquire(wait=0)
    finally:
        first.release()
    assert e.value.holder is None and time.monotonic() - t0 < 2
    assert "another zwcx program is writing to the data folder" in str(e.value)
