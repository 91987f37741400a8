"""The docs pages say what the code does: their examples run, their paths exist, their event catalogue is current."""

from tests.docs.conftest import fjordline, page
from tests.docs.examples import Capture, run
from tests.docs.platform import Platform


async def run_page(running: Platform, name: str, capture: dict[str, Capture] | None = None) -> None:
    """Runs a page's examples on a fresh Fjordline; fails with every difference from what the page shows."""
    org = await fjordline(running)
    differences = await run(page(name), running.gateway, org.variables(), org.page_ids(), capture)
    assert not differences, f"{name} shows what the API no longer answers:\n" + "\n".join(differences)


async def test_errors_page_examples_are_what_the_api_answers(docs_platform: Platform) -> None:
    await run_page(docs_platform, "errors.md")


async def test_pagination_page_examples_are_what_the_api_answers(docs_platform: Platform) -> None:
    await run_page(docs_platform, "pagination.md")
