"""Every report also leaves as CSV: `Accept: text/csv` or `?format=csv`."""

import csv
import io
from collections.abc import Sequence
from typing import Any, Literal, TypeVar

from fastapi import Query, Request, Response
from pydantic import BaseModel

from kit.privacy import Suppression

CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}},
          "description": "The report; as CSV with `Accept: text/csv` or `?format=csv`."}}

T = TypeVar("T")
Format = Literal["json", "csv"]
FormatQuery = Query(default=None, description="`csv` for a CSV file; otherwise the Accept header decides.")


def wants_csv(request: Request, fmt: Format | None) -> bool:
    if fmt is not None:
        return fmt == "csv"
    accept = request.headers.get("accept", "")
    return "text/csv" in accept and "application/json" not in accept


def csv_response(name: str, columns: Sequence[str], rows: Sequence[dict[str, Any]],
                 suppression: Suppression | None) -> Response:
    """One header line, one line per row; what privacy held back is said in headers, not mixed into the data."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
    if suppression is not None:
        headers["X-Min-Group-Size"] = str(suppression.min_group_size)
        headers["X-Suppressed-Groups"] = str(suppression.suppressed_groups)
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def answer(request: Request, fmt: Format | None, name: str, body: T, row_model: type[BaseModel],
           rows: Sequence[BaseModel]) -> T | Response:
    """The report as JSON, or as CSV when asked (`?format=csv`, or Accept), one line per row of `row_model`."""
    if not wants_csv(request, fmt):
        return body
    return csv_response(name, list(row_model.model_fields), [row.model_dump(mode="json") for row in rows],
                        getattr(body, "suppression", None))
