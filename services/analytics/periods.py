"""Calendar periods in the organisation's time zone: day, ISO week (Monday first), month, quarter, rolling."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kit.ids import utcnow

EARLIEST = date(2000, 1, 1)


def today_in(timezone: str, now: datetime | None = None) -> date:
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return (now or utcnow()).astimezone(zone).date()


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def period_bounds(period: str, day: date, window_days: int | None = None) -> tuple[date, date]:
    """The period containing `day`, both ends inclusive; a rolling window ends on `day`."""
    if period == "day":
        return day, day
    if period == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if period == "month":
        return month_start(day), next_month(day) - timedelta(days=1)
    if period == "quarter":
        first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        end = next_month(next_month(next_month(first))) - timedelta(days=1)
        return first, end
    if period == "rolling":
        assert window_days is not None
        return day - timedelta(days=window_days - 1), day
    raise ValueError(f"unknown period {period}")


def days_between(start: date, end: date) -> int:
    """Days from start to end, both included."""
    return (end - start).days + 1


def utc_range(timezone: str, start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00, day after end 00:00) in the organisation's zone, as UTC instants."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    first = datetime.combine(start, datetime.min.time(), zone)
    after = datetime.combine(end + timedelta(days=1), datetime.min.time(), zone)
    return first.astimezone(ZoneInfo("UTC")), after.astimezone(ZoneInfo("UTC"))
