"""A verified token is remembered briefly, so a cached read pays no signature check; never past its expiry."""

import time

import pytest

from kit.auth import TokenVerifier
from kit.problems import Unauthorized
from tests import tokens
from tests.tokens import AUDIENCE, ISSUER


class CountingKeys:
    def __init__(self, issuer: tokens.TestIssuer) -> None:
        self.inner = issuer.key_source
        self.loads = 0

    async def keys(self, refresh: bool = False):  # type: ignore[no-untyped-def]
        self.loads += 1
        return await self.inner.keys(refresh)


async def test_a_token_is_verified_once_then_remembered() -> None:
    issuer = tokens.TestIssuer()
    keys = CountingKeys(issuer)
    verifier = TokenVerifier(keys, issuer=ISSUER, audience=AUDIENCE)
    token = issuer.token(org="org-1", subject="person-1", roles=["learner"])
    first = await verifier.verify(token)
    second = await verifier.verify(token)
    assert first == second and first.roles == {"learner"}
    assert keys.loads == 1  # the second call checked no signature
    await verifier.verify(issuer.token(org="org-1", subject="person-2"))
    assert keys.loads == 2  # another token is checked on its own


async def test_a_remembered_token_is_refused_once_it_expires(monkeypatch: pytest.MonkeyPatch) -> None:
    issuer = tokens.TestIssuer()
    verifier = TokenVerifier(issuer.key_source, issuer=ISSUER, audience=AUDIENCE)
    token = issuer.token(org="org-1", subject="person-1", ttl=10)
    await verifier.verify(token)
    later = time.time() + 10 + 31  # past expiry and the 30 s leeway
    monkeypatch.setattr(time, "time", lambda: later)
    with pytest.raises(Unauthorized):
        await verifier.verify(token)


async def test_a_forged_token_is_never_remembered() -> None:
    issuer, forger = tokens.TestIssuer(), tokens.TestIssuer()
    verifier = TokenVerifier(issuer.key_source, issuer=ISSUER, audience=AUDIENCE)
    forged = forger.token(org="org-1", subject="person-1")
    for _ in range(2):
        with pytest.raises(Unauthorized):
            await verifier.verify(forged)
