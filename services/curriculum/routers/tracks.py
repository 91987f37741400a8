"""Tracks: ordered modules per phase (foundations, organisation, role, leadership), optionally certified."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import bindparam
from sqlmodel import col, select

from kit.auth import Principal
from kit.db import SessionDep
from kit.etag import matched_revision, set_etag
from kit.inputs import Instant
from kit.pagination import Listing, Page, PagerDep
from kit.problems import NotFound
from kit.tenancy import of_org_where, org_filters
from services.curriculum import repositories as repo
from services.curriculum import tracks
from services.curriculum.deps import CatalogReader, Editor, ReaderLocaleDep
from services.curriculum.models import Track
from services.curriculum.presenters import track_public
from services.curriculum.schemas import ContentStatus, Phase, TrackCreate, TrackPublic, TrackUpdate

router = APIRouter(prefix="/v1/tracks", tags=["tracks"])


def _reply(track: Track, reader: ReaderLocaleDep, response: Response) -> TrackPublic:
    set_etag(response, track.revision)
    public = track_public(track, reader)
    reader.served(public.locale)
    return public


def _is_editor(principal: Principal) -> bool:
    return "editor" in principal.roles


def _tracks_query(editor: bool, since: bool, *given: str) -> Any:
    """Tracks (only published ones but for editors), changed at or after `:since` when asked."""
    query = select(Track).where(*of_org_where(Track, *given))
    if not editor:
        query = query.where(Track.status == "published")
    if since:
        query = query.where(col(Track.updated_at) >= bindparam("since"))
    return query


_TRACKS = Listing(_tracks_query, Track.id)


@router.get("", response_model=Page[TrackPublic], summary="List tracks (published ones; editors see all)")
async def list_tracks(
    principal: CatalogReader, session: SessionDep, reader: ReaderLocaleDep, pager: PagerDep,
    status: ContentStatus | None = None, phase: Phase | None = None,
    updated_since: Annotated[Instant | None, Query(description="Only tracks changed at or after this time")]
    = None,
) -> Page[TrackPublic]:
    given, values = org_filters(principal.org, status=status, phase=phase)
    shape = (_is_editor(principal), updated_since is not None, *given)
    page = await pager.presented(session, _TRACKS, shape, {**values, "since": updated_since},
                                 lambda t: track_public(t, reader))
    return reader.served_page(page)


@router.post("", response_model=TrackPublic, status_code=201, summary="Create a track (a draft)")
async def create_track(body: TrackCreate, principal: Editor, session: SessionDep, reader: ReaderLocaleDep,
                       response: Response) -> TrackPublic:
    track = await tracks.create_track(session, principal.org, body)
    response.headers["Location"] = f"/v1/tracks/{track.id}"
    return _reply(track, reader, response)


@router.get("/{track_id}", response_model=TrackPublic, summary="Get a track")
async def get_track(track_id: str, principal: CatalogReader, session: SessionDep, reader: ReaderLocaleDep,
                    response: Response) -> TrackPublic:
    track = await repo.track(session, principal.org, track_id)
    if track.status != "published" and not _is_editor(principal):
        raise NotFound(f"no track {track_id} in this organisation")
    return _reply(track, reader, response)


@router.patch("/{track_id}", response_model=TrackPublic, summary="Change a track")
async def update_track(track_id: str, body: TrackUpdate, principal: Editor, session: SessionDep,
                       reader: ReaderLocaleDep, request: Request, response: Response) -> TrackPublic:
    track = matched_revision(request, await repo.track(session, principal.org, track_id))
    return _reply(await tracks.update_track(session, track, body), reader, response)


@router.post("/{track_id}/publish", response_model=TrackPublic, summary="Publish a track (all modules published)")
async def publish_track(track_id: str, principal: Editor, session: SessionDep, reader: ReaderLocaleDep,
                        request: Request, response: Response) -> TrackPublic:
    track = matched_revision(request, await repo.track(session, principal.org, track_id))
    return _reply(await tracks.set_track_status(session, track, "published"), reader, response)


@router.post("/{track_id}/retire", response_model=TrackPublic, summary="Retire a track")
async def retire_track(track_id: str, principal: Editor, session: SessionDep, reader: ReaderLocaleDep,
                       request: Request, response: Response) -> TrackPublic:
    track = matched_revision(request, await repo.track(session, principal.org, track_id))
    return _reply(await tracks.set_track_status(session, track, "retired"), reader, response)
