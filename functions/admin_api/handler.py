"""Admin and reviewer API (API Gateway with the Cognito authorizer)."""

from datetime import date, datetime, timedelta, timezone
from typing import Annotated, Literal

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.event_handler.openapi.params import Query

from purpose import wiring
from purpose.errors import InvalidInputError, NotFoundError
from purpose.clients.storage import ObjectStore
from purpose.logic import codesign, engagement, insight, reviews
from purpose.logic.csv_export import contributions_csv
from purpose.logic.ingest import summary_of
from purpose.logic.upload_kinds import KINDS
from purpose.models.admin import (CampaignView, ContributionView, ErrorBody, ModerationInput, Participation,
                                  UploadView, VisionView, WorkItemView, DecisionView, ReviewView, StoryInput,
                                  StoryView, BulletinView, ThemeView)
from purpose.logic.references import request_id
from purpose.models.base import PATTERN_HELP
from purpose.models.campaign import CampaignInput
from purpose.models.codesign import (ActionInput, ActionView, AdoptInput, DraftInput, DraftView, RoundInput,
                                     RoundResults, RoundView, StatementInput, StatementModerationInput,
                                     StatementView)
from purpose.models.programme import DecisionInput, PriorityInput, VisionInput, WorkItemInput
from purpose.models.people import LivedExperience, StakeholderGroup
from purpose.observability import logger
from purpose.settings import topics
from purpose.web.auth import ForbiddenError, require_group
from purpose.web.requests import BadRequestError, screen_json_request

app = APIGatewayRestResolver(enable_validation=True)
ADMINS, REVIEWERS = "admins", "reviewers"
ERRORS = {status: {"description": text, "content": {"application/json": {"model": ErrorBody}}}
          for status, text in ((400, "The request could not be read"), (401, "No valid token"),
                               (403, "Not in the right group"), (404, "Not found"),
                               (413, "The request body is too large"), (422, "The request failed validation"))}


def answers(model, status: int = 200) -> dict:
    """The documented responses of a route: its success body and the common errors."""
    return {**ERRORS, status: {"description": "Success", "content": {"application/json": {"model": model}}}}


def adds_or_replaces(model) -> dict:
    """The documented responses of a route that stores a record by its id (_saved)."""
    body = {"application/json": {"model": model}}
    return {**ERRORS, 201: {"description": "Added", "content": body},
            200: {"description": "Replaced the one with that id", "content": body}}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _admin() -> str:
    return require_group(app.current_event.raw_event, ADMINS)


@app.get("/admin/campaigns", responses=answers(list[CampaignView]), tags=["campaigns"])
def list_campaigns() -> list[CampaignView]:
    _admin()
    today = _now().date()
    return [CampaignView.of(c, today) for c in engagement.list_campaigns(wiring.stores().programme)]


@app.post("/admin/campaigns", status_code=201, responses=answers(CampaignView, 201), tags=["campaigns"])
def open_campaign(details: CampaignInput) -> CampaignView:
    _admin()
    campaign = engagement.open_campaign(details, wiring.stores().programme, _now())
    logger.info("campaign opened", extra={"campaign": campaign.id})
    return CampaignView.of(campaign, _now().date())


@app.post("/admin/campaigns/<campaign_id>/close", responses=answers(CampaignView), tags=["campaigns"])
def close_campaign(campaign_id: str) -> CampaignView:
    _admin()
    return CampaignView.of(engagement.close_campaign(campaign_id, wiring.stores().programme, _now()), _now().date())


def _contributions(campaign_id, stakeholder_group, lived_experience, since, until):
    s = wiring.stores()
    campaign = engagement.get_campaign(campaign_id, s.programme)
    found = engagement.filter_contributions(
        s.contributions.list_contributions(campaign.id), stakeholder_group=stakeholder_group,
        lived_experience=lived_experience, since=since, until=until)
    return campaign, found


@app.get("/admin/campaigns/<campaign_id>/contributions", responses=answers(list[ContributionView]),
         tags=["contributions"])
