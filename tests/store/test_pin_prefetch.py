"""PIN states are read a window of users at a time; every change is seen at once."""
from __future__ import annotations

from datetime import datetime


def test_states_are_prefetched_and_changes_are_never_stale(lab_store) -> None:
    users = list(lab_store.users.iterate())
    first, second = users[0], users[1]
    before = lab_store.pins.state(second.id)
    assert second.id in lab_store.pins._cache          # read with the first user's window
    lab_store.pins.lock(second.id)
    assert lab_store.pins.state(second.id).locked and not before.locked
    first_before = lab_store.pins.state(first.id)
    lab_store.pins.record_failure(first.id, at=datetime(2012, 10, 1), local_limit=10, global_limit=100)
    after = lab_store.pins.state(first.id)
    assert after.failed_global == first_before.failed_global + 1
    assert after.last_failure_time == datetime(2012, 10, 1)
    lab_store.rollback()
    assert not lab_store.pins.state(second.id).locked  # a rollback forgets the cache too
