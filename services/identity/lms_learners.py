"""People an organisation's LMS brings: a learner launched from an LMS whose registration (in curriculum) creates
people at their first launch arrives as an event, and becomes a person here, a learner with job function `other`
until an admin says more; as SCIM does for a directory."""

import logging

from pydantic import ValidationError
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events.curriculum import LMS_LEARNER_ARRIVED, LmsLearnerArrived
from contracts.vocabulary import JobFunction, Role
from kit.events import CloudEvent, EventHandler, Outbox
from services.identity import repositories as repo
from services.identity import service
from services.identity.models import Organisation
from services.identity.schemas import PersonCreate

log = logging.getLogger("netwise.identity")


def handlers(outbox: Outbox) -> dict[str, EventHandler]:
    async def on_arrival(session: AsyncSession, event: CloudEvent, data: LmsLearnerArrived) -> None:
        """Once per address: a second launch before the person exists, or a redelivery, finds them made."""
        if await session.get(Organisation, event.org) is None or \
                await repo.person_by_email(session, event.org, data.email) is not None:
            return
        try:
            person = PersonCreate(email=data.email, name=data.name.strip() or data.email.split("@")[0],
                                  job_function=JobFunction.other, roles=[Role.learner])
        except ValidationError:
            log.warning("an LMS learner with an address netwise cannot use was not created (LMS %s)", data.platform)
            return
        await service.create_person(session, outbox, event.org, person)

    return {LMS_LEARNER_ARRIVED: on_arrival}
