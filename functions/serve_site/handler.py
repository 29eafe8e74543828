"""Public pages and the engagement form (API Gateway, no sign-in)."""

import secrets
from datetime import datetime, timezone

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.exceptions import NotFoundError as RouteNotFound
from aws_lambda_powertools.shared.cookies import Cookie, SameSite

from purpose import wiring
from purpose.errors import CampaignClosedError, InvalidInputError, NotFoundError
from purpose.clients.email import EmailSender
from purpose.clients.secrets import signing_keys
from purpose.logic import codesign, engagement, insight, subscriptions
from purpose.logic.tokens import TokenError
from purpose.logic.engagement import SpamError
from purpose.observability import logger
from purpose.settings import topics
from purpose.web import pages
from purpose.web.assets import find_asset
from purpose.web.requests import BadRequestError, read_form

app = APIGatewayRestResolver()
_nonce = ""
HTML = "text/html; charset=utf-8"
# Campaigns do not change once opened, except when closed early: a warm container may use the copy it read
# in the last minute, which saves a DynamoDB read on every form (a closed campaign stops taking views within it).
CAMPAIGN_SECONDS = 60
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "Cache-Control": "no-store",
}


def _base() -> str:
    """The stage prefix (/live) in AWS, nothing locally, so links work in both."""
    context_path = app.current_event.request_context.path or ""
    path = app.current_event.path
    return context_path[: -len(path)] if path and context_path.endswith(path) else ""


def _common() -> dict:
    """What every page needs: links that work under the stage prefix, the trust, the script nonce."""
    return {"base": _base(), "trust_name": wiring.stores().settings.trust_name, "cspNonce": _nonce}


