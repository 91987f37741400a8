"""An entry of time about to be written, and the problems found with a batch of them.

The lowest of the time modules: time entries, caps and studies all check drafts, so none of them imports another
for these.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kit.problems import FieldError, Unprocessable


@dataclass
class Draft:
    """An entry about to be written, with the person's current unit and job function."""

    index: int
    person_id: str
    org_unit_id: str | None
    job_function: str | None
    work_date: date
    minutes: int
    channel: str | None
    activity: str | None
    note: str | None
    source: str


@dataclass
class Refusals:
    """Problems found per entry index; raised together so a caller fixes the whole batch in one go."""

    items: list[tuple[int, str, str]] = field(default_factory=list)

    def add(self, index: int, name: str, message: str) -> None:
        self.items.append((index, name, message))


FieldNamer = Any  # Callable[[int, str], FieldError]


def field_in_body(prefix: str | None) -> FieldNamer:
    """`entries[3].minutes` in a bulk body, `minutes` in a single one."""
    def name(index: int, attr: str) -> FieldError:
        return FieldError(field=f"{prefix}[{index}].{attr}" if prefix else attr, message="")
    return name


def raise_refusals(refusals: Refusals, namer: FieldNamer, what: str = "nothing was recorded") -> None:
    if not refusals.items:
        return
    errors = []
    for index, attr, message in sorted(refusals.items, key=lambda r: r[0]):
        error = namer(index, attr)
        errors.append(error.model_copy(update={"message": message}))
    summary = "; ".join(f"{e.field}: {e.message}" for e in errors[:5])
    raise Unprocessable(f"{summary}{' …' if len(errors) > 5 else ''} ({what})", errors=errors)