def list_contributions(
    campaign_id: str,
    stakeholder_group: Annotated[StakeholderGroup | None, Query()] = None,
    lived_experience: Annotated[LivedExperience | None, Query()] = None,
    since: Annotated[date | None, Query()] = None,
    until: Annotated[date | None, Query()] = None,
) -> list[ContributionView]:
    _admin()
    _, found = _contributions(campaign_id, stakeholder_group, lived_experience, since, until)
    return [ContributionView.of(c) for c in found]


@app.get("/admin/campaigns/<campaign_id>/export", responses={
    **ERRORS, 200: {"description": "Contributions as CSV, safe to open in a spreadsheet",
                    "content": {"text/csv": {"schema": {"type": "string"}}}}}, tags=["contributions"])
def export_contributions(
    campaign_id: str,
    stakeholder_group: Annotated[StakeholderGroup | None, Query()] = None,
    lived_experience: Annotated[LivedExperience | None, Query()] = None,
    since: Annotated[date | None, Query()] = None,
    until: Annotated[date | None, Query()] = None,
):
    _admin()
    campaign, found = _contributions(campaign_id, stakeholder_group, lived_experience, since, until)
    return Response(status_code=200, content_type="text/csv; charset=utf-8", body=contributions_csv(campaign, found),
                    headers={"Content-Disposition": f'attachment; filename="contributions-{campaign.id}.csv"'})


@app.post("/admin/campaigns/<campaign_id>/contributions/<contribution_id>/moderation",
          responses=answers(ContributionView), tags=["contributions"])
def moderate_contribution(campaign_id: str, contribution_id: str, decision: ModerationInput) -> ContributionView:
    who = _admin()
    updated = engagement.moderate_contribution(
        campaign_id, contribution_id, action=decision.action, reason=decision.reason, by=who,
        answers=decision.answers, contributions=wiring.stores().contributions, now=_now())
    logger.info("contribution moderated", extra={"campaign": campaign_id, "action": decision.action})
    return ContributionView.of(updated)


@app.get("/admin/campaigns/<campaign_id>/participation", responses=answers(Participation), tags=["contributions"])
def participation(campaign_id: str) -> Participation:
    _admin()
    _, found = _contributions(campaign_id, None, None, None, None)
    return Participation(**engagement.participation(found))


@app.get("/admin/uploads", responses=answers(list[UploadView]), tags=["uploads"])
def list_uploads() -> list[UploadView]:
    _admin()
    records = wiring.stores().programme.list_records("upload")
    return [UploadView(**summary_of(r["id"], r)) for r in sorted(records, key=lambda r: r["started_at"], reverse=True)]


@app.get("/admin/uploads/<upload_id>", responses=answers(UploadView), tags=["uploads"])
def get_upload(upload_id: str) -> UploadView:
    _admin()
    record = wiring.stores().programme.get_record("upload", upload_id) if upload_id.isalnum() else None
    if record is None:
        raise NotFoundError("There is no upload with that id")
    return UploadView(**summary_of(upload_id, record))


@app.get("/admin/uploads/templates/<kind>", responses={
    **ERRORS, 200: {"description": "A CSV template for this kind of upload",
                    "content": {"text/csv": {"schema": {"type": "string"}}}}}, tags=["uploads"])
def upload_template(kind: str):
    _admin()
    if kind not in KINDS:
        raise NotFoundError(f"Kinds of upload: {', '.join(KINDS)}")
    return Response(status_code=200, content_type="text/csv; charset=utf-8", body=KINDS[kind].template_csv(),
                    headers={"Content-Disposition": f'attachment; filename="{kind}-template.csv"'})


@app.put("/admin/vision", responses=answers(VisionView), tags=["alignment"])
def enter_vision(vision: VisionInput) -> VisionView:
    who = _admin()
    record = reviews.save_vision(vision.model_dump(mode="json"), wiring.stores().programme, by=who, now=_now())
    return VisionView(**record)


@app.get("/admin/vision", responses=answers(VisionView), tags=["alignment"])
def show_vision() -> VisionView:
    require_group(app.current_event.raw_event, ADMINS, REVIEWERS)
    record = reviews.current_vision(wiring.stores().programme)
    if record is None:
        raise NotFoundError("No vision has been entered or adopted yet")
    return VisionView(**record)


