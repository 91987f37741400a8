"""Statements: storing them (with their attachments and signatures), voiding, and the queries of the Statement
Resource with their `more` pages.

A batch is stored whole or not at all: every statement is checked, every attachment matched and every id
compared with what is stored before the first row is written, and the session's transaction holds the rest.
"""

import base64
import hashlib
import json
import re
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import RSAKey
from sqlalchemy import Table, Text, and_, bindparam, exists, func, insert, or_, update
from sqlalchemy import text as sql
from sqlalchemy.orm import aliased
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import among, insert_rows, upsert_into
from kit.ids import utcnow
from kit.problems import BadRequest, Conflict, NotFound
from services.curriculum.models import XapiActivity, XapiAttachment, XapiStatement, XapiStatementRef
from services.curriculum.xapi import validation
from services.curriculum.xapi.protocol import LrsRequest, Part, json_body, json_param, media_type, parse_multipart

SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"
MAX_PAGE = 100
QUERY_PARAMS = {"agent", "verb", "activity", "registration", "related_activities", "related_agents", "since",
                "until", "limit", "format", "attachments", "ascending"}
SINGLE_PARAMS = {"statementId", "voidedStatementId", "attachments", "format"}
FORMATS = ("exact", "ids", "canonical")
ATTACHMENTS: Table = XapiAttachment.__table__  # type: ignore[attr-defined]
STATEMENTS: Table = XapiStatement.__table__  # type: ignore[attr-defined]
REFS: Table = XapiStatementRef.__table__  # type: ignore[attr-defined]
ACTIVITIES: Table = XapiActivity.__table__  # type: ignore[attr-defined]
MAX_SIGNED_PAYLOAD = 10 * 1024 * 1024  # the request body's own limit (kit.limits) bounds it first
SHA2_BY_LENGTH = {64: hashlib.sha256, 96: hashlib.sha384, 128: hashlib.sha512}


def iso(moment: datetime) -> str:
    """A stored time as the LRS writes it: UTC, milliseconds, `Z`."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def stored_now() -> datetime:
    """Now, to the millisecond the LRS shows: a `since` of a time it showed leaves out what was stored then."""
    moment = utcnow()
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


# -- identifiers of agents and activities -----------------------------------------------------------------

KEY_BYTES = 1000


def key(text: str) -> str:
    """An identifier as the indexed columns hold it: itself, or past 1000 bytes its SHA-256 (an index row in
    PostgreSQL holds at most about 2.7 kB, and xAPI sets no length on an IRI)."""
    if len(text) * 4 <= KEY_BYTES:  # no character takes more than 4 bytes in UTF-8: short enough unencoded
        return text
    raw = text.encode()
    return text if len(raw) <= KEY_BYTES else "sha256:" + hashlib.sha256(raw).hexdigest()


def ifi(actor: dict[str, Any]) -> str | None:
    """An agent's or identified group's inverse functional identifier as one comparable key."""
    if "mbox" in actor:
        return key(f"mbox:{actor['mbox']}")
    if "mbox_sha1sum" in actor:
        return key(f"mbox_sha1sum:{str(actor['mbox_sha1sum']).lower()}")
    if "openid" in actor:
        return key(f"openid:{actor['openid']}")
    if "account" in actor:
        return key(f"account:{actor['account']['homePage']}|{actor['account']['name']}")
    return None


def _actors_of(actor: dict[str, Any]) -> list[str]:
    """An agent, or an identified group and its members; an anonymous group is its members."""
    found = [value for value in [ifi(actor)] if value]
    return found + [value for member in actor.get("member", []) for value in [ifi(member)] if value]


def refs(statement: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(kind, value, direct) for every agent and activity the statement names; direct = its own actor or
    object, the rest is where the related_agents and related_activities filters reach."""
    found: list[tuple[str, str, bool]] = []

    def parts(part: dict[str, Any], direct: bool) -> None:
        found.extend(("agent", value, direct) for value in _actors_of(part["actor"]))
        target = part["object"]
        kind = target.get("objectType", "Activity")
        if kind == "Activity":
            found.append(("activity", key(target["id"]), direct))
        elif kind in ("Agent", "Group"):
            found.extend(("agent", value, direct) for value in _actors_of(target))
        elif kind == "SubStatement":
            parts(target, False)
        context = part.get("context", {})
        for name in ("instructor", "team"):
            if name in context:
                found.extend(("agent", value, False) for value in _actors_of(context[name]))
        for item in context.get("contextAgents", []):
            found.extend(("agent", value, False) for value in _actors_of(item["agent"]))
        for item in context.get("contextGroups", []):
            found.extend(("agent", value, False) for value in _actors_of(item["group"]))
        for activities in context.get("contextActivities", {}).values():
            found.extend(("activity", key(item["id"]), False) for item in activities)

    parts(statement, True)
    if "authority" in statement:
        found.extend(("agent", value, False) for value in _actors_of(statement["authority"]))
    return list(dict.fromkeys(found))


