from enum import StrEnum

class WebhooksScope(StrEnum):
    CATALOGREAD = "catalog:read"
    COMPLETIONSWRITE = "completions:write"
    ENROLMENTSWRITE = "enrolments:write"
    KPISWRITE = "kpis:write"
    PEOPLEREAD = "people:read"
    PEOPLEWRITE = "people:write"
    PROGRESSREAD = "progress:read"
    REPORTSREAD = "reports:read"
    SCIM = "scim"
    TIMEWRITE = "time:write"

    def __str__(self) -> str:
        return str(self.value)
