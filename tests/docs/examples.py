"""The example exchanges of a docs page: read them, send them, and compare what comes back with what the page shows.

A page marks an example with `<!-- example: NAME -->`, followed by a ```sh block with one curl command and a
```http block with the response as the page shows it (status line, the headers that matter, the JSON body).

Comparison is strict where a reader relies on it: the status, every header shown, and the body's keys and values.
What differs between two runs may differ: ids (a page's id stands for one real id throughout the page), times,
tokens, client secrets, cursors (which encode an id). Values on the page look like real ones, so it reads naturally.
"""

import base64
import json
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

MARKER = re.compile(r"<!-- example: ([\w-]+) -->\s*```sh\n(.*?)```\s*```http\n(.*?)```", re.S)

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
CLIENT_ID = r"nw_[0-9a-f]{24}"
ID = re.compile(f"{UUID}|{CLIENT_ID}")
# Volatile tokens in the order they are tried; each becomes a capture group when a page's value is matched.
VOLATILE = [
    ("id", ID.pattern),
    ("time", r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)"),
    ("jwt", r"eyJ[\w-]+\.[\w-]+\.[\w-]+"),
    ("cursor", r"(?<![\w-])[A-Za-z0-9_-]{48}(?![\w-])"),  # a cursor encodes an id: 36 bytes in base64url
    ("secret", r"(?<![\w-])[A-Za-z0-9_-]{43}(?![\w-])"),  # a client secret: 32 random bytes in base64url
]
TOKEN = re.compile("|".join(f"(?P<{name.replace('-', '_')}>{pattern})" for name, pattern in VOLATILE))
CAPTURE = {name.replace("-", "_"): f"({pattern})" for name, pattern in VOLATILE}


@dataclass
class Example:
    name: str
    command: str
    response: str


def examples(page: str) -> list[Example]:
    return [Example(name, command.strip(), response.strip()) for name, command, response in MARKER.findall(page)]


def encode_cursor(key: str) -> str:
    return base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return ""


@dataclass
class Ids:
    """The page's ids and the real ones they stand for, learnt as the examples run."""

    real: dict[str, str] = field(default_factory=dict)  # page id -> real id

    def bind(self, page_id: str, real_id: str) -> str | None:
        """Binds the pair, or says why it cannot be bound."""
        if page_id in self.real:
            return None if self.real[page_id] == real_id else f"{page_id} stood for {self.real[page_id]}, now {real_id}"
        if real_id in self.real.values():
            return f"{real_id} is already shown as another id than {page_id}"
        self.real[page_id] = real_id
        return None

    def to_real(self, text: str) -> str:
        """A page's text with its ids (and cursors over them) replaced by the real ones."""
        for page_id, real_id in self.real.items():
            text = text.replace(page_id, real_id).replace(encode_cursor(page_id), encode_cursor(real_id))
        return text


def matches(shown: str, actual: str, ids: Ids) -> str | None:
    """None when `actual` is what the page shows, up to volatile tokens; else what differs."""
    pattern, kinds, tokens, end = "", [], [], 0
    for token in TOKEN.finditer(shown):
        kind = str(token.lastgroup)
        pattern += re.escape(shown[end:token.start()]) + CAPTURE[kind]
        kinds.append(kind)
        tokens.append(token.group())
        end = token.end()
    pattern += re.escape(shown[end:])
    found = re.fullmatch(pattern, actual)
    if found is None:
        return f"shown {shown!r}, got {actual!r}"
    for kind, page_value, real_value in zip(kinds, tokens, found.groups(), strict=True):
        if kind == "id":
            error = ids.bind(page_value, real_value)
        elif kind == "cursor":
            page_key, real_key = decode_cursor(page_value), decode_cursor(real_value)
            error = ids.bind(page_key, real_key) if ID.fullmatch(page_key) and ID.fullmatch(real_key) else \
                f"shown cursor {page_value} ({page_key!r}), got {real_value} ({real_key!r})"
        else:
            error = None
        if error:
            return error
    return None


