"""advocacy's data migrations: existing rows carried over to the new shape."""

import asyncio
from pathlib import Path

from alembic import command
from sqlalchemy import text

from kit.migrations import alembic_config, upgrade
from services.advocacy.app import MIGRATIONS
from tests.databases import connected, migrated_database


async def test_earned_media_rates_become_minor_units_of_each_currency(backend: str, tmp_path: Path) -> None:
    """CPM and CPC were floats in major units; they become integers in the currency's minor units."""
    async with migrated_database(backend, MIGRATIONS, tmp_path) as url:
        await asyncio.to_thread(command.downgrade, alembic_config(MIGRATIONS, url), "0002")
        async with connected(url) as conn:
            for org, currency, cpm, cpc in [("sek", "SEK", 85.0, 6.5), ("jpy", "JPY", 1200.0, 80.0),
                                            ("kwd", "KWD", 1.2345, 0.0505), ("unset", "EUR", 0.0, 0.0)]:
                await conn.execute(text(
                    "INSERT INTO dir_organisations (id, name, currency, timezone, default_locale, min_group_size, "
                    "version) VALUES (:org, :org, :currency, 'UTC', 'en', 5, 1)"), {"org": org,
                                                                                "currency": currency})
                await conn.execute(text(
                    "INSERT INTO programmes (org_id, require_policy_acknowledgement, disclosure_networks, "
                    "banned_terms, allowed_link_domains, sharing_start_hour, sharing_end_hour, "
                    "daily_share_limit, cpm, cpc, leaderboard_enabled, updated_at, version) VALUES (:org, "
                    "false, '[]', '[]', '[]', 0, 24, 10, :cpm, :cpc, false, CURRENT_TIMESTAMP, 3)"),
                    {"org": org, "cpm": cpm, "cpc": cpc})
        await asyncio.to_thread(upgrade, MIGRATIONS, url)
        async with connected(url) as conn:
            rows = (await conn.execute(text(
                "SELECT org_id, earned_media_cpm_minor, earned_media_cpc_minor, version FROM programmes"))).all()
        assert {r[0]: tuple(r[1:]) for r in rows} == {
            "sek": (8500, 650, 4), "jpy": (1200, 80, 4), "kwd": (1235, 51, 4),  # 3 decimals, half up
            "unset": (0, 0, 3)}  # nothing changed: the ETag stays
