"""CSV uploads: the request body as text, with one set of rules for media type, size and encoding."""

from typing import Any

from fastapi import Request

from kit.problems import Unprocessable, UnsupportedMediaType

MAX_CSV_BYTES = 5 * 1024 * 1024
CSV_MEDIA_TYPES = ("text/csv", "application/csv")
# openapi_extra for a route whose body is a CSV file (FastAPI cannot infer it from a raw-body handler).
CSV_BODY: dict[str, Any] = {
    "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}}


async def read_csv(request: Request, max_bytes: int = MAX_CSV_BYTES) -> str:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in CSV_MEDIA_TYPES:
        raise UnsupportedMediaType("send the file as text/csv")
    raw = await request.body()
    if len(raw) > max_bytes:
        raise Unprocessable.field("body", f"is larger than {max_bytes // (1024 * 1024)} MB")
    try:
        return raw.decode("utf-8-sig")  # Excel writes a byte-order mark
    except UnicodeDecodeError:
        raise Unprocessable.field("body", "is not UTF-8 text") from None
