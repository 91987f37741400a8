"""`Idempotency-Key` for POSTs that integrations retry: same key and body replays, another body is a 422."""

import hashlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from sqlalchemy import JSON, Column, Integer, MetaData, String, Table, insert, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.db import UTCDateTime
from kit.ids import utcnow
from kit.problems import Unprocessable

HEADER = "Idempotency-Key"
IDEMPOTENCY_TABLE = "idempotency_keys"


def idempotency_table(metadata: MetaData) -> Table:
    return Table(
        IDEMPOTENCY_TABLE,
        metadata,
        Column("org", String(64), primary_key=True),
        Column("subject", String(64), primary_key=True),
        Column("key", String(255), primary_key=True),
        Column("fingerprint", String(64), nullable=False),
        Column("status_code", Integer, nullable=False),
        Column("body", JSON, nullable=False),
        Column("created_at", UTCDateTime(), nullable=False),
    )


async def idempotent(
    session: AsyncSession,
    table: Table,
    request: Request,
    principal: Principal,
    payload: Any,
    produce: Callable[[], Awaitable[Any]],
    status_code: int = 200,
) -> JSONResponse:
    """Runs `produce` once per key; the stored response is written in the same transaction as the effect."""
    key = request.headers.get(HEADER)
    if key is None:
        return JSONResponse(jsonable_encoder(await produce()), status_code=status_code)
    if not 1 <= len(key) <= 255:
        raise Unprocessable.field(HEADER, "must be 1 to 255 characters")
    canonical = json.dumps(jsonable_encoder(payload), sort_keys=True, separators=(",", ":"))
    fingerprint = hashlib.sha256(f"{request.method} {request.url.path}\n{canonical}".encode()).hexdigest()
    stored = (await session.execute(select(table.c.fingerprint, table.c.status_code, table.c.body).where(
        table.c.org == principal.org, table.c.subject == principal.subject, table.c.key == key))).first()
    if stored is not None:
        if stored.fingerprint != fingerprint:
            raise Unprocessable.field(HEADER, "was already used with a different request; use a new key")
        return JSONResponse(stored.body, status_code=stored.status_code, headers={"Idempotent-Replayed": "true"})
    body = jsonable_encoder(await produce())
    # A concurrent request with the same key fails on the primary key at commit: a 409, never two effects.
    await session.execute(insert(table).values(org=principal.org, subject=principal.subject, key=key,
                                               fingerprint=fingerprint, status_code=status_code, body=body,
                                               created_at=utcnow()))
    return JSONResponse(body, status_code=status_code)
