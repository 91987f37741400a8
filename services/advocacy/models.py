"""advocacy's tables. API shapes live in schemas.py."""

from sqlalchemy import MetaData
from sqlmodel import SQLModel

from kit.events import event_tables


class AdvocacyTable(SQLModel):
    metadata = MetaData()


outbox_table, inbox_table = event_tables(AdvocacyTable.metadata)
