"""The xAPI statement rules (xAPI 2.0 / IEEE 9274.1.1 Part 2, and 1.0.3 Data): what makes a statement one the LRS
must refuse with 400. Each refusal names the property and the rule, so an LMS developer can act on it.

Unknown properties are refused everywhere except inside `extensions`; types are checked strictly (a number is no
string, a string no boolean), because the conformance suite sends exactly those mistakes.
"""

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from kit.problems import BadRequest

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
SHA1_HEX = re.compile(r"[0-9a-fA-F]{40}")
# RFC 5646 language tags, well-formed (not checked against the registry): language[-script][-region][-variant]*
# [-extension]*[-privateuse], or private use alone, or the grandfathered tags in their regular shape.
_LANG = re.compile(
    r"(?:(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})"
    r"(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?(?:-(?:[a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*"
    r"(?:-[0-9a-wyzA-WYZ](?:-[a-zA-Z0-9]{2,8})+)*(?:-[xX](?:-[a-zA-Z0-9]{1,8})+)?"
    r"|[xX](?:-[a-zA-Z0-9]{1,8})+|i-[a-zA-Z]{2,8})")
_TIMESTAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}(?::?\d{2})?)?")
_DURATION = re.compile(
    r"P(?:(?P<weeks>\d+(?:[.,]\d+)?W)|(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?D)?"
    r"(?:T(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?)")
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
_SPACE = re.compile(r"\s")  # in a str pattern: what str.isspace calls white space
_MAILTO = re.compile(r"mailto:[^@\s]+@[^@\s]+")
INTERACTION_TYPES = {"true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing",
                     "likert", "numeric", "other"}
COMPONENT_LISTS = {"choices", "scale", "source", "target", "steps"}
COMPONENTS_BY_TYPE = {"choice": {"choices"}, "sequencing": {"choices"}, "likert": {"scale"},
                      "matching": {"source", "target"}, "performance": {"steps"}}
CONTEXT_ACTIVITY_KINDS = {"parent", "grouping", "category", "other"}
DEFINITION_PROPERTIES = {"name", "description", "type", "moreInfo", "extensions", "interactionType",
                         "correctResponsesPattern", *COMPONENT_LISTS}
CONTEXT_PROPERTIES = {"registration", "instructor", "team", "contextActivities", "revision", "platform", "language",
                      "statement", "extensions"}
CONTEXT_PROPERTIES_2 = CONTEXT_PROPERTIES | {"contextAgents", "contextGroups"}
RESULT_PROPERTIES = {"score", "success", "completion", "response", "duration", "extensions"}
SCORE_PROPERTIES = {"scaled", "raw", "min", "max"}
_STATEMENT_PROPERTIES = {"actor", "verb", "object", "result", "context", "timestamp", "attachments"}
STATEMENT_PROPERTIES = _STATEMENT_PROPERTIES | {"id", "stored", "authority", "version"}
SUBSTATEMENT_PROPERTIES = _STATEMENT_PROPERTIES | {"objectType"}
STATEMENT_REQUIRED = frozenset({"actor", "verb", "object"})


class Invalid(BadRequest):
    """A statement (or a query parameter describing one) that breaks a rule of the xAPI data model."""

    kind = "xapi-invalid-statement"


def refuse(where: str, rule: str) -> Invalid:
    return Invalid(f"{where}: {rule}")


# -- the data types -------------------------------------------------------------------------------------------

def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise refuse(where, "must be a JSON object")
    return value


def _only(value: dict[str, Any], where: str, allowed: set[str], required: frozenset[str] | set[str] = frozenset()
          ) -> None:
    if not value.keys() <= allowed:  # the names are sorted only to refuse: most statements are valid
        raise refuse(f"{where}.{sorted(value.keys() - allowed)[0]}", "is not a property xAPI defines here")
    if not required <= value.keys():
        raise refuse(f"{where}.{sorted(required - value.keys())[0]}", "is required")


Checks = tuple[tuple[str, Callable[[Any, str], object]], ...]


def _optional(found: dict[str, Any], where: str, checks: Checks) -> None:
    """Each property of `checks` that is present, checked in that order (the first broken one is reported)."""
    for name, check in checks:
        if name in found:
            check(found[name], f"{where}.{name}")


def string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise refuse(where, "must be a string")
    return value


def boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise refuse(where, "must be true or false")
    return value


def number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise refuse(where, "must be a number")
    return float(value)


def iri(value: Any, where: str) -> str:
    """An IRI (RFC 3987): absolute, with a scheme, no spaces."""
    text = string(value, where)
    if not _SCHEME.match(text) or _SPACE.search(text) or text.endswith(":"):
        raise refuse(where, "must be an absolute IRI, e.g. http://example.com/verbs/completed")
    return text


def irl(value: Any, where: str) -> str:
    """An IRL: an IRI that can be looked up, which for us means one with a scheme and an authority or path."""
    text = iri(value, where)
    parts = urlsplit(text)
    if not (parts.netloc or parts.path):
        raise refuse(where, "must be a resolvable IRL")
    return text


def uuid(value: Any, where: str) -> str:
    text = string(value, where)
    if not UUID.fullmatch(text):
        raise refuse(where, "must be a UUID, e.g. 3b9f2d1c-7a41-4a0e-9b2f-1c2d3e4f5a6b")
    return text.lower()


def language_tag(value: Any, where: str) -> str:
    text = string(value, where)
    if not _LANG.fullmatch(text):
        raise refuse(where, f"{text!r} is not an RFC 5646 language tag")
    return text


def language_map(value: Any, where: str) -> None:
    for tag, text in _object(value, where).items():
        # The property's name is spelt out only to refuse it: most maps are valid.
        if not (isinstance(tag, str) and _LANG.fullmatch(tag)):
            language_tag(tag, f"{where} key")
        if not isinstance(text, str):
            string(text, f"{where}.{tag}")


def timestamp(value: Any, where: str) -> datetime:
    """ISO 8601 date and time; an offset of -00:00 (RFC 3339's 'unknown local offset') is refused."""
    text = string(value, where)
    match = _TIMESTAMP.fullmatch(text)
    zone = match.group(8) if match else None
    if match is None or (zone is not None and zone.startswith("-") and set(zone[1:]) <= {"0", ":"}):
        raise refuse(where, "must be an ISO 8601 date and time, e.g. 2025-01-31T09:00:00.000Z")
    try:
        return _moment(match)
    except ValueError:
        raise refuse(where, "is not a valid date and time") from None


def parse_timestamp(text: str) -> datetime:
    """A timestamp the pattern accepts, as an aware UTC datetime (finer than microseconds is cut, not refused)."""
    match = _TIMESTAMP.fullmatch(text)
    if match is None:
        raise ValueError(text)
    return _moment(match)


def _moment(match: re.Match[str]) -> datetime:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction[1:] + "000000")[:6]) if fraction else 0
    offset = timedelta(0)
    if zone and zone.upper() != "Z":
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        offset = -offset if zone[0] == "-" else offset
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro,
                    tzinfo=timezone(offset)).astimezone(UTC)


def duration(value: Any, where: str) -> str:
    text = string(value, where)
    if not _DURATION.fullmatch(text) or text in ("P", "PT") or text.endswith("T"):
        raise refuse(where, "must be an ISO 8601 duration, e.g. PT1H30M")
    return text


def extensions(value: Any, where: str) -> None:
    for key in _object(value, where):
        iri(key, f"{where} key")


# -- actors ---------------------------------------------------------------------------------------------------

IFIS = ("mbox", "mbox_sha1sum", "openid", "account")


def _account(value: Any, where: str) -> None:
    account = _object(value, where)
    _only(account, where, {"homePage", "name"}, {"homePage", "name"})
    irl(account["homePage"], f"{where}.homePage")
    string(account["name"], f"{where}.name")


def _ifi(value: dict[str, Any], where: str, *, required: bool) -> None:
    given = [name for name in IFIS if name in value]
    if len(given) > 1:
        raise refuse(where, f"has {' and '.join(given)}: an agent or identified group has exactly one identifier")
    if not given:
        if required:
            raise refuse(where, "needs exactly one of mbox, mbox_sha1sum, openid or account")
        return
    name = given[0]
    if name == "mbox":
        text = string(value["mbox"], f"{where}.mbox")
        if not _MAILTO.fullmatch(text):
            raise refuse(f"{where}.mbox", "must be a mailto: IRI, e.g. mailto:lea@example.com")
    elif name == "mbox_sha1sum":
        if not SHA1_HEX.fullmatch(string(value["mbox_sha1sum"], f"{where}.mbox_sha1sum")):
            raise refuse(f"{where}.mbox_sha1sum", "must be the SHA-1 of a mailto: IRI, as 40 hex digits")
    elif name == "openid":
        iri(value["openid"], f"{where}.openid")
    else:
        _account(value["account"], f"{where}.account")


