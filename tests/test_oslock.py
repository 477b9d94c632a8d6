"""The OS file lock behind 'one sync per data folder': exclusive across opens and processes, freed on exit."""

from __future__ import annotations

import pytest

from zwcx_desktop.oslock import Busy, exclusive


def test_a_second_holder_is_refused_until_the_first_lets_go(tmp_path):
    path = tmp_path / "sub" / "x.lock"
    with exclusive(path):
        with pytest.raises(Busy, match="locked by another process"), exclusive(path):
            pass
    with exclusive(path):  # released on leaving the block
        pass


def test_the_lock_is_freed_when_the_block_raises(tmp_path):
    path = tmp_path / "x.lock"
    with pytest.raises(RuntimeError), exclusive(path):
        raise RuntimeError("the round failed")
    with exclusive(path):
        pass
