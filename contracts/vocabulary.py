"""The words every service uses the same way: the job functions and roles identity gives people."""

from enum import StrEnum


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


ALL_ROLES = frozenset(Role)  # any person of the organisation, whatever they may do
