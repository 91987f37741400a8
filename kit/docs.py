"""Interactive API docs that work offline: Swagger UI and ReDoc served from a package, never from a CDN.

A frontend developer on a train, or an operator behind a firewall, gets working docs: the pages load their
scripts and styles from `/docs/assets/`, which serves the files bundled in the `fastapi-offline` package.
"""

from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

ASSETS = Path(fastapi_offline.__file__).parent / "static"
ASSETS_PATH = "/docs/assets"


def setup_docs(app: FastAPI, title: str, sign_in_client_id: str | None = None) -> None:
    """`/docs` (Swagger UI, to try calls) and `/redoc` (to read), both on this app's `/openapi.json`.
    `sign_in_client_id`: the app Swagger UI signs people in as (its redirect URI is `<root>/docs/oauth2-redirect`);
    without one, Authorize takes a pasted token or client credentials."""
    router = APIRouter(include_in_schema=False)

    def _root(request: Request) -> str:
        # Behind the gateway each service is mounted under a prefix; the browser must ask there.
        return str(request.scope.get("root_path", "")).rstrip("/")

    @router.get("/docs")
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = _root(request)
        return get_swagger_ui_html(
            openapi_url=f"{root}/openapi.json", title=title,
            swagger_js_url=f"{root}{ASSETS_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS_PATH}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS_PATH}/favicon.png",
            oauth2_redirect_url=f"{root}/docs/oauth2-redirect",
            init_oauth={"usePkceWithAuthorizationCodeGrant": True,
                        **({"clientId": sign_in_client_id} if sign_in_client_id else {})},
            swagger_ui_parameters={"persistAuthorization": True, "displayRequestDuration": True,
                                   "filter": True, "tryItOutEnabled": True})

    @router.get("/docs/oauth2-redirect")
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @router.get("/redoc")
    async def redoc(request: Request) -> HTMLResponse:
        root = _root(request)
        return get_redoc_html(openapi_url=f"{root}/openapi.json", title=title,
                              redoc_js_url=f"{root}{ASSETS_PATH}/redoc.standalone.js",
                              redoc_favicon_url=f"{root}{ASSETS_PATH}/favicon.png", with_google_fonts=False)

    app.include_router(router)
    app.mount(ASSETS_PATH, StaticFiles(directory=ASSETS), name="docs-assets")