def _activities(statement: dict[str, Any]) -> list[dict[str, Any]]:
    """Every activity object in a statement, with its definition, for the Activities resource."""
    found = []
    for part in (statement, statement["object"] if statement["object"].get("objectType") == "SubStatement" else {}):
        if not part:
            continue
        if part["object"].get("objectType", "Activity") == "Activity":
            found.append(part["object"])
        for activities in part.get("context", {}).get("contextActivities", {}).values():
            found.extend(activities)
    return found


def _normalise(statement: dict[str, Any]) -> dict[str, Any]:
    """contextActivities given as one activity are stored as an array of one, as the spec asks."""
    def fix(part: dict[str, Any]) -> None:
        activities = part.get("context", {}).get("contextActivities")
        if isinstance(activities, dict):
            for kind, value in activities.items():
                if isinstance(value, dict):
                    activities[kind] = [value]
        if isinstance(part.get("object"), dict) and part["object"].get("objectType") == "SubStatement":
            fix(part["object"])

    fix(statement)
    return statement


# -- comparing statements (the Statement Comparison Requirements) --------------------------------------------

IGNORED_IN_COMPARISON = ("id", "authority", "stored", "timestamp", "version", "attachments")


def comparable(statement: dict[str, Any]) -> Any:
    """The statement without the properties a comparison ignores, members of groups in a stable order."""
    def tidy(value: Any) -> Any:
        if isinstance(value, dict):
            tidied = {key: tidy(item) for key, item in value.items()}
            if isinstance(tidied.get("duration"), str):  # compared to 0.01 s (xAPI 2.0 §4.2.7)
                tidied["duration"] = re.sub(r"(\.\d{2})\d*S$", r"\1S", tidied["duration"])
            if "member" in tidied and isinstance(tidied["member"], list):
                tidied["member"] = sorted(tidied["member"], key=lambda m: json.dumps(m, sort_keys=True))
            return tidied
        if isinstance(value, list):
            return [tidy(item) for item in value]
        return value

    return tidy({name: value for name, value in _normalise(json.loads(json.dumps(statement))).items()
                 if name not in IGNORED_IN_COMPARISON})


# -- what a POST or PUT carries ------------------------------------------------------------------------------

@dataclass
class Incoming:
    statements: list[dict[str, Any]]
    attachments: dict[str, Part]  # by sha2


def incoming(request: LrsRequest, *, single: bool) -> Incoming:
    """The statements and attachment parts of a PUT (`single`) or POST body, JSON or multipart/mixed."""
    content_type = request.content_type
    parts: dict[str, Part] = {}
    if content_type == "multipart/mixed":
        all_parts = parse_multipart(request.headers["content-type"], request.body)
        if not all_parts or media_type(all_parts[0].headers.get("content-type", "")) != "application/json":
            raise BadRequest("multipart/mixed: the first part must be the statements, as application/json")
        document = json_body(all_parts[0].content, "the statements part")
        for part in all_parts[1:]:
            sha2 = part.headers.get("x-experience-api-hash")
            if not sha2:
                raise BadRequest("multipart/mixed: every attachment part needs an X-Experience-API-Hash header")
            if part.headers.get("content-transfer-encoding", "").lower() != "binary":
                raise BadRequest("multipart/mixed: attachment parts need Content-Transfer-Encoding: binary")
            digest = SHA2_BY_LENGTH.get(len(sha2))
            if digest is None or digest(part.content).hexdigest() != sha2.lower():
                raise BadRequest(f"multipart/mixed: the part with hash {sha2} does not hash to it")
            parts[sha2.lower()] = part
    elif content_type == "application/json":
        document = json_body(request.body, "statements")
    else:
        raise BadRequest("Content-Type: send statements as application/json, or multipart/mixed with attachments")
    if single and not isinstance(document, dict):
        raise BadRequest("a PUT carries one statement, as a JSON object")
    statements = [document] if isinstance(document, dict) else document
    if not isinstance(statements, list):
        raise BadRequest("send a statement or an array of statements")
    return Incoming(statements, parts)


