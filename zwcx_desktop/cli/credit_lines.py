"""The 政务失信 part of `zwcx indicators` (#17): records by type and severity, 整改完成率, 修复办结率, credit
objections answered on time."""

from __future__ import annotations

import datetime as dt

from zwcx_desktop.cli.context import CliError, Context


def credit_indicators_of(ctx: Context, app, start: dt.date, end: dt.date):
    """The credit indicators of the period as the user running the command may count them (person-level records
    for the administrator only)."""
    from zwcx_core.domain.credit_rules import sees_persons
    from zwcx_desktop.store.creditfacts import credit_indicator_facts

    try:
        persons = sees_persons(ctx.actor().role)
    except CliError:
        persons = False
    with app.db.read() as s:
        return credit_indicator_facts(s, start, end, persons=persons)


def print_credit(ind) -> None:
    """The credit indicators as the tab-separated lines of `zwcx indicators`."""
    print("政务失信记录\t" + ("、".join(f"{k} {v}" for k, v in ind.by_type.items()) or "无"))
    print("失信程度\t" + ("、".join(f"{k} {v}" for k, v in ind.by_severity.items()) or "无"))
    for name, rate in (("整改完成率", ind.rectified), ("修复办结率", ind.repairs_decided),
                       ("信用异议按期答复率", ind.objections_on_time)):
        print(f"{name}\t{rate.percent_text}\t{rate.numerator}/{rate.denominator}")
