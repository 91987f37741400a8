"""What an integration does with the generated Python client (clients/python/netwise-client, which
`uv run netwise openapi` generates).

    PYTHONPATH=clients/python/netwise-client NETWISE_API=http://127.0.0.1:8000 NETWISE_TOKEN=<a token> \
        python clients/python/example.py

Prints what it did; exits 1 when the API answers otherwise than the contract says.
"""

import datetime
import os
import sys
import uuid

from netwise_client import AuthenticatedClient
from netwise_client.api.analytics_time import analytics_time_create_time_entry
from netwise_client.api.identity_people import (
    identity_people_create_person,
    identity_people_get_me,
    identity_people_list_people,
)
from netwise_client.models import (
    AnalyticsProblemDetail,
    AnalyticsTimeEntryCreate,
    AnalyticsTimeEntryPublic,
    IdentityJobFunction,
    IdentityPersonCreate,
    IdentityPersonPublic,
)


def main() -> int:
    client = AuthenticatedClient(base_url=os.environ["NETWISE_API"], token=os.environ["NETWISE_TOKEN"])
    with client:
        me = identity_people_get_me.sync(client=client)
        if not isinstance(me, IdentityPersonPublic):
            print(f"GET /identity/v1/me: {me}", file=sys.stderr)
            return 1
        print(f"signed in as {me.email}")

        email = f"sam.{uuid.uuid4().hex[:8]}@example.com"
        created = identity_people_create_person.sync(client=client, body=IdentityPersonCreate(
            email=email, name="Sam Seller", job_function=IdentityJobFunction.SALES))
        if not isinstance(created, IdentityPersonPublic):
            print(f"POST /identity/v1/people: {created}", file=sys.stderr)
            return 1
        page = identity_people_list_people.sync(client=client, limit=100)
        emails = [person.email for person in page.items] if page is not None and hasattr(page, "items") else []
        print(f"created {created.email}; {len(emails)} people listed")

        # A retried write with the same Idempotency-Key has one effect.
        key = str(uuid.uuid4())
        entry = AnalyticsTimeEntryCreate(date=datetime.date(2026, 11, 2), minutes=30)
        first = analytics_time_create_time_entry.sync(client=client, body=entry, idempotency_key=key)
        again = analytics_time_create_time_entry.sync(client=client, body=entry, idempotency_key=key)
        if not (isinstance(first, AnalyticsTimeEntryPublic) and isinstance(again, AnalyticsTimeEntryPublic)
                and first.id == again.id):
            print(f"POST /analytics/v1/time-entries: {first} then {again}", file=sys.stderr)
            return 1
        print(f"recorded {first.minutes} min once ({first.id})")

        # A refusal is a problem with the field and the rule.
        refused = analytics_time_create_time_entry.sync(client=client, body=AnalyticsTimeEntryCreate(
            date=datetime.date(2026, 11, 2), minutes=-5))
        if not isinstance(refused, AnalyticsProblemDetail):
            print(f"minutes=-5 was not refused: {refused}", file=sys.stderr)
            return 1
        print("refused: " + "; ".join(f"{e.field}: {e.message}" for e in refused.errors or []))
    return 0


if __name__ == "__main__":
    sys.exit(main())
