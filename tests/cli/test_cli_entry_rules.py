"""`zwcx add` and `zwcx user add` refuse what the entry rules refuse with one line naming the field and the rule,
never a traceback and never the value typed."""

from __future__ import annotations

import json

from tests.cli.test_cli import cli, one_error_line  # noqa: F401 - the fixture is shared with the main CLI tests

SERVICE = {"service_area": "elderly", "policy": "高龄津贴", "beneficiary_name": "王伟"}


def _add(cli, payload: dict, raw: str | None = None):  # noqa: F811
    return cli("add", "service", "--json", "-", stdin=raw or json.dumps(SERVICE | payload, ensure_ascii=False))


def test_each_rule_is_one_line_naming_the_field(cli):  # noqa: F811
    cases = [
        ({"amount": "-120.00"}, "amount: must not be negative; a refund or correction is recorded as an entry of its own"),
        ({"amount": 1e308}, "amount: is too large; amounts must be below 1,000,000,000,000 yuan"),
        ({"delivery_date": "9999-12-31"}, "delivery_date: is more than 31 days after today"),
        ({"delivery_date": "1900-01-01"}, "delivery_date: is before 1949-10-01; check the year"),
        ({"status": "paid"}, "status: is set by the rules and cannot be entered"),
        ({"colour": "red"}, "colour: is not a field of this record"),
        ({"beneficiary_name": "王\u0000伟"}, "beneficiary_name: contains U+0000, a control or text-direction"),
        ({"beneficiary_name": "王\u202e伟"}, "beneficiary_name: contains U+202E (RIGHT-TO-LEFT OVERRIDE), a control"),
    ]
    for payload, expected in cases:
        code, out, err = _add(cli, payload)
        line = one_error_line(err)
        assert code == 1 and out == "" and expected in line, (payload, line)
        assert not any(v in line for v in ("王", "9999", "1900", "-120", "1e+308", "paid"))  # never the value
    assert cli("list", "services", "--json")[1].count('"id"') == 0  # nothing was saved


def test_json_infinity_and_nan_are_one_line_not_a_traceback(cli):  # noqa: F811
    """Python's json reads Infinity, -Infinity and NaN as floats; decimal then raised InvalidOperation."""
    for literal in ("Infinity", "-Infinity", "NaN", "1e308"):
        raw = json.dumps(SERVICE, ensure_ascii=False)[:-1] + f', "amount": {literal}}}'
        code, out, err = _add(cli, {}, raw)
        line = one_error_line(err)
        assert code == 1 and line.startswith("zwcx: error: invalid service: amount: is "), (literal, line)


def test_user_names_with_direction_overrides_are_refused(cli):  # noqa: F811
    code, out, err = cli("user", "add", "adm\u202eni", "--role", "clerk", "--password-stdin", stdin="secret-pass-2\n")
    line = one_error_line(err)
    assert code == 1 and "the user name contains U+202E (RIGHT-TO-LEFT OVERRIDE)" in line and "adm" not in line
    code, out, err = cli("user", "add", "clerk2", "--role", "clerk", "--display-name", "王\x00伟", "--password-stdin",
                         stdin="secret-pass-2\n")
    assert code == 1 and "the display name contains U+0000" in one_error_line(err)
