"""Which linked service records a roster notice (名单公示) lists.

A household the township decided against after an objection (不予确认), or whose payment it stopped (停发), is no
longer on the list being made public: printing it again on the re-posted notice would post a resident's name and
masked ID as a beneficiary they are not. The record stays linked to the disclosure (its history shows why it left),
it is only left off the paper and off the snapshot the verification code covers.
"""

from __future__ import annotations

from zwcx_core.domain.enums import ServiceStatus

#: Service statuses a roster notice leaves out.
OFF_ROSTER: frozenset[str] = frozenset({ServiceStatus.REJECTED.value, ServiceStatus.STOPPED.value})
