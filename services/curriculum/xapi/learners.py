"""Who an xAPI actor is in netwise: one rule for the statements the LRS counts (mapping.py) and the learner a cmi5
launch opens a session for (cmi5.py).

An Agent names one of the organisation's people
- by `mbox`: their e-mail address;
- by an `account` on netwise itself: homePage on netwise's origin, name their person id;
- by an `account` of an LMS connected by LTI: homePage its issuer, name the LTI user id netwise knows;
- by an `account` whose name is their e-mail address (what many LMSs, and cmi5 launches from them, send).
`mbox_sha1sum` and `openid` are not matched. The people of a whole batch are read in two queries at most.
"""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import or_
from sqlalchemy import select as core_select
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from services.curriculum.models import LtiPlatform, LtiUser, directory


def origin(url: str) -> str:
    """`scheme://host[:port]`, lower-cased; empty for an IRI that names no site."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an IRI urlsplit cannot read (e.g. an unclosed IPv6 bracket) is no site of ours
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower()


def _email(text: str) -> str | None:
    return text.lower() if "@" in text else None


@dataclass
class People:
    """The organisation's people that a batch's actors name, each way an actor can name them."""

    by_email: dict[str, str]
    by_lti: dict[tuple[str, str], str]  # (issuer, LTI user id) -> person id
    active: set[str]
    known: set[str]  # active or not
    origin: str

    def who(self, actor: dict[str, Any]) -> str | None:
        """The person the actor names, active or not; None for no one of the organisation."""
        mbox = str(actor.get("mbox", ""))
        if mbox[:7].lower() == "mailto:":
            return self.by_email.get(mbox[7:].lower())
        account = actor.get("account")
        if not isinstance(account, dict):
            return None
        home, name = str(account["homePage"]), str(account["name"])
        if origin(home) == self.origin:
            return name if name in self.known else None
        by_lti = self.by_lti.get((home.rstrip("/"), name))
        email = _email(name)
        return by_lti or (self.by_email.get(email) if email else None)

    def find(self, actor: dict[str, Any]) -> str | None:
        """The active person the actor names, or None."""
        person = self.who(actor)
        return person if person in self.active else None


async def people_named(session: AsyncSession, org_id: str, actors: list[dict[str, Any]], base: str) -> People:
    """The people `actors` name; `base` is netwise's public URL (an account on its origin names a person id)."""
    ours = origin(base)
    emails, ids, lti = set(), set(), set()
    for actor in actors:
        mbox = str(actor.get("mbox", ""))
        account = actor.get("account")
        if mbox[:7].lower() == "mailto:":
            emails.add(mbox[7:].lower())
        elif isinstance(account, dict):
            home, name = str(account["homePage"]), str(account["name"])
            if origin(home) == ours:
                ids.add(name)
                continue
            lti.add((home.rstrip("/"), name))
            if email := _email(name):
                emails.add(email)
    by_lti: dict[tuple[str, str], str] = {}
    if lti:
        rows = (await session.execute(core_select(col(LtiPlatform.issuer), col(LtiUser.sub), col(LtiUser.person_id))
                                      .join(LtiPlatform, col(LtiPlatform.id) == col(LtiUser.platform_id))
                                      .where(col(LtiPlatform.org_id) == org_id,
                                             col(LtiUser.sub).in_({name for _, name in lti})))).all()
        by_lti = {(row.issuer.rstrip("/"), row.sub): row.person_id for row in rows
                  if (row.issuer.rstrip("/"), row.sub) in lti}
        ids |= set(by_lti.values())
    people = directory.people
    found: list[Any] = []
    if emails or ids:
        found = list((await session.execute(core_select(people.c.id, people.c.email, people.c.status).where(
            people.c.org_id == org_id, or_(people.c.email.in_(emails), people.c.id.in_(ids))))).all())
    known = {row.id for row in found}
    return People({row.email.lower(): row.id for row in found if row.email.lower() in emails},
                  {pair: person for pair, person in by_lti.items() if person in known},
                  {row.id for row in found if row.status == "active"}, known, ours)