def _page(body: str, status: int = 200) -> Response:
    policy = (f"default-src 'self'; script-src 'self' 'nonce-{_nonce}'; img-src 'self' data:; style-src 'self'; "
              "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
    return Response(status_code=status, content_type=HTML, body=body,
                    headers={**SECURITY_HEADERS, "Content-Security-Policy": policy})


def _message(status: int, title: str, *paragraphs: str) -> Response:
    return _page(pages.message_page(_common(), title=title, paragraphs=list(paragraphs)), status)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@app.get("/")
def home():
    s = wiring.stores()
    today = _now().date()
    open_now = [c for c in engagement.list_campaigns(s.programme) if c.is_open(today)]
    rounds = [r for r in codesign.list_rounds(s.programme) if codesign.round_status(r, today) == "open"]
    return _page(pages.home_page(_common(), campaigns=open_now, rounds=rounds))


@app.get("/campaigns/<campaign_id>")
def show_campaign(campaign_id: str):
    s = wiring.stores()
    campaign = engagement.get_campaign(campaign_id, s.programme, max_age=CAMPAIGN_SECONDS)
    if not campaign.is_open(_now().date()):
        return _message(200, f"{campaign.title} is {campaign.status(_now().date())}",
                        "This conversation is not accepting views at the moment. Thank you for your interest.")
    return _page(pages.campaign_page(_common(), campaign=campaign))


@app.post("/campaigns/<campaign_id>")
def submit_contribution(campaign_id: str):
    s = wiring.stores()
    campaign = engagement.get_campaign(campaign_id, s.programme, max_age=CAMPAIGN_SECONDS)
    fields = read_form(app.current_event.raw_event)
    try:
        form = engagement.read_feedback_form(fields, campaign)
    except SpamError:
        raise
    except InvalidInputError as error:
        page = pages.campaign_page(_common(), campaign=campaign, values=fields, errors=error.problems)
        return _page(page, 400)
    contribution, is_new = engagement.record_contribution(
        campaign, form, contributions=s.contributions, personal_data=s.personal_data, now=_now(),
        retention_days=s.settings.retention_days, annotate=insight.annotator(campaign))
    if is_new and form.subscribe:
        _request_subscription(form.email, "web-form")
    logger.info("contribution recorded", extra={"campaign": campaign.id, "new": is_new})
    # Post/redirect/get: refreshing the thank-you page never re-submits the form.
    return Response(status_code=303, headers={"Location": f"{_base()}/campaigns/{campaign.id}/thanks?ref="
                                                          f"{contribution.reference}", "Cache-Control": "no-store"})


@app.get("/campaigns/<campaign_id>/thanks")
def thanks(campaign_id: str):
    reference = app.current_event.get_query_string_value("ref", "")
    if not engagement.is_reference(reference):
        return _message(404, "Page not found", "This thank-you page needs the reference we gave you.")
    return _page(pages.thanks_page(_common(), reference=reference))


def _request_subscription(address: str, source: str, topics: list[str] | None = None) -> None:
    s = wiring.stores()
    subscriptions.request_subscription(
        address, source=source, personal_data=s.personal_data, send=EmailSender(s.settings.ses_configuration_set).send,
        keys=signing_keys(s.settings.signing_secret_arn), site_url=_site_url(), sender=s.settings.sender_address,
        trust_name=s.settings.trust_name, now=_now(), retention_days=s.settings.retention_days, topics=topics)


def _site_url() -> str:
    """Links in emails: the configured address, or this API's own."""
    configured = wiring.stores().settings.site_url
    if configured:
        return configured.rstrip("/")
    host = app.current_event.get_header_value("Host") or "localhost"
    return f"https://{host}{_base()}"


def _topics() -> list[str]:
    return topics(wiring.stores().settings)


@app.get("/subscribe")
def subscribe_form():
    return _page(pages.subscribe_page(_common(), topics=_topics()))


@app.post("/subscribe")
def subscribe():
    fields = read_form(app.current_event.raw_event)
    if fields.get("website", "").strip():
        raise SpamError({"website": "Leave this blank"})
    offered = _topics()
    chosen = [offered[int(v)] for k, v in fields.items() if k.startswith("topic-") and v.isdigit() and int(v) < len(offered)]
    try:
        _request_subscription(fields.get("email", ""), "site", chosen)
    except InvalidInputError as error:
        return _page(pages.subscribe_page(_common(), values=fields, errors=error.problems, topics=offered), 400)
    return _message(200, "Check your email",
                    "We have sent you an email. Open the link in it within 7 days to start getting the bulletin.",
                    "If nothing arrives, check your junk folder.")


@app.get("/subscribe/confirm")
def confirm_subscription():
    s = wiring.stores()
    subscriptions.confirm_subscription(app.current_event.get_query_string_value("token", ""),
                                       personal_data=s.personal_data, keys=signing_keys(s.settings.signing_secret_arn),
                                       now=_now())
    return _message(200, "You are subscribed", "You will get the Shared Purpose bulletin by email.",
                    "Every bulletin has a link to unsubscribe in one click.")


@app.get("/unsubscribe")
def unsubscribe_page():
    token = app.current_event.get_query_string_value("token", "")
    return _page(pages.unsubscribe_page(_common(), token=token))


@app.post("/unsubscribe")
def unsubscribe():
    """The button on the page, and RFC 8058 one-click from mail clients (List-Unsubscribe=One-Click)."""
    s = wiring.stores()
    subscriptions.unsubscribe(app.current_event.get_query_string_value("token", ""), personal_data=s.personal_data,
                              keys=signing_keys(s.settings.signing_secret_arn), now=_now())
    return _message(200, "You have unsubscribed", "We will not send you the bulletin again.")


@app.get("/stories/new")
def story_form():
    return _page(pages.story_page(_common()))


@app.post("/stories")
def submit_story():
    fields = read_form(app.current_event.raw_event)
    try:
        engagement.submit_story(fields, wiring.stores().programme, _now())
    except SpamError:
        raise
    except InvalidInputError as error:
        return _page(pages.story_page(_common(), values=fields, errors=error.problems), 400)
    return _message(200, "Thank you for sharing", "The engagement team will read your story. If it is approved, "
                    "it will appear in the Shared Purpose bulletin without your name.")


PARTICIPANT_COOKIE = "participant"


def _round(round_id: str) -> dict:
    """The round, open today; CampaignClosedError otherwise (the closed page)."""
    record = codesign.get_round(round_id, wiring.stores().programme)
    codesign.require_open(record, _now().date())
    return record


def _participant(record: dict) -> dict | None:
    s = wiring.stores()
    token = app.current_event.resolved_cookies_field.get(PARTICIPANT_COOKIE, "")
    return codesign.participant_from(token, record["id"], s.programme, keys=signing_keys(s.settings.signing_secret_arn),
                                     now=_now())


def _see_other(path: str, cookies: list[Cookie] | None = None) -> Response:
    return Response(status_code=303, headers={"Location": f"{_base()}{path}", "Cache-Control": "no-store"},
                    cookies=cookies or [])


@app.get("/rounds/<round_id>")
def show_round(round_id: str):
    record = _round(round_id)
    if _participant(record):
        return _see_other(f"/rounds/{round_id}/vote")
    return _page(pages.round_page(_common(), round=record))


@app.post("/rounds/<round_id>/join")
def join_round(round_id: str):
    record = _round(round_id)
    fields = read_form(app.current_event.raw_event)
    s = wiring.stores()
    try:
        token = codesign.join_round(record, fields, s.programme, keys=signing_keys(s.settings.signing_secret_arn),
                                    now=_now(), retention_days=s.settings.retention_days)
    except InvalidInputError as error:
        return _page(pages.round_page(_common(), round=record, values=fields, errors=error.problems), 400)
    # The token is the participant: HttpOnly so scripts cannot read it, scoped to this round's pages.
    cookie = Cookie(PARTICIPANT_COOKIE, token, path=f"{_base()}/rounds/{round_id}", secure=True, http_only=True,
                    same_site=SameSite.LAX_MODE, max_age=codesign.TOKEN_DAYS * 86400)
    logger.info("participant joined", extra={"round": round_id})
    return _see_other(f"/rounds/{round_id}/vote", [cookie])


def _joined(round_id: str) -> tuple[dict, dict | None]:
    record = _round(round_id)
    return record, _participant(record)


@app.get("/rounds/<round_id>/vote")
def vote_page(round_id: str):
    record, participant = _joined(round_id)
    if participant is None:
        return _see_other(f"/rounds/{round_id}")
    statement, voted, total = codesign.next_statement(round_id, participant, wiring.stores().programme)
    return _page(pages.vote_page(_common(), round=record, statement=statement, voted=voted, total=total))


@app.post("/rounds/<round_id>/vote")
def vote(round_id: str):
    record, participant = _joined(round_id)
    if participant is None:
        return _see_other(f"/rounds/{round_id}")
    fields = read_form(app.current_event.raw_event)
    s = wiring.stores()
    codesign.record_vote(record, participant, fields.get("statement_id", ""), fields.get("vote", ""), s.programme,
                         _now(), retention_days=s.settings.retention_days)
    return _see_other(f"/rounds/{round_id}/vote")


@app.get("/rounds/<round_id>/statements/new")
def statement_form(round_id: str):
    record, participant = _joined(round_id)
    if participant is None:
        return _see_other(f"/rounds/{round_id}")
    return _page(pages.statement_page(_common(), round=record))


@app.post("/rounds/<round_id>/statements")
def propose_statement(round_id: str):
    record, participant = _joined(round_id)
    if participant is None:
        return _see_other(f"/rounds/{round_id}")
    fields = read_form(app.current_event.raw_event)
    try:
        codesign.propose_statement(record, fields, wiring.stores().programme, _now(),
                                   retention_days=wiring.stores().settings.retention_days)
    except SpamError:
        raise
    except InvalidInputError as error:
        return _page(pages.statement_page(_common(), round=record, values=fields, errors=error.problems), 400)
    return _message(200, "Thank you for your statement",
                    "The engagement team will check it before others see it, usually within a few days.",
                    "We removed anything in it that could identify someone.")


@app.get("/you-said-we-did")
def you_said_we_did():
    return _page(pages.you_said_page(_common(), **codesign.you_said_we_did(wiring.stores().programme)))


@app.get("/privacy")
def privacy():
    return _message(200, "How we use your information", *pages.PRIVACY)


@app.get("/accessibility")
def accessibility():
    return _message(200, "Accessibility statement", *pages.ACCESSIBILITY)


@app.get("/assets/<name>")
@app.get("/assets/images/<name>")
def asset(name: str):
    found = find_asset(app.current_event.path.removeprefix("/assets/"))
    if found is None:
        raise RouteNotFound()
    body, content_type = found
    return Response(status_code=200, content_type=content_type, body=body,
                    headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"})


@app.exception_handler(BadRequestError)
def bad_request(error: BadRequestError):
    return _message(error.status, "There is a problem with what was sent", str(error))


@app.exception_handler(InvalidInputError)
def invalid_choice(error: InvalidInputError):
    return _message(400, "Your answer could not be saved", *error.problems.values())


@app.exception_handler(SpamError)
def spam(error: SpamError):
    return _message(400, "Your views could not be accepted",
                    "The form could not be accepted. If you are a person, leave the field labelled "
                    "'Leave this blank' empty and try again.")


@app.exception_handler(TokenError)
def bad_link(error: TokenError):
    return _message(400, "This link does not work", str(error), "You can ask for a new one from the bulletin page.")


@app.exception_handler(CampaignClosedError)
def closed(error: CampaignClosedError):
    return _message(410, "This conversation has closed", str(error), "Your answers have not been saved.")


@app.exception_handler(NotFoundError)
def not_found(error: NotFoundError):
    return _message(404, "Page not found", str(error))


@app.not_found
def no_route(error):
    return _message(404, "Page not found", "If you typed the web address, check it is correct.")


@app.exception_handler(Exception)
def unexpected(error: Exception):
    logger.exception("unexpected error")  # the traceback holds no form values: they are never in messages
    return _message(500, "Sorry, there is a problem with the service", "Try again later. Nothing was saved.")


@logger.inject_lambda_context(clear_state=True)
def lambda_handler(event, context):
    global _nonce
    _nonce = secrets.token_urlsafe(16)  # a fresh nonce per response for the one inline script
    return app.resolve(event, context)
