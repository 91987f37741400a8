"""How an xAPI request arrives: the version header, 1.0.3's alternate request syntax (a form POST carrying the
method, headers and content), and `multipart/mixed` bodies with attachments. The handlers see one `LrsRequest`
whichever way it came."""

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import orjson
from fastapi import Request

from kit.inputs import may_hold_nul
from kit.problems import BadRequest, Problem

SUPPORTED = {"1.0": "1.0.3", "2.0": "2.0.0"}  # the version line a client asks for -> the version we answer with
HEADER_FORM_FIELDS = {"authorization", "x-experience-api-version", "content-type", "content-length", "if-match",
                      "if-none-match"}
MULTIPART_MIXED = "multipart/mixed"


class VersionMissing(BadRequest):
    kind = "xapi-version"


@dataclass
class Part:
    headers: dict[str, str]
    content: bytes


@dataclass
class LrsRequest:
    """An xAPI request as the resource handlers read it: method, parameters, headers (lower-case names), body."""

    method: str
    params: dict[str, str]
    headers: dict[str, str]
    body: bytes
    version: str = "2.0.0"  # the version the LRS answers with: 1.0.3 or 2.0.0; empty when the header is missing
    alternate: bool = False
    parts: list[Part] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return media_type(self.headers.get("content-type", ""))

    @property
    def legacy(self) -> bool:
        return self.version.startswith("1.")


def media_type(header: str) -> str:
    return header.split(";")[0].strip().lower()


def answered_version(header: str | None) -> str:
    """The version to answer a request in: 1.0.x with 1.0.3, 2.0.x with 2.0.0; anything else is a 400."""
    if not header:
        raise VersionMissing("X-Experience-API-Version: the header is required, e.g. 2.0.0 or 1.0.3")
    match = re.fullmatch(r"(\d+\.\d+)(\.\d+)?", header.strip())
    if match is None or match.group(1) not in SUPPORTED:
        raise VersionMissing(f"X-Experience-API-Version: {header!r} is not supported; use 2.0.0 or 1.0.3")
    return SUPPORTED[match.group(1)]


async def read(request: Request) -> LrsRequest:
    """The request's method, parameters, headers and body, unwrapping the alternate request syntax."""
    body = await request.body()
    headers = {name.lower(): value for name, value in request.headers.items()}
    params = dict(request.query_params)
    if len(request.query_params.getlist("method")) > 1:
        raise BadRequest("method: give the alternate request syntax's method once")
    method = request.method
    alternate = "method" in params
    if alternate:
        version = answered_version(headers.get("x-experience-api-version") or _form(body).get(
            "X-Experience-API-Version"))
        if not version.startswith("1."):
            raise BadRequest("method: xAPI 2.0 removed the alternate request syntax; send the request as itself")
        method, params, headers, body = _unwrap(request.method, params, headers, body)
    # A request without the version header is refused once its caller is known (see credentials.last_version).
    given = headers.get("x-experience-api-version")
    return LrsRequest(method=method, params=params, headers=headers, body=body, alternate=alternate,
                      version=answered_version(given) if given else "")


def _form(body: bytes) -> dict[str, str]:
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        return {}


def _unwrap(method: str, params: dict[str, str], headers: dict[str, str],
            body: bytes) -> tuple[str, dict[str, str], dict[str, str], bytes]:
    """xAPI 1.0.3 §7.8: a POST whose only query parameter is `method`, with headers, parameters and content in an
    `application/x-www-form-urlencoded` body."""
    if method != "POST":
        raise BadRequest("method: the alternate request syntax is a POST")
    if set(params) != {"method"}:
        raise BadRequest("the alternate request syntax takes no query parameter but method")
    wanted = params["method"].upper()
    if wanted not in ("GET", "PUT", "POST", "DELETE", "HEAD"):
        raise BadRequest(f"method: {params['method']!r} is not an HTTP method xAPI uses")
    if media_type(headers.get("content-type", "")) != "application/x-www-form-urlencoded":
        raise BadRequest("Content-Type: the alternate request syntax sends application/x-www-form-urlencoded")
    form = _form(body)
    unwrapped = {name: value for name, value in headers.items() if name not in ("content-type", "content-length")}
    new_params: dict[str, str] = {}
    content = b""
    for name, value in form.items():
        if name.lower() in HEADER_FORM_FIELDS:
            unwrapped[name.lower()] = value
        elif name == "content":
            content = value.encode()
        else:
            new_params[name] = value
    if wanted in ("PUT", "POST") and "content-type" not in unwrapped:
        unwrapped["content-type"] = "application/json"
    return wanted, new_params, unwrapped, content


def parse_multipart(content_type_header: str, body: bytes) -> list[Part]:
    """The parts of a `multipart/mixed` body (RFC 2046), in order, each with its headers (lower-case names) and its
    content byte for byte (attachments are binary: no decoding of any kind)."""
    found = re.search(r'boundary="?([^";]+)"?', content_type_header, re.IGNORECASE)
    if found is None:
        raise BadRequest("Content-Type: a multipart/mixed body needs a boundary")
    delimiter = b"--" + found.group(1).strip().encode()
    sections = body.split(delimiter)
    if len(sections) < 3 or not sections[-1].startswith(b"--"):
        raise BadRequest("the multipart/mixed body is not closed by its boundary")
    parts = []
    for section in sections[1:-1]:
        section = section.removeprefix(b"\r\n")
        head, separator, content = section.partition(b"\r\n\r\n")
        if not separator:
            raise BadRequest("a part of the multipart/mixed body has no headers")
        headers = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, colon, value = line.partition(":")
            if colon:
                headers[name.strip().lower()] = value.strip()
        parts.append(Part(headers, content.removesuffix(b"\r\n")))
    return parts


# orjson reads a number of 19 digits or more as a float, where json keeps the integer: such a body goes to json.
# Found as 19 zeros once every digit is a zero and everything else a space (a regular expression takes longer
# than json's whole parse).
_DIGITS_AS_ZEROS = bytes(b"0"[0] if b"0"[0] <= byte <= b"9"[0] else b" "[0] for byte in range(256))
_LONG_NUMBER = b"0" * 19


def _loads(content: bytes) -> Any:
    """The JSON value of a body: orjson parses a batch of statements several times as fast as json; what it refuses
    (text not in UTF-8, lone surrogates, NaN) or might read otherwise goes to json, so the LRS takes and refuses
    exactly what json decides."""
    if _LONG_NUMBER not in content.translate(_DIGITS_AS_ZEROS):
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            pass
    return json.loads(content, parse_constant=_no_constant)


def json_body(content: bytes, what: str) -> Any:
    try:
        value = _loads(content)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(f"{what}: the body is not valid JSON") from None
    # PostgreSQL stores no NUL in text; most bodies cannot hold one and need no second serialisation to find out.
    if may_hold_nul(content) and "\\u0000" in json.dumps(value):
        raise BadRequest(f"{what}: strings must not contain the NUL character (U+0000)")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def json_param(request: LrsRequest, name: str) -> Any:
    try:
        return json.loads(request.params[name], parse_constant=_no_constant)
    except ValueError:
        raise BadRequest(f"{name}: the parameter is not valid JSON") from None


def problem_with_version(problem: Problem, version: str) -> Problem:
    problem.headers = {**problem.headers, "X-Experience-API-Version": version}
    return problem
