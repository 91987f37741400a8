"""analytics's tables. API shapes live in schemas.py."""

from sqlalchemy import MetaData
from sqlmodel import SQLModel

from kit.events import event_tables


class AnalyticsTable(SQLModel):
    metadata = MetaData()


outbox_table, inbox_table = event_tables(AnalyticsTable.metadata)