@app.post("/admin/priorities", status_code=201, responses=adds_or_replaces(PriorityInput), tags=["alignment"])
def add_local_priority(priority: PriorityInput):
    _admin()
    return _saved("local-priority", priority)


@app.post("/admin/work-items", status_code=201, responses=adds_or_replaces(WorkItemInput), tags=["alignment"])
def add_work_item(item: WorkItemInput):
    _admin()
    return _saved("work-item", item)


def _saved(kind: str, record: PriorityInput | WorkItemInput) -> PriorityInput | WorkItemInput | Response:
    """Store a record by its id: 201 when it is new, 200 when it replaced the one with that id."""
    if not wiring.stores().programme.replace_record(kind, record.id, record.model_dump(mode="json")):
        return record
    return Response(status_code=200, content_type="application/json", body=record.model_dump_json())


@app.get("/admin/work-items", responses=answers(list[WorkItemView]), tags=["alignment"])
def list_work_items() -> list[WorkItemView]:
    require_group(app.current_event.raw_event, ADMINS, REVIEWERS)
    programme = wiring.stores().programme
    decisions = reviews.latest_decisions(programme)
    return [WorkItemView(**i, decision=decisions.get(i["id"])) for i in programme.list_records("work-item")]


@app.post("/admin/work-items/<item_id>/decisions", status_code=201, responses=answers(DecisionView, 201),
          tags=["alignment"])
def record_decision(item_id: str, decision: DecisionInput) -> DecisionView:
    who = require_group(app.current_event.raw_event, ADMINS, REVIEWERS)
    return DecisionView(**reviews.record_decision(item_id, decision.model_dump(mode="json"),
                                                  wiring.stores().programme, by=who, now=_now()))


@app.get("/admin/work-items/<item_id>/decisions", responses=answers(list[DecisionView]), tags=["alignment"])
def decision_history(item_id: str) -> list[DecisionView]:
    require_group(app.current_event.raw_event, ADMINS, REVIEWERS)
    return [DecisionView(**d) for d in reviews.decision_history(item_id, wiring.stores().programme)]


@app.get("/admin/reviews", responses=answers(list[ReviewView]), tags=["alignment"])
def list_reviews() -> list[ReviewView]:
    require_group(app.current_event.raw_event, ADMINS, REVIEWERS)
    runs = sorted(wiring.stores().programme.list_records("review"), key=lambda r: r["id"], reverse=True)
    return [ReviewView(**r) for r in runs]


@app.get("/admin/reviews/<run_id>/report", responses={
    **ERRORS, 200: {"description": "The review report (HTML, printable)",
                    "content": {"text/html": {"schema": {"type": "string"}}}}}, tags=["alignment"])
def review_report(run_id: str):
    require_group(app.current_event.raw_event, ADMINS, REVIEWERS)
    record = wiring.stores().programme.get_record("review", run_id) if len(run_id) <= 20 else None
    if record is None:
        raise NotFoundError("There is no review with that date")
    body = ObjectStore(wiring.stores().settings.upload_bucket).read_text(record["report"])
    return Response(status_code=200, content_type="text/html; charset=utf-8", body=body)


@app.post("/admin/stories", status_code=201, responses=answers(StoryView, 201), tags=["bulletin"])
def add_story(story: StoryInput) -> StoryView:
    _admin()
    offered = topics(wiring.stores().settings)
    if story.topic is not None and story.topic not in offered:
        raise InvalidInputError({"topic": f"Use one of the bulletin topics: {', '.join(offered) or 'none configured'}"})
    record = {**story.model_dump(), "id": request_id("story", story)[:16],
              "created_at": _now().isoformat(timespec="seconds")}
    return StoryView(**wiring.stores().programme.create("story", record["id"], record))


@app.get("/admin/stories", responses=answers(list[StoryView]), tags=["bulletin"])
def list_stories() -> list[StoryView]:
    _admin()
    return [StoryView(**s) for s in wiring.stores().programme.list_records("story")]


