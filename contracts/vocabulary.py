"""The words every service uses the same way: the job functions and roles identity gives people."""

from enum import StrEnum

from pydantic.json_schema import JsonDict


class JobFunction(StrEnum):
    """identity's job functions: part of its person events, so every service speaks the same ones."""

    sales = "sales"
    customer_service = "customer_service"
    marketing = "marketing"
    product = "product"
    analytics = "analytics"
    hr = "hr"
    it = "it"
    leadership = "leadership"
    other = "other"


class Role(StrEnum):  # what a person may do: identity grants roles, every service checks them
    learner = "learner"
    ambassador = "ambassador"
    editor = "editor"
    comms = "comms"
    manager = "manager"
    analyst = "analyst"
    admin = "admin"


ALL_ROLES = frozenset(Role)


class Network(StrEnum):  # the networks ambassadors share to: part of advocacy's API and events
    linkedin = "linkedin"
    x = "x"
    facebook = "facebook"
    instagram = "instagram"
    threads = "threads"
    bluesky = "bluesky"
    mastodon = "mastodon"  # any person of the organisation, whatever they may do


# Marks a field of an event's data that names a person (an id, a name, an address): webhooks leave it out of the
# payloads of endpoints not allowed personal data. Use as `Field(json_schema_extra=PERSONAL_DATA)`.
PERSONAL_DATA: JsonDict = {"x-personal-data": True}
