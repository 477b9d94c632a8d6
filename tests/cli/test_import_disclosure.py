"""`zwcx import services … --disclosure ID`: every imported record is linked to the roster notice, as the import
wizard's "link to the roster notice" does; a notice that takes no records refuses the import before anything is
written."""

from __future__ import annotations

from tests.io.conftest import service_docs, zwcx  # noqa: F401 - the fixture
from tests.io.rosters import roster_rows, write_xlsx

OPTS = ("--area", "养老", "--policy", "高龄津贴", "--period", "2026-03")


def _notice(data_dir, personal: bool = True) -> str:
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import Actor

    app = App(data_dir)
    try:
        return app.records.create("disclosure", {
            "unit_id": app.home_unit_id(), "kind": "service", "title": "关于2026年3月高龄津贴发放对象的公示",
            "body": "现将名单公示如下。", "formed_date": "2026-03-02", "contains_personal_data": personal},
            Actor("admin", Role.ADMIN, "admin"))
    finally:
        app.close()


def test_the_imported_records_are_linked_to_the_notice(zwcx, tmp_path, data_dir):  # noqa: F811
    notice = _notice(data_dir)
    f = write_xlsx(tmp_path / "名单.xlsx", roster_rows(4))
    code, out, err = zwcx("import", "services", f, *OPTS, "--disclosure", notice)
    assert code == 0, err
    assert out.strip().endswith(f"imported 4 service records, linked to the roster notice {notice}")
    assert [d.get("disclosure_id") for d in service_docs(data_dir)] == [notice] * 4


def test_a_notice_without_a_roster_refuses_the_import(zwcx, tmp_path, data_dir):  # noqa: F811
    plain = _notice(data_dir, personal=False)
    f = write_xlsx(tmp_path / "名单.xlsx", roster_rows(3))
    code, out, err = zwcx("import", "services", f, *OPTS, "--disclosure", plain)
    assert code != 0 and "does not contain personal data" in err
    code, out, err = zwcx("import", "services", f, *OPTS, "--disclosure", "no-such-id", "--dry-run")
    assert code != 0 and "no disclosure with id no-such-id" in err
    assert service_docs(data_dir) == []


def test_disclosure_is_for_rosters_only(zwcx, tmp_path, data_dir):  # noqa: F811
    f = write_xlsx(tmp_path / "名单.xlsx", roster_rows(1))
    code, out, err = zwcx("import", "contracts", f, "--disclosure", "x")
    assert code != 0 and "--disclosure are for rosters" in err