@app.post("/admin/stories/<story_id>/approve", responses=answers(StoryView), tags=["bulletin"])
def approve_story(story_id: str) -> StoryView:
    _admin()
    programme = wiring.stores().programme
    record = programme.get_record("story", story_id) if story_id.isalnum() else None
    if record is None:
        raise NotFoundError("There is no story with that id")
    programme.update_record("story", story_id, {"approved": True})
    return StoryView(**{**record, "approved": True})


@app.get("/admin/bulletins", responses=answers(list[BulletinView]), tags=["bulletin"])
def list_bulletins() -> list[BulletinView]:
    _admin()
    return [BulletinView(**b) for b in wiring.stores().programme.list_records("bulletin")]


def _issue(issue_date: str) -> date:
    try:
        return date.fromisoformat(issue_date)
    except ValueError:
        raise NotFoundError("A bulletin is named by its date, YYYY-MM-DD") from None


@app.get("/admin/bulletins/<issue_date>/preview", responses={
    **ERRORS, 200: {"description": "The bulletin as subscribers will see it",
                    "content": {"text/html": {"schema": {"type": "string"}}}}}, tags=["bulletin"])
def preview_bulletin(issue_date: str):
    _admin()
    return Response(status_code=200, content_type="text/html; charset=utf-8", body=bulletin_preview(_issue(issue_date)))


def bulletin_preview(issue: date) -> str:
    # Imported here: the templates (jinja2, ~15 ms) are only needed by this route, not at every cold start.
    from purpose.logic.bulletin import assemble, render_html
    from purpose.logic.dispatch import previous_issue

    s = wiring.stores()
    content = assemble(issue, trust_name=s.settings.trust_name, programme=s.programme, contributions=s.contributions,
                       since=previous_issue(s.programme, issue))
    site = s.settings.site_url or ""
    return render_html(content, site_url=site, unsubscribe_url=f"{site}/unsubscribe?token=PREVIEW")


@app.post("/admin/bulletins/<issue_date>/approve", responses=answers(BulletinView), tags=["bulletin"])
def approve_bulletin(issue_date: str) -> BulletinView:
    who = _admin()
    issue = _issue(issue_date).isoformat()
    programme = wiring.stores().programme
    programme.put_record("bulletin", issue, {"id": issue, "status": "draft", "approved": False, "sent": 0,
                                             "bounces": 0, "complaints": 0}, only_if_new=True)
    programme.update_record("bulletin", issue, {"approved": True, "approved_by": who,
                                                "approved_at": _now().isoformat(timespec="seconds")})
    return BulletinView(**programme.get_record("bulletin", issue))


@app.post("/admin/bulletins/<issue_date>/resume", responses=answers(BulletinView), tags=["bulletin"])
def resume_bulletin(issue_date: str) -> BulletinView:
    _admin()
    issue = _issue(issue_date).isoformat()
    programme = wiring.stores().programme
    record = programme.get_record("bulletin", issue)
    if record is None or record["status"] != "paused":
        raise NotFoundError("Only a paused bulletin can be resumed")
    # Counters restart so the breaker judges what happens from here on.
    programme.update_record("bulletin", issue, {"status": "draft", "bounces": 0, "complaints": 0})
    return BulletinView(**programme.get_record("bulletin", issue))


@app.get("/admin/campaigns/<campaign_id>/themes", responses=answers(list[ThemeView]), tags=["insight"])
def campaign_themes(
    campaign_id: str,
    stakeholder_group: Annotated[StakeholderGroup | None, Query()] = None,
    since: Annotated[date | None, Query()] = None,
    until: Annotated[date | None, Query()] = None,
) -> list[ThemeView]:
    """Themes with the sentiment split, the change against the period of the same length before, and quotes."""
    _admin()
    _, found = _contributions(campaign_id, stakeholder_group, None, None, None)
    previous = (since - (until - since) - timedelta(days=1), since - timedelta(days=1)) if since and until else None
    return [ThemeView(**t) for t in insight.theme_summary(list(found), since=since, until=until, previous=previous)]