def agent(value: Any, where: str) -> None:
    """An Agent: objectType (if given) 'Agent', an optional name, exactly one identifier."""
    found = _object(value, where)
    _only(found, where, {"objectType", "name", *IFIS})
    if "objectType" in found and found["objectType"] != "Agent":
        raise refuse(f"{where}.objectType", "must be 'Agent'")
    if "name" in found:
        string(found["name"], f"{where}.name")
    _ifi(found, where, required=True)


def group(value: Any, where: str) -> None:
    """A Group: objectType 'Group'; anonymous (members, no identifier) or identified (one identifier)."""
    found = _object(value, where)
    _only(found, where, {"objectType", "name", "member", *IFIS})
    if found.get("objectType") != "Group":
        raise refuse(f"{where}.objectType", "must be 'Group'")
    if "name" in found:
        string(found["name"], f"{where}.name")
    _ifi(found, where, required="member" not in found)
    if "member" in found:
        members = found["member"]
        if not isinstance(members, list):
            raise refuse(f"{where}.member", "must be an array of agents")
        if not members and not any(name in found for name in IFIS):
            raise refuse(f"{where}.member", "an anonymous group needs at least one member")
        for index, member in enumerate(members):
            if isinstance(member, dict) and member.get("objectType") == "Group":
                raise refuse(f"{where}.member[{index}]", "a group's members are agents, not groups")
            agent(member, f"{where}.member[{index}]")


def actor(value: Any, where: str) -> None:
    found = _object(value, where)
    if found.get("objectType") == "Group":
        group(found, where)
    else:
        agent(found, where)


# -- verbs, activities, objects ---------------------------------------------------------------------------

def verb(value: Any, where: str) -> None:
    found = _object(value, where)
    _only(found, where, {"id", "display"}, {"id"})
    iri(found["id"], f"{where}.id")
    if "display" in found:
        language_map(found["display"], f"{where}.display")


def _components(value: Any, where: str) -> None:
    if not isinstance(value, list):
        raise refuse(where, "must be an array of interaction components")
    seen: set[str] = set()
    for index, component in enumerate(value):
        here = f"{where}[{index}]"
        found = _object(component, here)
        _only(found, here, {"id", "description"}, {"id"})
        ident = string(found["id"], f"{here}.id")
        if not ident.strip() or any(c.isspace() for c in ident):
            raise refuse(f"{here}.id", "must be a non-empty id without spaces")
        if ident in seen:
            raise refuse(f"{here}.id", "ids within one list of components must differ")
        seen.add(ident)
        if "description" in found:
            language_map(found["description"], f"{here}.description")


_DEFINITION_CHECKS: Checks = (("name", language_map), ("description", language_map), ("type", iri),
                              ("moreInfo", irl), ("extensions", extensions))


def definition(value: Any, where: str) -> None:
    found = _object(value, where)
    _only(found, where, DEFINITION_PROPERTIES)
    _optional(found, where, _DEFINITION_CHECKS)
    kind = found.get("interactionType")
    if kind is not None and (not isinstance(kind, str) or kind not in INTERACTION_TYPES):
        raise refuse(f"{where}.interactionType", f"must be one of {', '.join(sorted(INTERACTION_TYPES))}")
    if "correctResponsesPattern" in found:
        if kind is None:
            raise refuse(f"{where}.correctResponsesPattern", "needs an interactionType")
        patterns = found["correctResponsesPattern"]
        if not isinstance(patterns, list):
            raise refuse(f"{where}.correctResponsesPattern", "must be an array of strings")
        for index, pattern in enumerate(patterns):
            string(pattern, f"{where}.correctResponsesPattern[{index}]")
    lists = COMPONENT_LISTS & found.keys()
    if lists:
        if kind is None:
            raise refuse(f"{where}.{sorted(lists)[0]}", "needs an interactionType")
        wrong = lists - COMPONENTS_BY_TYPE.get(kind, set())
        if wrong:
            raise refuse(f"{where}.{sorted(wrong)[0]}", f"is not a component list of a {kind} interaction")
        for name in lists:
            _components(found[name], f"{where}.{name}")