def _check_attachments(found: Incoming) -> None:
    """Every attachment without fileUrl has its part, every part belongs to an attachment, signatures hold."""
    wanted: set[str] = set()
    for statement in found.statements:
        for index, attachment in enumerate(statement.get("attachments", [])):
            sha2 = attachment["sha2"].lower()
            if sha2 in found.attachments:
                wanted.add(sha2)
            elif "fileUrl" not in attachment:
                raise BadRequest(f"statement.attachments[{index}]: no multipart/mixed part has its sha2 and it has "
                                 "no fileUrl")
            if attachment["usageType"] == SIGNATURE:
                _check_signature(statement, attachment, found.attachments.get(sha2))
    extra = set(found.attachments) - wanted
    if extra:
        raise BadRequest(f"multipart/mixed: the part with hash {sorted(extra)[0]} belongs to no attachment")


def _check_signature(statement: dict[str, Any], attachment: dict[str, Any], part: Part | None) -> None:
    """A signed statement (xAPI Data 2.6): a JWS of the statement itself, RS256/384/512, its certificate (x5c)
    verifying the signature when given."""
    if attachment["contentType"] != "application/octet-stream" or part is None:
        raise BadRequest("the signature attachment must be sent as an application/octet-stream part")
    token = part.content.decode("ascii", "replace").strip()
    pieces = token.split(".")
    if len(pieces) != 3:
        raise BadRequest("the signature is not a JWS in compact serialization")
    try:
        header = json.loads(_unbase64(pieces[0]))
        payload = json.loads(_unbase64(pieces[1]))
    except ValueError:
        raise BadRequest("the signature's header or payload is not base64url JSON") from None
    algorithm = header.get("alg") if isinstance(header, dict) else None
    if algorithm not in ("RS256", "RS384", "RS512"):
        raise BadRequest("the signature must use RS256, RS384 or RS512")
    if not isinstance(payload, dict) or comparable(payload) != comparable(statement):
        raise BadRequest("the signature's payload is not this statement")
    if header.get("x5c"):
        _verify_with_certificate(token, header["x5c"], algorithm)


