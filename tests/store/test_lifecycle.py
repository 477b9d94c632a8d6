"""Every lifecycle transition, allowed and refused, for every kind and role."""

from __future__ import annotations

import itertools

import pytest

from zwcx_core.domain.enums import Role
from zwcx_core.domain.lifecycle import LIFECYCLES, IllegalTransition, NotPermitted

CASES = [(kind, a, b) for kind, lc in LIFECYCLES.items() for a, b in itertools.product(lc.states, lc.states)]


@pytest.mark.parametrize(("kind", "current", "target"), CASES, ids=[f"{k}:{a}->{b}" for k, a, b in CASES])
def test_every_pair(kind, current, target):
    lc = LIFECYCLES[kind]
    roles = lc.transitions.get((current, target))
    if roles is None:
        with pytest.raises(IllegalTransition) as exc:
            lc.check(current, target)
        assert current.value in str(exc.value) and target.value in str(exc.value)
        assert current.zh in str(exc.value) and target.zh in str(exc.value)
        return
    for role in Role:
        if role in roles:
            assert lc.check(current, target, role) == target
        else:
            with pytest.raises(NotPermitted) as exc:
                lc.check(current, target, role)
            assert role.value in str(exc.value)


def test_admin_may_do_everything_a_reviewer_may():
    for lc in LIFECYCLES.values():
        for roles in lc.transitions.values():
            assert Role.ADMIN in roles


def test_clerk_cannot_approve_or_publish():
    c = LIFECYCLES["commitment"]
    with pytest.raises(NotPermitted):
        c.check("pending_review", "published", Role.CLERK)
    d = LIFECYCLES["disclosure"]
    with pytest.raises(NotPermitted):
        d.check("pending_review", "approved", Role.CLERK)


def test_every_state_is_reachable_from_the_initial_one():
    for kind, lc in LIFECYCLES.items():
        seen, todo = {lc.initial}, [lc.initial]
        while todo:
            for t in lc.targets(todo.pop()):
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        assert seen == set(lc.states), kind


def test_chinese_names_are_accepted():
    assert LIFECYCLES["commitment"].check("草拟", "待审").value == "pending_review"