def compare_json(shown: Any, actual: Any, ids: Ids, where: str = "body") -> list[str]:
    if isinstance(shown, dict):
        if not isinstance(actual, dict):
            return [f"{where}: shown an object, got {actual!r}"]
        if set(shown) != set(actual):
            return [f"{where}: shown keys {sorted(shown)}, got {sorted(actual)}"]
        return [e for key in shown for e in compare_json(shown[key], actual[key], ids, f"{where}.{key}")]
    if isinstance(shown, list):
        if not isinstance(actual, list) or len(shown) != len(actual):
            return [f"{where}: shown {len(shown)} items, got {actual!r}"]
        return [e for i, (s, a) in enumerate(zip(shown, actual, strict=True))
                for e in compare_json(s, a, ids, f"{where}[{i}]")]
    if isinstance(shown, str) and isinstance(actual, str):
        error = matches(shown, actual, ids)
        return [f"{where}: {error}"] if error else []
    return [] if shown == actual and type(shown) is type(actual) else [f"{where}: shown {shown!r}, got {actual!r}"]


@dataclass
class Shown:
    status: int
    headers: list[tuple[str, str]]
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


def shown_response(text: str) -> Shown:
    head, _, body = text.partition("\n\n")
    lines = head.splitlines()
    status = int(lines[0].split()[1])
    headers = [(name.strip(), value.strip()) for name, _, value in (line.partition(":") for line in lines[1:])]
    return Shown(status, headers, body.strip())


@dataclass
class Request:
    method: str
    url: str
    headers: list[tuple[str, str]]
    content: bytes | None


def curl_request(command: str, variables: dict[str, str], ids: Ids) -> Request:
    """The request a curl command of a docs page sends; only the options the pages use are understood."""
    command = command.replace("\\\n", " ")

    def variable(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        if name not in variables:
            raise KeyError(f"the example uses ${name}, which the test does not set")
        return variables[name]

    command = re.sub(r"\$\{(\w+)\}|\$(\w+)", variable, ids.to_real(command))
    args = shlex.split(command, comments=True)
    assert args[0] == "curl", command
    method, url, headers, content = None, None, [], None
    i = 1
    while i < len(args):
        arg = args[i]
        if arg in ("-i", "-s", "-si", "--include", "--silent", "--fail-with-body"):
            pass
        elif arg in ("-X", "--request"):
            i += 1
            method = args[i]
        elif arg in ("-H", "--header"):
            i += 1
            name, _, value = args[i].partition(":")
            headers.append((name.strip(), value.strip()))
        elif arg == "--json":
            i += 1
            content = args[i].encode()
            headers += [("Content-Type", "application/json"), ("Accept", "application/json")]
        elif arg in ("-d", "--data"):
            i += 1
            content = args[i].encode() if content is None else content + b"&" + args[i].encode()
            if not any(name.lower() == "content-type" for name, _ in headers):
                headers.append(("Content-Type", "application/x-www-form-urlencoded"))
        elif arg in ("-u", "--user"):
            i += 1
            headers.append(("Authorization", "Basic " + base64.b64encode(args[i].encode()).decode()))
        elif arg.startswith("-"):
            raise ValueError(f"the docs' curl subset has no {arg}: {command}")
        else:
            url = arg
        i += 1
    assert url is not None, command
    return Request(method or ("POST" if content is not None else "GET"), url, headers, content)


Capture = Callable[[httpx.Response], dict[str, str]]


async def run(page: str, http: httpx.AsyncClient, variables: dict[str, str], ids: Ids,
              capture: dict[str, Capture] | None = None) -> list[str]:
    """Sends every example of `page` in order; returns what differs from what the page shows (empty: nothing).

    `capture[name]` reads values from an example's response that later examples use as variables.
    """
    found = examples(page)
    assert found, "the page has no examples"
    errors: list[str] = []
    for example in found:
        request = curl_request(example.command, variables, ids)
        response = await http.request(request.method, request.url, headers=request.headers, content=request.content)
        shown = shown_response(example.response)
        problems = []
        if response.status_code != shown.status:
            problems.append(f"status: shown {shown.status}, got {response.status_code} {response.text[:300]}")
        for name, value in shown.headers:
            if name.lower() not in response.headers:
                problems.append(f"header {name}: shown, but not sent")
            elif error := matches(value, response.headers[name], ids):
                problems.append(f"header {name}: {error}")
        if shown.body and "json" in response.headers.get("content-type", ""):
            problems += compare_json(shown.json(), response.json(), ids)
        elif shown.body:
            error = matches(shown.body, response.text, ids)
            problems += [f"body: {error}"] if error else []
        elif response.content and response.status_code != 204:
            problems.append(f"body: none shown, got {response.text[:300]}")
        errors += [f"{example.name}: {problem}" for problem in problems]
        if problems:
            break  # later examples build on this one: their differences would only repeat it
        if capture and example.name in capture:
            variables |= capture[example.name](response)
    return errors