def _unbase64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _verify_with_certificate(token: str, chain: Any, algorithm: str) -> None:
    try:
        certificate = x509.load_der_x509_certificate(base64.b64decode(chain[0]))
        public = RSAKey.import_key(certificate.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
        # A certificate chain makes the header far larger than joserfc's default limit of 512 bytes.
        registry = jws.JWSRegistry(algorithms=[algorithm])
        registry.max_header_length, registry.max_payload_length = 64_000, MAX_SIGNED_PAYLOAD
        jws.deserialize_compact(token, public, registry=registry)
    except (JoseError, ValueError, TypeError, IndexError):
        raise BadRequest("the statement's signature does not verify with the certificate in x5c") from None


# -- storing -------------------------------------------------------------------------------------------------

@dataclass
class Stored:
    ids: list[str]  # every statement's id, in the request's order
    new: list[dict[str, Any]]  # the statements stored now, as stored (not those sent again)


async def store(session: AsyncSession, org_id: str, request: LrsRequest, authority: dict[str, Any], *,
                statement_id: str | None = None) -> Stored:
    """Checks and stores a PUT's statement (its id given) or a POST's batch."""
    found = incoming(request, single=statement_id is not None)
    for index, statement in enumerate(found.statements):
        where = "statement" if statement_id else f"statements[{index}]"
        validation.statement(statement, request.version, where)
    if statement_id is not None:
        given = found.statements[0].get("id")
        if given is not None and given.lower() != statement_id:
            raise BadRequest("statementId: the parameter and the statement's id differ")
        found.statements[0]["id"] = statement_id
    _check_attachments(found)
    ids = [str(s["id"]).lower() if "id" in s else str(uuidlib.uuid4()) for s in found.statements]
    if len(set(ids)) != len(ids):
        raise BadRequest("the batch holds two statements with the same id")
    existing = {found: body for found, body in (await session.execute(
        select(STATEMENTS.c.statement_id, STATEMENTS.c.body).where(
            STATEMENTS.c.org_id == org_id, among(session, STATEMENTS.c.statement_id, ids)))).all()}
    now = stored_now()
    stored = iso(now)
    new = []
    for statement, statement_id_ in zip(found.statements, ids, strict=True):
        if statement_id_ in existing:
            if comparable(existing[statement_id_]) != comparable(statement):
                raise Conflict(f"statement {statement_id_} exists with other content; statements are immutable")
            continue
        new.append(_stored(_normalise(statement), statement_id_, stored, authority, request.version))
    await _insert(session, org_id, new, now)
    for sha2, part in found.attachments.items():
        await session.exec(upsert_into(session, ATTACHMENTS).values(
            org_id=org_id, sha2=sha2, content_type=part.headers.get("content-type", "application/octet-stream")[:255],
            content=part.content).on_conflict_do_nothing())
    return Stored(ids, new)


def _stored(statement: dict[str, Any], statement_id: str, stored: str, authority: dict[str, Any],
            version: str) -> dict[str, Any]:
    body = {**statement, "id": statement_id, "stored": stored, "authority": authority}
    body.setdefault("timestamp", body["stored"])
    body.setdefault("version", "1.0.0" if version.startswith("1.") else "2.0.0")
    return body


async def _insert(session: AsyncSession, org_id: str, bodies: list[dict[str, Any]], now: datetime) -> None:
    """Stores a batch's new statements in a few round trips whatever its size: the statements in one INSERT, the
    agents and activities they name in one more (COPY on PostgreSQL), then the statements they void and the
    activities they define. A statement voided here is one stored before, or earlier in the batch."""
    if not bodies:
        return
    rows: list[dict[str, Any]] = []
    voiding: dict[str, bool] = {}  # the batch's statements so far: id -> whether it voids another
    voided_before: set[str] = set()
    for body in bodies:
        target = body["object"]
        kind = target.get("objectType", "Activity")
        voids = target["id"].lower() if body["verb"]["id"] == validation.VOIDED and kind == "StatementRef" else None
        if voids is not None and voids not in voiding:
            voided_before.add(voids)
        rows.append({"org_id": org_id, "statement_id": body["id"], "body": body, "verb_id": key(body["verb"]["id"]),
                     "registration": (body.get("context", {}).get("registration") or "").lower() or None,
                     "stored": now, "voided": False, "voids": voids,
                     "object_ref": target["id"].lower() if kind == "StatementRef" else None,
                     "attachment_hashes": [a["sha2"].lower() for a in body.get("attachments", [])]})
        # A voiding statement cannot be voided: such a request is stored, and changes nothing.
        if voids is not None and voiding.get(voids) is False:
            next(row for row in rows if row["statement_id"] == voids)["voided"] = True
        voiding[body["id"]] = voids is not None
    if voided_before:
        # Before the batch's rows exist: a statement later in the batch is not voided by one before it.
        await session.execute(update(STATEMENTS).where(
            STATEMENTS.c.org_id == org_id, STATEMENTS.c.statement_id.in_(sorted(voided_before)),
            STATEMENTS.c.voids.is_(None)).values(voided=True))
    for row in rows:
        row["body"] = _json_text(row["body"])
    if session.get_bind().dialect.name == "postgresql":
        seqs = await _insert_by_arrays(session, org_id, rows, now)
    else:
        seqs = list((await session.execute(_INSERT_STATEMENTS, rows)).scalars().all())
    await insert_rows(session, REFS, [
        {"seq": seq, "org_id": org_id, "kind": ref_kind, "value": value, "direct": direct}
        for seq, body in zip(seqs, bodies, strict=True) for ref_kind, value, direct in refs(body)])
    definitions: dict[str, dict[str, Any]] = {}
    for body in bodies:
        for activity in _activities(body):
            if activity.get("definition"):
                found = key(activity["id"])
                definitions[found] = _merged(definitions.get(found, {}), activity["definition"])
    await _remember_activities(session, org_id, definitions)


def _json_text(value: Any) -> str:
    """A statement as JSON text: orjson writes it several times as fast as json, which still writes what orjson
    refuses (integers past 64 bits)."""
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value)


