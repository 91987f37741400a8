"""kit.auth.StatusCheck: a person's or client's standing is read once per few seconds, and forgotten on change."""

import pytest

from kit.auth import Principal, StatusCheck
from kit.problems import Unauthorized


class Standing:
    def __init__(self) -> None:
        self.inactive: set[tuple[str, str, str]] = set()
        self.reads = 0

    async def may_act(self, kind: str, org: str, subject: str) -> bool:
        self.reads += 1
        return (kind, org, subject) not in self.inactive


PERSON = Principal(org="o1", subject="p1", client_id="netwise-cli")
CLIENT = Principal(org="o1", subject="nw_1", kind="client", client_id="nw_1")


async def test_standing_is_cached_for_its_ttl_and_forgotten_when_it_changes() -> None:
    standing = Standing()
    check = StatusCheck(standing.may_act, ttl=60)
    for _ in range(5):
        await check.check(PERSON)
    assert standing.reads == 2  # the person and the client the token was issued to, once each

    standing.inactive.add(("person", "o1", "p1"))
    await check.check(PERSON)  # still cached: another replica notices within the ttl
    check.forget("person", "o1", "p1")  # this process heard of the deactivation
    with pytest.raises(Unauthorized, match="its person is deactivated"):
        await check.check(PERSON)


async def test_a_client_token_is_refused_once_the_client_is_revoked_and_the_ttl_has_passed() -> None:
    standing = Standing()
    check = StatusCheck(standing.may_act, ttl=0)
    await check.check(CLIENT)
    standing.inactive.add(("client", "o1", "nw_1"))
    with pytest.raises(Unauthorized, match="its client is revoked") as refused:
        await check.check(CLIENT)
    assert 'error="invalid_token"' in refused.value.headers["WWW-Authenticate"]
    # Another organisation's client of the same id is not touched.
    await check.check(Principal(org="o2", subject="nw_1", kind="client", client_id="nw_1"))


async def test_a_read_that_raced_a_change_is_not_cached() -> None:
    check: StatusCheck
    reads = 0

    async def racing_may_act(kind: str, org: str, subject: str) -> bool:
        nonlocal reads
        reads += 1
        if reads == 1:
            check.forget("person", "o1", "p1")  # the deactivation lands while this read is under way
        return True

    check = StatusCheck(racing_may_act, ttl=60)
    await check.check(PERSON)  # the person (raced, not kept) and the token's client (kept)
    await check.check(PERSON)  # the person is read again
    assert reads == 3
