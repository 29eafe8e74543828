"""Public pages and the engagement form (API Gateway, no sign-in)."""

import secrets
from datetime import datetime, timezone

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.exceptions import NotFoundError as RouteNotFound

from purpose import wiring
from purpose.errors import CampaignClosedError, InvalidInputError, NotFoundError
from purpose.clients.email import EmailSender
from purpose.clients.secrets import signing_keys
from purpose.logic import engagement, insight, subscriptions
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
    return _page(pages.home_page(_common(), campaigns=open_now))


@app.get("/campaigns/<campaign_id>")
def show_campaign(campaign_id: str):
    s = wiring.stores()
    campaign = engagement.get_campaign(campaign_id, s.programme)
    if not campaign.is_open(_now().date()):
        return _message(200, f"{campaign.title} is {campaign.status(_now().date())}",
                        "This conversation is not accepting views at the moment. Thank you for your interest.")
    return _page(pages.campaign_page(_common(), campaign=campaign))


@app.post("/campaigns/<campaign_id>")
def submit_contribution(campaign_id: str):
    s = wiring.stores()
    campaign = engagement.get_campaign(campaign_id, s.programme)
    fields = read_form(app.current_event.raw_event)
    try:
        form = engagement.read_feedback_form(fields, campaign)
    except SpamError:
        raise
    except InvalidInputError as error:
        page = pages.campaign_page(_common(), campaign=campaign, values=fields, errors=error.problems)
        return _page(page, 400)
    questions = {p.id: p.text for p in campaign.prompts}
    contribution, is_new = engagement.record_contribution(
        campaign, form, contributions=s.contributions, personal_data=s.personal_data, now=_now(),
        retention_days=s.settings.retention_days, annotate=lambda c: insight.annotate(c, questions))
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