# The body arrives as JSON text (_json_text), not through the column's own serialiser: SQLite keeps JSON as text.
_INSERT_STATEMENTS = insert(STATEMENTS).values(body=bindparam("body", type_=Text)).returning(
    STATEMENTS.c.seq, sort_by_parameter_order=True)

# On PostgreSQL the batch goes as one array a column, not a parameter a value: SQLAlchemy's many-row INSERT
# processed each of a batch's 1,100 values in Python. The rows are numbered in the batch's order (seq follows it,
# as SQLAlchemy's sorted INSERT did) and each seq is matched to its statement by id.
_INSERT_BY_ARRAYS = sql("""
    INSERT INTO xapi_statements (org_id, statement_id, body, verb_id, registration, stored, voided, voids,
                                 object_ref, attachment_hashes)
    SELECT CAST(:org_id AS text), batch.statement_id, CAST(batch.body AS json), batch.verb_id, batch.registration,
           CAST(:stored AS timestamptz), batch.voided, batch.voids, batch.object_ref, CAST(batch.hashes AS json)
    FROM unnest(CAST(:statement_ids AS text[]), CAST(:bodies AS text[]), CAST(:verb_ids AS text[]),
                CAST(:registrations AS text[]), CAST(:voided AS boolean[]), CAST(:voids AS text[]),
                CAST(:object_refs AS text[]), CAST(:hashes AS text[]))
         WITH ORDINALITY AS batch(statement_id, body, verb_id, registration, voided, voids, object_ref, hashes, n)
    ORDER BY batch.n
    RETURNING seq, statement_id""")


async def _insert_by_arrays(session: AsyncSession, org_id: str, rows: list[dict[str, Any]],
                            now: datetime) -> list[int]:
    def column(name: str) -> list[Any]:
        return [row[name] for row in rows]

    seq_of = {statement_id: seq for seq, statement_id in (await session.execute(_INSERT_BY_ARRAYS, {
        "org_id": org_id, "stored": now, "statement_ids": column("statement_id"), "bodies": column("body"),
        "verb_ids": column("verb_id"), "registrations": column("registration"), "voided": column("voided"),
        "voids": column("voids"), "object_refs": column("object_ref"),
        "hashes": [_json_text(row["attachment_hashes"]) for row in rows]})).all()}
    return [seq_of[row["statement_id"]] for row in rows]


def _merged(stored: dict[str, Any], definition: dict[str, Any]) -> dict[str, Any]:
    """An activity's definition with a newer one: the newer's properties replace the stored ones, except that the
    language maps (name, description) gain its languages."""
    merged = dict(stored)
    for name, value in definition.items():
        merged[name] = {**merged.get(name, {}), **value} if name in ("name", "description") and \
            isinstance(merged.get(name), dict) else value
    return merged


