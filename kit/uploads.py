"""CSV uploads: the request body as text, and one reader for every importer, refusing by line number.

The reader is strict on purpose: an unclosed quote must not silently swallow the next row, a field past the
csv module's limit or a NUL is refused, and line endings may be CRLF, LF or CR alone (old Excel on a Mac).
"""

import csv
import io
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request

from kit.inputs import NUL, NUL_MESSAGE
from kit.problems import FieldError, Unprocessable, UnsupportedMediaType

MAX_CSV_BYTES = 5 * 1024 * 1024
MAX_IMPORT_ROWS = 10_000
CSV_MEDIA_TYPES = ("text/csv", "application/csv")
# openapi_extra for a route whose body is a CSV file (FastAPI cannot infer it from a raw-body handler).
def csv_body(example: str) -> dict[str, Any]:
    """The `openapi_extra` of a route that takes a CSV file: its media type, and what a file looks like."""
    return {"requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"},
                                                                       "example": example}}}}


async def read_csv(request: Request) -> str:
    """The body of a CSV upload as text; a dependency (`CsvText`) declared after the caller's principal, so an
    unauthorised upload is refused before it is read."""
    max_bytes = MAX_CSV_BYTES
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


CsvText = Annotated[str, Depends(read_csv)]


@dataclass
class CsvRow:
    line: int  # where the record starts (a quoted field may span lines)
    values: dict[str, str]  # by header column, stripped; a short row's missing columns are ""


@dataclass
class CsvTable:
    header: list[str]
    rows: list[CsvRow] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)  # rows whose shape is wrong; the rest is readable


def _refuse(line: int, message: str) -> Unprocessable:
    return Unprocessable(f"line {line}: {message}; nothing was imported",
                         errors=[FieldError(field="file", message=message, line=line)])


def _syntax_message(exc: csv.Error) -> str:
    text = str(exc)
    if "unexpected end of data" in text:
        return "a quoted field starting in this row is never closed"
    if "field larger than field limit" in text:
        return f"has a field longer than {csv.field_size_limit()} characters"
    return f"is not valid CSV: {text}"


def parse_csv(text: str, *, required: set[str], allowed: set[str], max_rows: int = MAX_IMPORT_ROWS) -> CsvTable:
    """The header (line 1) and the data rows of `text`; a file that cannot be read as a whole is a 422.

    Blank rows (Excel's trailing `,,,`) are skipped. A row with more fields than the header is a row error in
    `errors`, so an importer reports it with the problems of the other rows.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    table: CsvTable | None = None
    start = 1
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _refuse(start, _syntax_message(exc)) from None
        if any(NUL in value for value in record):
            raise _refuse(start, NUL_MESSAGE)
        if table is None:
            table = CsvTable(header=_header(record, required, allowed))
            continue
        if not any(value.strip() for value in record):
            continue
        if len(table.rows) + len(table.errors) >= max_rows:
            raise _refuse(start, f"the file has more than {max_rows} rows")
        if len(record) > len(table.header):
            table.errors.append(FieldError(field="row", message="has more fields than the header", line=start))
            continue
        values = dict.fromkeys(table.header, "")
        values.update(zip(table.header, (value.strip() for value in record), strict=False))
        table.rows.append(CsvRow(start, values))
    return table if table is not None else CsvTable(header=_header([], required, allowed))


def _header(record: list[str], required: set[str], allowed: set[str]) -> list[str]:
    header = [name.strip() for name in record]
    errors = [FieldError(field=name, message="column is missing from the header", line=1)
              for name in sorted(required - set(header))]
    errors += [FieldError(field=name, message="is not a known column", line=1)
               for name in sorted(set(header) - allowed)]
    errors += [FieldError(field=name, message="appears more than once in the header", line=1)
               for name in sorted({n for n in header if header.count(n) > 1})]
    if errors:
        raise Unprocessable("the CSV header (line 1) is not usable: "
                            + "; ".join(f"{e.field} {e.message}" for e in errors), errors=errors)
    return header
