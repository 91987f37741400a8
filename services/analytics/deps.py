"""analytics's dependency aliases: who may do what, declared once."""

from typing import Annotated

from contracts.vocabulary import ALL_ROLES
from kit.auth import Principal, require

ORG_WIDE = frozenset({"admin", "analyst"})

# Every person records their own time; integrations with time:write record anyone's in their organisation.
TimeWriter = Annotated[Principal, require(roles=ALL_ROLES, scopes={"time:write"})]
RoleHolder = Annotated[Principal, require(roles=ALL_ROLES)]  # any person of the organisation
Steward = Annotated[Principal, require(roles=ORG_WIDE)]
CAP_SETTERS = frozenset({"admin", "analyst", "manager"})
CapSetter = Annotated[Principal, require(roles=CAP_SETTERS)]
MeasurementWriter = Annotated[Principal, require(roles=ORG_WIDE, scopes={"kpis:write"})]
Reader = Annotated[Principal, require(roles=ALL_ROLES, scopes={"reports:read", "kpis:write", "time:write"})]
