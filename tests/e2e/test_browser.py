"""The engagement journey in real headless Chromium, desktop and phone, with axe-core on every page."""

import re
import shutil
from pathlib import Path

import pytest

from tests.e2e.http import request

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture(params=list(VIEWPORTS))
def page(request, browser):
    context = browser.new_context(viewport=VIEWPORTS[request.param], bypass_csp=True)
    page = context.new_page()
    outside: list[str] = []

    def only_loopback(route):
        if re.match(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?/", route.request.url):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    page.route("**/*", only_loopback)
    yield page
    context.close()
    assert outside == [], f"the page tried to leave the site: {outside}"


def serious_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => await axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})""")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_a_person_shares_their_views_from_home_to_reference(runtime, page):
    page.goto(runtime.url + "/")
    assert serious_violations(page) == []
    page.get_by_role("link", name=re.compile("Our vision for 2027")).click()
    assert page.locator("h1").inner_text() == "Our vision for 2027"
    assert serious_violations(page) == []

    # Sending it empty shows an error summary whose links reach the fields
    page.get_by_role("button", name="Send your views").click()
    summary = page.locator(".nhsuk-error-summary")
    assert "Select who you are" in summary.inner_text()
    assert serious_violations(page) == []
    summary.get_by_role("link", name="Select who you are").click()

    page.get_by_label("Staff", exact=True).check()
    page.get_by_label("If you are staff, your staff group").select_option("ambulance")
    page.get_by_role("group", name=re.compile("lived experience")).get_by_label("No", exact=True).check()
    page.get_by_label(re.compile("What gets in the way")).fill("Waiting to hand over patients at the hospital.")
    page.get_by_label("You may quote my words anonymously").check()
    page.get_by_role("button", name="Send your views").click()

    assert "Thank you" in page.locator("h1").inner_text()
    assert re.search(r"SP-[0-9A-Z]{4}-[0-9A-Z]{4}", page.content())
    assert serious_violations(page) == []


def test_the_form_works_without_javascript(runtime, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(runtime.url + "/")
    page.get_by_role("link", name=re.compile("Our vision for 2027")).click()
    page.get_by_label("Patient or service user").check()
    page.get_by_role("group", name=re.compile("lived experience")).get_by_label("Prefer not to say").check()
    page.get_by_label(re.compile("What are you proud of")).fill("The kindness of the night staff.")
    page.get_by_role("button", name="Send your views").click()
    assert "Thank you" in page.locator("h1").inner_text()
    context.close()


def test_a_participant_votes_and_adds_a_statement_without_javascript(runtime, browser):
    # No JavaScript, on a phone: the round must work with plain forms and the participant cookie
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(runtime.url + "/")
    page.get_by_role("link", name=re.compile("Writing our vision together")).click()
    page.get_by_role("button", name="Start voting").click()
    assert "Select the group that describes you best" in page.locator(".nhsuk-error-summary").inner_text()
    page.get_by_label("Carer, family member or friend").check()
    page.get_by_role("group", name=re.compile("lived experience")).get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Start voting").click()
    assert page.locator("h1").inner_text() == "Do you agree?"
    first = page.locator("#statement-text").inner_text()
    page.get_by_role("button", name="Agree", exact=True).click()
    assert page.locator("#statement-text").inner_text() != first
    page.get_by_role("button", name="Pass or unsure").click()
    page.get_by_role("link", name="Add your own statement").click()
    page.get_by_label("Our values").check()
    page.get_by_label("Your statement").fill("Carers are partners in care")
    page.get_by_role("button", name="Send your statement").click()
    assert "Thank you for your statement" in page.locator("h1").inner_text()
    context.close()


def test_the_co_design_pages_pass_axe(runtime, page):
    page.goto(runtime.url + "/")
    page.get_by_role("link", name=re.compile("Writing our vision together")).click()
    assert serious_violations(page) == []
    page.get_by_role("button", name="Start voting").click()
    assert serious_violations(page) == []  # with the error summary
    page.get_by_label("Staff", exact=True).check()
    page.get_by_label("If you are staff, your staff group").select_option("nursing-midwifery")
    page.get_by_role("group", name=re.compile("lived experience")).get_by_label("No", exact=True).check()
    page.get_by_role("button", name="Start voting").click()
    assert page.locator("h1").inner_text() == "Do you agree?"
    assert serious_violations(page) == []
    page.get_by_role("link", name="Add your own statement").click()
    assert serious_violations(page) == []
    page.goto(runtime.url + "/you-said-we-did")
    assert serious_violations(page) == []


@pytest.mark.parametrize("path", ["/subscribe", "/stories/new", "/privacy", "/accessibility", "/no-such-page"])
def test_every_other_page_passes_axe(runtime, page, path):
    page.goto(runtime.url + path)
    assert page.locator("h1").count() == 1
    assert serious_violations(page) == []


def test_leaders_read_the_review_report_on_a_phone_a_desktop_and_paper(runtime, page):
    token = runtime.token()
    # A title with a long unbroken word, as a pasted address or id would be, in the work to question
    added = request(runtime.url + "/admin/work-items", "POST", headers={"Authorization": token}, payload={
        "id": "W-LONG", "title": "Staff car park barrier https://estates.example.nhs.uk/projects/car-park-barrier-2026"})
    assert added.status in (201, 200)
    result = runtime.cli("run-schedule", "review", "--date", "2026-12-01")
    assert result.returncode == 0, result.stderr
    page.set_extra_http_headers({"Authorization": token})
    page.goto(runtime.url + "/admin/reviews/2026-12-01/report")
    assert page.locator("h1").inner_text() == "Alignment review, 2026-12-01"
    # The page never scrolls sideways: the coverage matrix, as wide as the vision has parts, scrolls on its own
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert serious_violations(page) == []
    # On paper nothing scrolls: printed on A4 (about 718 px between the margins), the matrix fits the page
    page.set_viewport_size({"width": 718, "height": 1000})
    page.emulate_media(media="print")
    assert page.evaluate("document.querySelector('.wide table').getBoundingClientRect().right"
                         " <= document.documentElement.clientWidth")