def _round_view(record: dict) -> RoundView:
    return RoundView(**record, status=codesign.round_status(record, _now().date()),
                     public_path=f"/rounds/{record['id']}")


@app.post("/admin/rounds", status_code=201, responses=answers(RoundView, 201), tags=["co-design"])
def open_round(details: RoundInput) -> RoundView:
    who = _admin()
    record = codesign.open_round(details, wiring.stores().programme, _now(), by=who)
    logger.info("co-design round opened", extra={"round": record["id"]})
    return _round_view(record)


@app.get("/admin/rounds", responses=answers(list[RoundView]), tags=["co-design"])
def list_rounds() -> list[RoundView]:
    _admin()
    return [_round_view(r) for r in codesign.list_rounds(wiring.stores().programme)]


@app.post("/admin/rounds/<round_id>/close", responses=answers(RoundView), tags=["co-design"])
def close_round(round_id: str) -> RoundView:
    _admin()
    return _round_view(codesign.close_round(round_id, wiring.stores().programme, _now()))


@app.post("/admin/rounds/<round_id>/statements", status_code=201, responses=answers(StatementView, 201),
          tags=["co-design"])
def add_statement(round_id: str, statement: StatementInput) -> StatementView:
    _admin()
    return StatementView(**codesign.add_statement(round_id, statement.text, statement.part, wiring.stores().programme,
                                                  _now()))


@app.get("/admin/rounds/<round_id>/statements", responses=answers(list[StatementView]), tags=["co-design"])
def list_statements(
    round_id: str,
    status: Annotated[Literal["approved", "pending", "rejected"] | None, Query()] = None,
) -> list[StatementView]:
    """Statements of the round; `status=pending` lists participants' statements waiting for moderation."""
    _admin()
    codesign.get_round(round_id, wiring.stores().programme)
    return [StatementView(**s) for s in codesign.list_statements(round_id, wiring.stores().programme, status)]


@app.post("/admin/rounds/<round_id>/statements/<statement_id>/moderation", responses=answers(StatementView),
          tags=["co-design"])
def moderate_statement(round_id: str, statement_id: str, decision: StatementModerationInput) -> StatementView:
    who = _admin()
    return StatementView(**codesign.moderate_statement(round_id, statement_id, action=decision.action,
                                                       reason=decision.reason, by=who,
                                                       programme=wiring.stores().programme, now=_now()))


@app.get("/admin/rounds/<round_id>/results", responses=answers(RoundResults), tags=["co-design"])
def round_results(round_id: str) -> RoundResults:
    """Votes by group, group-aware consensus, majority and divisive statements, and the opinion groups."""
    require_group(app.current_event.raw_event, ADMINS, REVIEWERS)
    results = codesign.round_results(round_id, wiring.stores().programme)
    return RoundResults(**{**results, "round": _round_view(results["round"])})


@app.get("/admin/rounds/<round_id>/votes", responses={
    **ERRORS, 200: {"description": "Pseudonymous votes, as `purpose consensus --votes` reads them",
                    "content": {"text/csv": {"schema": {"type": "string"}}}}}, tags=["co-design"])
def export_votes(round_id: str):
    _admin()
    codesign.get_round(round_id, wiring.stores().programme)
    return Response(status_code=200, content_type="text/csv; charset=utf-8",
                    body=codesign.votes_csv(round_id, wiring.stores().programme),
                    headers={"Content-Disposition": f'attachment; filename="votes-{round_id}.csv"'})


@app.post("/admin/rounds/<round_id>/drafts", status_code=201, responses=answers(DraftView, 201), tags=["co-design"])
def save_draft(round_id: str, draft: DraftInput) -> DraftView:
    who = _admin()
    return DraftView(**codesign.save_draft(round_id, draft, wiring.stores().programme, by=who, now=_now()))


@app.get("/admin/rounds/<round_id>/drafts", responses=answers(list[DraftView]), tags=["co-design"])
def list_drafts(round_id: str) -> list[DraftView]:
    _admin()
    codesign.get_round(round_id, wiring.stores().programme)
    return [DraftView(**d) for d in codesign.list_drafts(round_id, wiring.stores().programme)]


