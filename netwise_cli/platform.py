"""`var/platform.json`: what `netwise up` runs (URLs, token issuer, databases), so `netwise token` finds it by itself.

Reading it and minting a token needs only the standard library and joserfc: `netwise token` answers in well under
a second instead of loading every app (SQLAlchemy, FastAPI, ...) to read two rows of identity's SQLite database.
"""

import json
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path

PLATFORM_FILE = "platform.json"


class PlatformNotFound(Exception):
    pass


@dataclass(frozen=True)
class PlatformInfo:
    pid: int  # of `netwise up`
    urls: dict[str, str]  # app -> its base URL
    issuer: str  # identity's URL: the `iss` every app expects
    audience: str
    databases: dict[str, str]  # service -> its SQLite file

    def write(self, var_dir: Path) -> None:
        (var_dir / PLATFORM_FILE).write_text(json.dumps(asdict(self), indent=2) + "\n")

    @classmethod
    def read(cls, var_dir: Path) -> "PlatformInfo":
        path = var_dir / PLATFORM_FILE
        try:
            return cls(**json.loads(path.read_text()))
        except FileNotFoundError:
            raise PlatformNotFound(f"no platform found: {path} is missing; start one with `netwise up --var-dir "
                                   f"{var_dir}`, or pass the --var-dir it runs with") from None
        except (ValueError, TypeError) as exc:
            raise PlatformNotFound(f"{path} is not what `netwise up` writes ({exc}); start `netwise up` again") \
                from None


def mint_person_token(platform: PlatformInfo, email: str, org: str | None, ttl_seconds: int) -> str:
    """A token for the active person with this e-mail, signed with identity's current key (LookupError if none)."""
    from services.identity.tokens import PERSON_CLIENT_ID, sign

    database = Path(platform.databases["identity"])
    if not database.exists():
        raise PlatformNotFound(f"identity's database {database} is missing; start `netwise up` again")
    # Read-only, and only the rows a token needs; identity's keys.py made the key (state 'current' signs).
    query = "SELECT p.id, p.org_id, p.roles, p.status FROM people p JOIN organisations o ON o.id = p.org_id " \
            "WHERE p.email = ?" + (" AND o.slug = ?" if org else "")
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as conn:
            people = conn.execute(query, (email.lower(), *([org] if org else []))).fetchall()
            key = conn.execute("SELECT private_jwk FROM signing_keys WHERE state = 'current'").fetchone()
    except sqlite3.Error as exc:
        raise PlatformNotFound(f"cannot read identity's database {database} ({exc}); start `netwise up` again") \
            from None
    if not people:
        raise LookupError(f"no person with e-mail {email}" + (f" in {org}" if org else ""))
    if len(people) > 1:
        raise LookupError(f"{email} exists in several organisations; pass --org")
    person_id, org_id, roles, status = people[0]
    if status != "active":
        raise LookupError(f"{email} is deactivated")
    if key is None:
        raise PlatformNotFound("identity has no signing key yet; start `netwise up` once")
    return sign(json.loads(key[0]), issuer=platform.issuer, audience=platform.audience, subject=person_id,
                org=org_id, client_id=PERSON_CLIENT_ID, roles=json.loads(roles), ttl_seconds=ttl_seconds)