async def _remember_activities(session: AsyncSession, org_id: str, definitions: dict[str, dict[str, Any]]) -> None:
    """The batch's definitions, each merged into the stored one. Rows are inserted and then locked in the order of
    their ids, so batches naming the same activities at once wait for each other instead of deadlocking."""
    if not definitions:
        return
    ordered = sorted(definitions)
    # Mostly every activity is known with this very definition: one read then, and nothing written or locked.
    known = {found: definition for found, definition in (await session.execute(
        select(ACTIVITIES.c.activity_id, ACTIVITIES.c.definition).where(
            ACTIVITIES.c.org_id == org_id, among(session, ACTIVITIES.c.activity_id, ordered)))).all()}
    if all(found in known and _merged(known[found], definitions[found]) == known[found] for found in ordered):
        return
    # Many rows as executemany, not one VALUES list: the statement then compiles once, whatever the batch's size.
    inserted = set((await session.execute(
        upsert_into(session, ACTIVITIES).on_conflict_do_nothing().returning(ACTIVITIES.c.activity_id),
        [{"org_id": org_id, "activity_id": found, "definition": definitions[found]} for found in ordered])).scalars())
    stored = [found for found in ordered if found not in inserted]
    if not stored:
        return
    changed = []
    for found, definition in (await session.execute(
            select(ACTIVITIES.c.activity_id, ACTIVITIES.c.definition).where(
                ACTIVITIES.c.org_id == org_id, among(session, ACTIVITIES.c.activity_id, stored)
            ).order_by(ACTIVITIES.c.activity_id).with_for_update())).all():
        merged = _merged(definition, definitions[found])
        if merged != definition:
            changed.append({"org": org_id, "activity": found, "merged": merged})
    if changed:
        await session.execute(update(ACTIVITIES).where(
            ACTIVITIES.c.org_id == bindparam("org"), ACTIVITIES.c.activity_id == bindparam("activity")
        ).values(definition=bindparam("merged")), changed)


async def activity_object(session: AsyncSession, org_id: str, activity_id: str) -> dict[str, Any]:
    row = await session.get(XapiActivity, (org_id, key(activity_id)))
    found: dict[str, Any] = {"objectType": "Activity", "id": activity_id}
    if row is not None and row.definition:
        found["definition"] = row.definition
    return found


# -- reading -------------------------------------------------------------------------------------------------

@dataclass
class StatementResult:
    statements: list[dict[str, Any]]
    more: str | None
    attachments: list[XapiAttachment]
    last_modified: datetime | None = None


def _flag(request: LrsRequest, name: str) -> bool:
    value = request.params.get(name, "false")
    if value not in ("true", "false"):
        raise BadRequest(f"{name}: must be true or false")
    return value == "true"


def _format(request: LrsRequest) -> str:
    value = request.params.get("format", "exact")
    if value not in FORMATS:
        raise BadRequest(f"format: must be one of {', '.join(FORMATS)}")
    return value


async def single(session: AsyncSession, org_id: str, request: LrsRequest) -> StatementResult:
    """GET by statementId (not voided) or voidedStatementId (voided)."""
    extra = set(request.params) - SINGLE_PARAMS
    if extra or ("statementId" in request.params and "voidedStatementId" in request.params):
        raise BadRequest("statementId or voidedStatementId: give one, with at most attachments and format")
    voided = "voidedStatementId" in request.params
    name = "voidedStatementId" if voided else "statementId"
    wanted = validation.uuid(request.params[name], name)
    style, with_attachments = _format(request), _flag(request, "attachments")
    row = (await session.exec(select(XapiStatement).where(
        XapiStatement.org_id == org_id, XapiStatement.statement_id == wanted))).first()
    if row is None or row.voided != voided:
        raise NotFound(f"{name}: no {'voided ' if voided else ''}statement {wanted}")
    attachments = await _attachment_rows(session, org_id, [row]) if with_attachments else []
    return StatementResult(await _shaped(session, org_id, [row], style, request), None, attachments, row.stored)


@dataclass
class Query:
    params: dict[str, str]
    after: int | None = None  # the last seq of the previous page
    through: int | None = None  # the newest seq when the first page was read: later statements stay out