@app.post("/admin/rounds/<round_id>/drafts/<draft_id>/adopt", responses=answers(VisionView), tags=["co-design"])
def adopt_draft(round_id: str, draft_id: str, adoption: AdoptInput) -> VisionView:
    """Adopt the draft as the vision. Its provenance is recorded; unmet participation targets need a justification."""
    who = _admin()
    s = wiring.stores()
    vision = codesign.adopt_draft(round_id, draft_id, justification=adoption.justification, programme=s.programme,
                                  contributions=s.contributions, by=who, now=_now())
    logger.info("vision adopted", extra={"round": round_id, "version": vision["version"]})
    return VisionView(**vision)


@app.get("/admin/visions", responses=answers(list[VisionView]), tags=["co-design"])
def list_visions() -> list[VisionView]:
    """Every version, newest first: earlier versions are kept."""
    require_group(app.current_event.raw_event, ADMINS, REVIEWERS)
    versions = wiring.stores().programme.list_records("vision")
    return [VisionView(**v) for v in sorted(versions, key=lambda v: v["version"], reverse=True)]


@app.post("/admin/actions", status_code=201, responses=answers(ActionView, 201), tags=["co-design"])
def add_action(action: ActionInput) -> ActionView:
    """'You said, we did': an action taken in response to what people said, shown on the public page."""
    who = _admin()
    return ActionView(**codesign.add_action(action, wiring.stores().programme, by=who, now=_now()))


@app.get("/admin/actions", responses=answers(list[ActionView]), tags=["co-design"])
def list_actions() -> list[ActionView]:
    _admin()
    return [ActionView(**a) for a in codesign.list_actions(wiring.stores().programme)]


@app.get("/admin/openapi.json", include_in_schema=False)
def openapi():
    return Response(status_code=200, content_type="application/json", body=openapi_document())


def openapi_document() -> str:
    return app.get_openapi_json_schema(
        title="Shared Purpose admin API", version="1.0.0",
        description="Campaigns and what people said, uploads, the vision and work register with its reviews, "
                    "bulletins and co-design rounds. Cognito sign-in.")


def _error(status: int, message: str, errors: list | None = None) -> Response:
    return Response(status_code=status, content_type="application/json",
                    body=ErrorBody(message=message, errors=errors or []).model_dump_json())


@app.exception_handler(RequestValidationError)
def invalid_request(error: RequestValidationError):
    problems = [{"loc": [str(p) for p in e.get("loc", ())],
                 "msg": PATTERN_HELP.get(e.get("ctx", {}).get("pattern"), e.get("msg", "invalid"))}
                for e in error.errors()]
    where = "; ".join(f"{'.'.join(p['loc'][1:]) or p['loc'][0] if p['loc'] else 'body'}: {p['msg']}" for p in problems)
    return _error(422, f"Check the request: {where}", problems)


@app.exception_handler(InvalidInputError)
def invalid_input(error: InvalidInputError):
    where = "; ".join(f"{field}: {problem}" for field, problem in error.problems.items())
    return _error(422, f"Check the request: {where}", [{"loc": [k], "msg": v} for k, v in error.problems.items()])


@app.exception_handler(BadRequestError)
def bad_request(error: BadRequestError):
    return _error(error.status, str(error))


@app.exception_handler(ForbiddenError)
def forbidden(error: ForbiddenError):
    return _error(error.status, str(error))


@app.exception_handler(NotFoundError)
def not_found(error: NotFoundError):
    return _error(404, str(error))


@app.not_found
def no_route(error):
    return _error(404, "There is no such admin endpoint")


@app.exception_handler(Exception)
def unexpected(error: Exception):
    logger.exception("unexpected error")
    return _error(500, "Something went wrong on our side; nothing was changed. Try again later.")


@logger.inject_lambda_context(clear_state=True)
def lambda_handler(event, context):
    return screen_json_request(event) or app.resolve(event, context)
