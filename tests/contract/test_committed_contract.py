"""The committed contract and docs must be what the code generates."""

from pathlib import Path

from typer.testing import CliRunner

from netwise_cli.contract import readme_with_settings
from netwise_cli.main import app

ROOT = Path(__file__).resolve().parents[2]


def test_openapi_directory_matches_the_code() -> None:
    result = CliRunner().invoke(app, ["openapi", "--check", "--dir", str(ROOT / "openapi")])
    assert result.exit_code == 0, result.output


def test_openapi_check_fails_on_a_stale_file(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["openapi", "--dir", str(tmp_path)]).exit_code == 0
    identity = tmp_path / "identity.json"
    identity.write_text(identity.read_text().replace('"/v1/people"', '"/v1/persons"'))
    result = runner.invoke(app, ["openapi", "--check", "--dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "identity.json: differs from the code" in result.output


def test_readme_configuration_table_lists_every_setting() -> None:
    readme = (ROOT / "README.md").read_text()
    assert readme == readme_with_settings(readme), "run `uv run netwise settings --readme README.md`"