async def query(session: AsyncSession, org_id: str, request: LrsRequest, more_url: str) -> StatementResult:
    """A page of the statements matching the query parameters, newest first unless `ascending`."""
    if "more" in request.params:
        found = _unpack(request.params["more"])
        request.params = {**found.params, **{k: v for k, v in request.params.items() if k != "more"}}
    else:
        unknown = set(request.params) - QUERY_PARAMS
        if unknown:
            raise BadRequest(f"{sorted(unknown)[0]}: not a parameter of the Statement Resource")
        found = Query(dict(request.params))
    params = found.params
    style, with_attachments, ascending = _format(request), _flag(request, "attachments"), _flag(request, "ascending")
    related_agents, related_activities = _flag(request, "related_agents"), _flag(request, "related_activities")
    limit = _limit(params.get("limit", "0"))
    agent = None
    if "agent" in params:
        agent = json_param(request, "agent") if "more" not in request.params else json.loads(params["agent"])
        validation.actor(agent, "agent")
    filters = Filters(
        verb=validation.iri(params["verb"], "verb") if "verb" in params else None,
        activity=validation.iri(params["activity"], "activity") if "activity" in params else None,
        agent=(ifi(agent) or "") if agent is not None else None,
        registration=validation.uuid(params["registration"], "registration") if "registration" in params else None,
        related_agents=related_agents, related_activities=related_activities)
    statement = select(XapiStatement).where(XapiStatement.org_id == org_id, col(XapiStatement.voided).is_(False))
    if filters.given:
        # A statement that targets a matching statement (a StatementRef, e.g. voiding it) matches too.
        target = aliased(XapiStatement)
        statement = statement.where(or_(and_(*filters.conditions(org_id, XapiStatement)), exists().where(
            col(target.org_id) == org_id, col(target.statement_id) == col(XapiStatement.object_ref),
            *filters.conditions(org_id, target))))
    if "since" in params:
        statement = statement.where(XapiStatement.stored > validation.timestamp(params["since"], "since"))
    if "until" in params:
        statement = statement.where(XapiStatement.stored <= validation.timestamp(params["until"], "until"))
    through = found.through
    if through is None:
        through = (await session.exec(select(func.max(XapiStatement.seq)).where(
            XapiStatement.org_id == org_id))).one() or 0
    statement = statement.where(col(XapiStatement.seq) <= through)
    if found.after is not None:
        statement = statement.where(col(XapiStatement.seq) > found.after if ascending
                                    else col(XapiStatement.seq) < found.after)
    order = col(XapiStatement.seq).asc() if ascending else col(XapiStatement.seq).desc()
    rows = list((await session.exec(statement.order_by(order).limit(limit + 1))).all())
    more = None
    if len(rows) > limit:
        rows = rows[:limit]
        more = f"{more_url}?more={_pack(Query(params, rows[-1].seq, through))}"
    attachments = await _attachment_rows(session, org_id, rows) if with_attachments else []
    return StatementResult(await _shaped(session, org_id, rows, style, request), more, attachments)


def _limit(value: str) -> int:
    if not value.isdigit():
        raise BadRequest("limit: must be a whole number (0 for the server's page size)")
    number = int(value)
    return MAX_PAGE if number == 0 else min(number, MAX_PAGE)


@dataclass
class Filters:
    """The query parameters that select statements by what they say (not by when they were stored)."""

    verb: str | None
    activity: str | None
    agent: str | None
    registration: str | None
    related_agents: bool
    related_activities: bool

    @property
    def given(self) -> bool:
        return any(value is not None for value in (self.verb, self.activity, self.agent, self.registration))

    def conditions(self, org_id: str, statement: Any) -> list[Any]:
        found = []
        if self.verb is not None:
            found.append(statement.verb_id == key(self.verb))
        if self.registration is not None:
            found.append(statement.registration == self.registration)
        if self.activity is not None:
            found.append(_named(org_id, statement, "activity", key(self.activity), self.related_activities))
        if self.agent is not None:
            found.append(_named(org_id, statement, "agent", self.agent, self.related_agents))
        return found


def _named(org_id: str, statement: Any, kind: str, value: str, related: bool) -> Any:
    conditions: list[Any] = [col(XapiStatementRef.seq) == statement.seq, XapiStatementRef.org_id == org_id,
                             XapiStatementRef.kind == kind, XapiStatementRef.value == value]
    if not related:
        conditions.append(col(XapiStatementRef.direct).is_(True))
    return exists().where(and_(*conditions))


