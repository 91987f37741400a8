"""Every seeded text comes in each locale netwise ships: a walker that names the texts that do not."""

import re
from typing import Any

from sqlalchemy import JSON, MetaData, select
from sqlalchemy.ext.asyncio import AsyncSession

SEED_LOCALES = ("en", "sv", "nb", "da", "nl")
_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# A dict is a localised text when every key is a language tag and one of them names a language we know; a plain
# object such as {"id": "a", "text": …} has keys that are not tags.
_LANGUAGES = {*SEED_LOCALES, "no", "nn", "fi", "de", "fr", "es", "is", "pl"}


def _localised(value: dict[Any, Any]) -> bool:
    return bool(value) and all(isinstance(k, str) and _TAG.match(k) for k in value) \
        and any(k.split("-")[0] in _LANGUAGES for k in value)


def missing_locales(value: Any, path: str = "") -> list[str]:
    """`path: missing nb, da` for each localised text below `value` that lacks a locale or has an empty one."""
    found: list[str] = []
    if isinstance(value, dict):
        if _localised(value):
            have = {k.split("-")[0] for k, text in value.items() if text}
            missing = [loc for loc in SEED_LOCALES if loc not in have]
            if missing:
                found.append(f"{path or '.'}: missing {', '.join(missing)}")
        for key, inner in value.items():
            found += missing_locales(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += missing_locales(inner, f"{path}[{index}]")
    return found


async def localised_texts_in(session: AsyncSession, metadata: MetaData, org_id: str) -> tuple[int, list[str]]:
    """(localised texts found, problems) over every JSON column of every row of the organisation's tables."""
    texts, problems = 0, []
    for table in metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, JSON)]
        if not columns or "org_id" not in table.c:
            continue
        for row in (await session.execute(select(*columns).where(table.c.org_id == org_id))).all():
            for column, value in zip(columns, row, strict=True):
                texts += _count(value)
                problems += missing_locales(value, f"{table.name}.{column.name}")
    return texts, problems


def _count(value: Any) -> int:
    if isinstance(value, dict):
        return int(_localised(value)) + sum(_count(v) for v in value.values())
    if isinstance(value, list):
        return sum(_count(v) for v in value)
    return 0
