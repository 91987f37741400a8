"""What operators watch on the outbox: events not yet delivered, how old the oldest is, how many are failing."""

from prometheus_client import CollectorRegistry, Gauge
from sqlalchemy import Table, case, func, select

from kit.db import Database
from kit.ids import utcnow


class OutboxBacklog:
    """Gauges per subscriber, read from the outbox table at each scrape (`refresh`): every replica reports the
    same database-wide figures, so alert on their maximum, not their sum."""

    def __init__(self, database: Database, outbox: Table, subscribers: list[str], registry: CollectorRegistry) -> None:
        self.database, self.outbox, self.subscribers = database, outbox, subscribers
        self.undelivered = Gauge("netwise_outbox_undelivered", "events not yet delivered", ["subscriber"],
                                 registry=registry)
        self.oldest = Gauge("netwise_outbox_oldest_undelivered_seconds",
                            "age of the oldest event not yet delivered (0 when none)", ["subscriber"],
                            registry=registry)
        self.failing = Gauge("netwise_outbox_failing", "undelivered events whose last delivery attempt failed",
                             ["subscriber"], registry=registry)

    async def refresh(self) -> None:
        o = self.outbox.c
        query = (select(o.subscriber, func.count(), func.min(o.created_at),
                        func.sum(case((o.last_error.is_not(None), 1), else_=0)))
                 .where(o.delivered_at.is_(None)).group_by(o.subscriber))
        async with self.database.transaction() as session:
            rows = (await session.execute(query)).all()
        figures = {subscriber: (0, 0.0, 0) for subscriber in self.subscribers}
        now = utcnow()
        for subscriber, count, oldest, failing in rows:
            # min() over a UTC column comes back naive from SQLite: the column stores UTC.
            oldest_at = oldest if oldest.tzinfo else oldest.replace(tzinfo=now.tzinfo)
            figures[subscriber] = (count, max(0.0, (now - oldest_at).total_seconds()), failing or 0)
        for subscriber, (count, age, failed) in figures.items():
            self.undelivered.labels(subscriber).set(count)
            self.oldest.labels(subscriber).set(age)
            self.failing.labels(subscriber).set(failed)
