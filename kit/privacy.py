"""Small groups are never exposed: aggregates over fewer people than the organisation's minimum are dropped."""

from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Suppression(BaseModel):
    """Says, in every aggregate response, what was held back and why."""

    min_group_size: int = Field(description="Groups with fewer people than this are not shown.")
    suppressed_groups: int = Field(description="How many groups were left out for being too small.")


def suppress_small_groups(groups: Sequence[T], people: Callable[[T], int],
                          min_group_size: int) -> tuple[list[T], Suppression]:
    """Keeps the groups with at least `min_group_size` distinct people."""
    kept = [g for g in groups if people(g) >= min_group_size]
    return kept, Suppression(min_group_size=min_group_size, suppressed_groups=len(groups) - len(kept))
