"""Ids sort in creation order, even many within one millisecond (keyset pages and the docs' examples rely on it)."""

import uuid

from kit.ids import new_id


def test_ids_made_in_a_burst_sort_in_the_order_they_were_made_and_are_uuid7() -> None:
    ids = [new_id() for _ in range(5000)]  # far more than one per millisecond
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert {uuid.UUID(i).version for i in ids} == {7}
    assert {uuid.UUID(i).variant for i in ids} == {uuid.RFC_4122}