def activity(value: Any, where: str) -> None:
    found = _object(value, where)
    _only(found, where, {"objectType", "id", "definition"}, {"id"})
    if "objectType" in found and found["objectType"] != "Activity":
        raise refuse(f"{where}.objectType", "must be 'Activity'")
    iri(found["id"], f"{where}.id")
    if "definition" in found:
        definition(found["definition"], f"{where}.definition")


def statement_ref(value: Any, where: str) -> None:
    found = _object(value, where)
    _only(found, where, {"objectType", "id"}, {"objectType", "id"})
    if found["objectType"] != "StatementRef":
        raise refuse(f"{where}.objectType", "must be 'StatementRef'")
    uuid(found["id"], f"{where}.id")


def statement_object(value: Any, where: str, version: str, *, substatement: bool) -> None:
    found = _object(value, where)
    kind = found.get("objectType", "Activity")
    if kind == "Activity":
        activity(found, where)
    elif kind == "Agent":
        agent(found, where)
    elif kind == "Group":
        group(found, where)
    elif kind == "StatementRef":
        statement_ref(found, where)
    elif kind == "SubStatement":
        if substatement:
            raise refuse(where, "a sub-statement may not contain another sub-statement")
        _statement(found, where, version, substatement=True)
    else:
        raise refuse(f"{where}.objectType", "must be Activity, Agent, Group, StatementRef or SubStatement")


# -- result, context, attachments ---------------------------------------------------------------------------

_RESULT_CHECKS: Checks = (("success", boolean), ("completion", boolean), ("response", string),
                          ("duration", duration), ("extensions", extensions))


def result(value: Any, where: str) -> None:
    found = _object(value, where)
    _only(found, where, RESULT_PROPERTIES)
    if "score" in found:
        score = _object(found["score"], f"{where}.score")
        _only(score, f"{where}.score", SCORE_PROPERTIES)
        numbers = {name: number(score[name], f"{where}.score.{name}") for name in score}
        if "scaled" in numbers and not -1 <= numbers["scaled"] <= 1:
            raise refuse(f"{where}.score.scaled", "must be between -1 and 1")
        low, high, raw = numbers.get("min"), numbers.get("max"), numbers.get("raw")
        if low is not None and high is not None and low >= high:
            raise refuse(f"{where}.score.min", "must be less than max")
        if raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
            raise refuse(f"{where}.score.raw", "must lie between min and max")
    _optional(found, where, _RESULT_CHECKS)


def _context_activities(value: Any, where: str) -> None:
    found = _object(value, where)
    _only(found, where, CONTEXT_ACTIVITY_KINDS)
    for kind, activities in found.items():
        for index, item in enumerate(activities if isinstance(activities, list) else [activities]):
            activity(item, f"{where}.{kind}[{index}]" if isinstance(activities, list) else f"{where}.{kind}")


_CONTEXT_CHECKS: Checks = (("registration", uuid), ("instructor", actor), ("team", group),
                           ("contextActivities", _context_activities))
_CONTEXT_CHECKS_AFTER: Checks = (("language", language_tag), ("statement", statement_ref), ("extensions", extensions))


def context(value: Any, where: str, version: str, object_kind: str) -> None:
    found = _object(value, where)
    _only(found, where, CONTEXT_PROPERTIES_2 if version.startswith("2.") else CONTEXT_PROPERTIES)
    _optional(found, where, _CONTEXT_CHECKS)
    for name in ("revision", "platform"):
        if name in found:
            string(found[name], f"{where}.{name}")
            if object_kind != "Activity":
                raise refuse(f"{where}.{name}", "is only allowed when the statement's object is an activity")
    _optional(found, where, _CONTEXT_CHECKS_AFTER)
    if "contextAgents" in found:
        _context_actors(found["contextAgents"], f"{where}.contextAgents", "agent", "contextAgent")
    if "contextGroups" in found:
        _context_actors(found["contextGroups"], f"{where}.contextGroups", "group", "contextGroup")