def _pack(found: Query) -> str:
    text = json.dumps({"p": found.params, "a": found.after, "t": found.through}, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _unpack(token: str) -> Query:
    try:
        data = json.loads(_unbase64(token))
        return Query({str(k): str(v) for k, v in data["p"].items()}, int(data["a"]), int(data["t"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BadRequest("more: not a link this LRS gave") from None


async def _attachment_rows(session: AsyncSession, org_id: str, rows: list[XapiStatement]) -> list[XapiAttachment]:
    hashes = sorted({sha2 for row in rows for sha2 in row.attachment_hashes})
    if not hashes:
        return []
    return list((await session.exec(select(XapiAttachment).where(
        XapiAttachment.org_id == org_id, col(XapiAttachment.sha2).in_(hashes)))).all())


# -- formats -------------------------------------------------------------------------------------------------

async def _shaped(session: AsyncSession, org_id: str, rows: list[XapiStatement], style: str,
                  request: LrsRequest) -> list[dict[str, Any]]:
    """Stored statements in the requested format: exact (as stored), ids (identifiers only) or canonical (the
    LRS's definition of each activity, and of every language map the one language the reader prefers)."""
    if style == "ids":
        return [_ids(row.body) for row in rows]
    if style == "exact":
        return [row.body for row in rows]
    languages = _languages(request.headers.get("accept-language", ""))
    keys = {key(activity["id"]) for row in rows for activity in _activities(row.body)}
    definitions = {found.activity_id: found.definition for found in (await session.exec(select(XapiActivity).where(
        XapiActivity.org_id == org_id, col(XapiActivity.activity_id).in_(keys)))).all()} if keys else {}
    shaped = []
    for row in rows:
        body = json.loads(json.dumps(row.body))  # a copy: the canonical definitions go into it
        for activity in _activities(body):
            if key(activity["id"]) in definitions:
                activity["definition"] = definitions[key(activity["id"])]
        shaped.append(_canonical(body, languages))
    return shaped


def _ids_actor(actor: dict[str, Any]) -> dict[str, Any]:
    found = {key: value for key, value in actor.items() if key in ("objectType", *validation.IFIS)}
    if "member" in actor:
        found["member"] = [_ids_actor(member) for member in actor["member"]]
    return found


def _ids(part: dict[str, Any]) -> dict[str, Any]:
    found = dict(part)
    found["actor"] = _ids_actor(part["actor"])
    found["verb"] = {"id": part["verb"]["id"]}
    target = part["object"]
    kind = target.get("objectType", "Activity")
    if kind == "Activity":
        found["object"] = {"id": target["id"]}
    elif kind in ("Agent", "Group"):
        found["object"] = _ids_actor(target)
    elif kind == "SubStatement":
        found["object"] = _ids(target)
    if "authority" in part:
        found["authority"] = _ids_actor(part["authority"])
    context = part.get("context")
    if context:
        context = dict(context)
        for name in ("instructor", "team"):
            if name in context:
                context[name] = _ids_actor(context[name])
        if "contextActivities" in context:
            context["contextActivities"] = {kind: [{"id": a["id"]} for a in activities]
                                            for kind, activities in context["contextActivities"].items()}
        found["context"] = context
    return found


def _languages(header: str) -> list[str]:
    ranked = []
    for item in header.split(","):
        tag, _, quality = item.strip().partition(";q=")
        if tag:
            try:
                ranked.append((float(quality) if quality else 1.0, tag.strip()))
            except ValueError:
                continue
    return [tag for _, tag in sorted(ranked, key=lambda pair: -pair[0])]


def _pick(language_map: dict[str, str], languages: list[str]) -> dict[str, str]:
    for wanted in languages:
        for tag, text in language_map.items():
            if wanted == "*" or tag.lower() == wanted.lower() or tag.lower().startswith(wanted.lower() + "-"):
                return {tag: text}
    first = next(iter(language_map.items()), None)
    return {first[0]: first[1]} if first else {}


LANGUAGE_MAPS = {"display", "name", "description"}


def _canonical(value: Any, languages: list[str], key: str = "") -> Any:
    if isinstance(value, dict):
        if key in LANGUAGE_MAPS and all(isinstance(v, str) for v in value.values()):
            return _pick(value, languages)
        return {k: v if k == "extensions" else _canonical(v, languages, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_canonical(item, languages, key) for item in value]
    return value
