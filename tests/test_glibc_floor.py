"""scripts/glibc-floor.py reads the GLIBC versions an ELF file needs the way the dynamic loader does: checked
against binutils' readelf on system files, and on a folder that stands in for a bundle."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "glibc-floor.py"
_spec = importlib.util.spec_from_file_location("glibc_floor", SCRIPT)
glibc_floor = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(glibc_floor)

# Files every Debian system has, each needing a different mix of versions (libstdc++ needs GLIBC and GLIBCXX
# names from its own dependencies; the interpreter's libraries are what a bundle copies).
SYSTEM_FILES = [Path(p).resolve() for p in (
    "/bin/ls", "/usr/bin/dpkg", sys.executable,
    *sorted(Path("/usr/lib/x86_64-linux-gnu").glob("libstdc++.so.6.*"))[:1],
    *sorted(Path("/usr/lib/x86_64-linux-gnu").glob("libsqlite3.so.0.*"))[:1],
) if Path(p).exists()]


def _readelf_versions(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-V", "--wide", str(path)], capture_output=True, text=True, check=True).stdout
    needs = out.split("Version needs section", 1)
    return set(re.findall(r"Name: (\S+)\s+Flags", needs[1])) if len(needs) == 2 else set()


@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils' readelf is the reference")
@pytest.mark.parametrize("path", SYSTEM_FILES, ids=lambda p: p.name)
def test_the_versions_needed_are_those_readelf_lists(path):
    assert glibc_floor.needed_versions(path) == _readelf_versions(path)


def test_system_files_need_some_glibc_version():
    assert len(SYSTEM_FILES) >= 3
    for path in SYSTEM_FILES:
        assert glibc_floor.highest(glibc_floor.needed_versions(path), "GLIBC"), path


def test_versions_compare_as_numbers_not_text():
    names = {"GLIBC_2.9", "GLIBC_2.17", "GLIBC_2.2.5", "GLIBCXX_3.4.29", "GLIBCXX_3.4.9", "CXXABI_1.3.13"}
    assert glibc_floor.highest(names, "GLIBC") == "2.17"
    assert glibc_floor.highest(names, "GLIBCXX") == "3.4.29"
    assert glibc_floor.highest({"CXXABI_1.3"}, "GLIBC") is None


def test_a_file_that_is_not_elf_is_told_apart(tmp_path):
    (tmp_path / "notes.txt").write_text("\x7fEL but not quite")
    with pytest.raises(glibc_floor.NotElf):
        glibc_floor.needed_versions(tmp_path / "notes.txt")
    truncated = tmp_path / "cut.so"
    truncated.write_bytes(Path("/bin/ls").read_bytes()[:200])
    with pytest.raises(glibc_floor.NotElf):
        glibc_floor.needed_versions(truncated)


def _bundle(tmp_path: Path) -> tuple[Path, str]:
    """A folder shaped like a bundle: an executable, a library below it, a symbolic link and a data file."""
    bundle = tmp_path / "zwcx"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy("/bin/ls", bundle / "zwcx")
    lib = SYSTEM_FILES[-1]
    shutil.copy(lib, bundle / "_internal" / lib.name)
    (bundle / "_internal" / "link.so").symlink_to(lib.name)
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK\x03\x04")
    want = max((glibc_floor.highest(_readelf_versions(p), "GLIBC") for p in (Path("/bin/ls"), lib)),
               key=lambda v: tuple(map(int, v.split("."))))
    return bundle, want


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)


def test_the_floor_of_a_folder_is_its_highest_need(tmp_path):
    bundle, want = _bundle(tmp_path)
    assert set(glibc_floor.scan(bundle)) == {bundle / "zwcx", bundle / "_internal" / SYSTEM_FILES[-1].name}
    r = _run("--print", bundle)
    assert (r.returncode, r.stdout.strip()) == (0, want)
    r = _run(bundle)
    assert r.returncode == 0 and f"need glibc >= {want}" in r.stdout


def test_a_floor_above_the_maximum_fails_and_names_the_files(tmp_path):
    bundle, want = _bundle(tmp_path)
    assert _run("--max", want, bundle).returncode == 0
    major, minor = want.split(".")
    r = _run("--max", f"{major}.{int(minor) - 1}", bundle)
    assert r.returncode == 1 and "FAIL" in r.stderr and f"GLIBC_{want}" in r.stdout


def test_wrong_input_is_an_error_not_a_pass(tmp_path):
    (tmp_path / "empty").mkdir()
    assert _run(tmp_path / "empty").returncode == 2
    assert _run("--max", "2.31-beta", tmp_path).returncode == 2