def _context_actors(value: Any, where: str, name: str, object_type: str) -> None:
    if not isinstance(value, list):
        raise refuse(where, "must be an array")
    for index, item in enumerate(value):
        here = f"{where}[{index}]"
        found = _object(item, here)
        _only(found, here, {"objectType", name, "relevantTypes"}, {"objectType", name})
        if found["objectType"] != object_type:
            raise refuse(f"{here}.objectType", f"must be '{object_type}'")
        (agent if name == "agent" else group)(found[name], f"{here}.{name}")
        if "relevantTypes" in found:
            types = found["relevantTypes"]
            if not isinstance(types, list) or not types:
                raise refuse(f"{here}.relevantTypes", "must be a non-empty array of IRIs")
            for position, type_iri in enumerate(types):
                iri(type_iri, f"{here}.relevantTypes[{position}]")


def attachment(value: Any, where: str) -> None:
    found = _object(value, where)
    _only(found, where, {"usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"},
          {"usageType", "display", "contentType", "length", "sha2"})
    iri(found["usageType"], f"{where}.usageType")
    language_map(found["display"], f"{where}.display")
    if "description" in found:
        language_map(found["description"], f"{where}.description")
    content_type = string(found["contentType"], f"{where}.contentType")
    if len(content_type) > 255 or not re.fullmatch(r"[\w.+-]+/[\w.+-]+(\s*;.*)?", content_type):
        raise refuse(f"{where}.contentType", "must be an Internet media type, e.g. application/pdf")
    if isinstance(found["length"], bool) or not isinstance(found["length"], int) or found["length"] < 0:
        raise refuse(f"{where}.length", "must be a whole number of bytes")
    if not re.fullmatch(r"[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}", string(found["sha2"], f"{where}.sha2")):
        raise refuse(f"{where}.sha2", "must be the SHA-2 hash of the content, in hex")
    if "fileUrl" in found:
        irl(found["fileUrl"], f"{where}.fileUrl")


# -- statements -------------------------------------------------------------------------------------------

def _statement(found: dict[str, Any], where: str, version: str, *, substatement: bool) -> None:
    _only(found, where, SUBSTATEMENT_PROPERTIES if substatement else STATEMENT_PROPERTIES, STATEMENT_REQUIRED)
    if not substatement and "id" in found:
        uuid(found["id"], f"{where}.id")
    actor(found["actor"], f"{where}.actor")
    verb(found["verb"], f"{where}.verb")
    statement_object(found["object"], f"{where}.object", version, substatement=substatement)
    object_kind = found["object"].get("objectType", "Activity")
    if "result" in found:
        result(found["result"], f"{where}.result")
    if "context" in found:
        context(found["context"], f"{where}.context", version, object_kind)
    if "timestamp" in found:
        timestamp(found["timestamp"], f"{where}.timestamp")
    if "stored" in found:
        timestamp(found["stored"], f"{where}.stored")
    if "authority" in found:
        _authority(found["authority"], f"{where}.authority")
    if "version" in found:
        text = string(found["version"], f"{where}.version")
        if not re.fullmatch(r"(1\.0|2\.0)(\.\d+)?", text):
            raise refuse(f"{where}.version", "must be a 1.0.x or 2.0.x version")
    if "attachments" in found:
        if not isinstance(found["attachments"], list):
            raise refuse(f"{where}.attachments", "must be an array")
        for index, item in enumerate(found["attachments"]):
            attachment(item, f"{where}.attachments[{index}]")
    if found["verb"]["id"] == VOIDED and not substatement and object_kind != "StatementRef":
        raise refuse(f"{where}.object", "a voiding statement's object must be a StatementRef")


def _authority(value: Any, where: str) -> None:
    """An agent, or (OAuth's three-legged case) an anonymous group of exactly two agents."""
    found = _object(value, where)
    if found.get("objectType") == "Group":
        group(found, where)
        if len(found.get("member", [])) != 2 or any(name in found for name in IFIS):
            raise refuse(where, "a group as authority is an anonymous group of exactly two agents (OAuth)")
    else:
        agent(found, where)


VOIDED = "http://adlnet.gov/expapi/verbs/voided"


def statement(value: Any, version: str, where: str = "statement") -> dict[str, Any]:
    """Refuses (400, naming the property and rule) a statement that breaks the data model; returns it."""
    found = _object(value, where)
    _statement(found, where, version, substatement=False)
    return found
