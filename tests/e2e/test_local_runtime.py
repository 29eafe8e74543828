"""The whole system as `make run` starts it: real handlers behind real HTTP, moto on loopback."""

import json
import re
import time

import pytest

from tests.e2e.http import request

pytestmark = pytest.mark.e2e


def first_campaign_path(runtime) -> str:
    home = request(runtime.url + "/")
    assert home.status == 200
    return re.search(r'href="(/campaigns/[a-z0-9-]+)"', home.text).group(1)


def test_the_runtime_prints_its_addresses_and_seeds_a_demo(runtime):
    log = (runtime.state_dir / "runtime.log").read_text()
    assert f"AWS endpoint: {runtime.info['endpoint']}" in log
    assert "outbox" in log.lower() and runtime.info["endpoint"].startswith("http://127.0.0.1:")
    assert "Our vision for 2027" in request(runtime.url + "/").text


def test_a_newcomer_shares_their_views_and_an_admin_sees_them(runtime):
    path = first_campaign_path(runtime)
    form = request(runtime.url + path)
    submission_id = re.search(r'name="submission_id" value="([^"]+)"', form.text).group(1)
    reply = request(runtime.url + path, "POST", form={
        "submission_id": submission_id, "stakeholder_group": "carer", "lived_experience": "yes",
        "answer-q1": "Nobody told us when Mum would be discharged", "quote_consent": "yes"})
    assert reply.status == 303
    thanks = request(runtime.url + reply.headers["location"])
    reference = re.search(r"SP-[0-9A-Z]{4}-[0-9A-Z]{4}", thanks.text).group(0)

    token = runtime.token()
    campaign = path.rsplit("/", 1)[-1]
    listed = request(f"{runtime.url}/admin/campaigns/{campaign}/contributions?stakeholder_group=carer",
                     headers={"Authorization": token}).json()
    assert reference in [c["reference"] for c in listed]
    export = request(f"{runtime.url}/admin/campaigns/{campaign}/export", headers={"Authorization": token})
    assert "Nobody told us when Mum would be discharged" in export.text


def test_admin_routes_refuse_missing_and_forged_tokens(runtime):
    assert request(runtime.url + "/admin/campaigns").status == 401
    token = runtime.token()
    header, payload, signature = token.split(".")
    forged = ".".join([header, payload, signature[:-4] + ("AAAA" if not signature.endswith("AAAA") else "BBBB")])
    assert request(runtime.url + "/admin/campaigns", headers={"Authorization": forged}).status == 401


@pytest.mark.parametrize("body, content_type, status", [
    (b"x" * (2 * 1024 * 1024), "application/x-www-form-urlencoded", 413),
    (b"a=1", "multipart/form-data", 415),
])
def test_hostile_http_requests_get_a_4xx(runtime, body, content_type, status):
    path = first_campaign_path(runtime)
    assert request(runtime.url + path, "POST", body=body, headers={"Content-Type": content_type}).status == status


def test_purpose_upload_waits_and_prints_the_summary(runtime, tmp_path):
    data = tmp_path / "fft.csv"
    data.write_text("Comment ID,FFT answer\nE2E-1,The crew were wonderful\nE2E-2,Did not answer\n")
    result = runtime.cli("upload", str(data), "--kind", "fft", "--wait")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["status"], summary["rows"], summary["stored"], summary["blank"]) == ("complete", 2, 1, 1)
    assert summary["report"].endswith(".json")


def test_any_s3_client_against_the_endpoint_triggers_the_same_path(runtime):
    s3 = runtime.aws("s3")
    s3.put_object(Bucket=runtime.info["upload_bucket"], Key="uploads/ideas/board export.csv",
                  Body=b"Title,Votes\nShared staff room,12\n")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = s3.list_objects_v2(Bucket=runtime.info["upload_bucket"], Prefix="reports/").get("Contents", [])
        reports = [json.loads(s3.get_object(Bucket=runtime.info["upload_bucket"], Key=o["Key"])["Body"].read())
                   for o in found if o["Key"].count("/") == 1 and o["Key"].endswith(".json")]
        if any(r.get("kind") == "ideas" for r in reports):
            return
        time.sleep(0.5)
    raise AssertionError("the upload was not processed")


def test_data_survives_a_restart(runtime):
    token = runtime.token()
    before = request(runtime.url + "/admin/campaigns", headers={"Authorization": token}).json()
    runtime.stop()
    runtime.start()
    after = request(runtime.url + "/admin/campaigns", headers={"Authorization": runtime.token()}).json()
    assert [c["id"] for c in after] == [c["id"] for c in before]
    seeded = [c for c in after if c["title"] == "Our vision for 2027"]
    assert len(seeded) == 1  # not seeded a second time


def test_every_email_sent_through_ses_lands_in_the_outbox(runtime):
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = (
        "shared.purpose@northfield.example.nhs.uk", "reader@example.org", "Outbox check")
    message.set_content("Hello from the local runtime.")
    runtime.aws("sesv2").send_email(FromEmailAddress=message["From"], Destination={"ToAddresses": [message["To"]]},
                                    Content={"Raw": {"Data": message.as_bytes()}})
    outbox = runtime.state_dir / "outbox"
    index = outbox / "index.html"
    # The message is written first and the index after it, each whole at once
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not (index.exists() and "Outbox check" in index.read_text()):
        time.sleep(0.2)
    emails = [p.read_text() for p in outbox.glob("*.eml")]
    assert any("Subject: Outbox check" in e for e in emails)
    assert "Outbox check" in index.read_text()


def test_the_bulletin_journey_through_the_local_outbox(runtime):
    import email as email_lib
    from email import policy
    from urllib.parse import urlsplit

    def emails_to(address):
        found = []
        for path in (runtime.state_dir / "outbox").glob("*.eml"):
            message = email_lib.message_from_string(path.read_text(), policy=policy.default)
            if message["To"] == address:
                found.append(message)
        return found

    def wait_for(address, count):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and len(emails_to(address)) < count:
            time.sleep(0.2)
        return emails_to(address)

    address = "local.reader@example.org"
    assert request(runtime.url + "/subscribe", "POST", form={"email": address}).status == 200
    [confirmation] = wait_for(address, 1)
    link = next(w for w in confirmation.get_body(("plain",)).get_content().split() if "/subscribe/confirm" in w)
    assert link.startswith(runtime.url)  # links in the outbox point at the local site and work
    assert "You are subscribed" in request(link).text

    result = runtime.cli("run-schedule", "bulletin", "--date", "2026-12-01")
    assert result.returncode == 0, result.stderr
    bulletins = [m for m in wait_for(address, 2) if m["Subject"].startswith("Shared Purpose bulletin")]
    assert len(bulletins) == 1 and bulletins[0]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    runtime.cli("run-schedule", "bulletin", "--date", "2026-12-01")
    time.sleep(1)
    assert len([m for m in emails_to(address) if m["Subject"].startswith("Shared Purpose bulletin")]) == 1

    unsubscribe = bulletins[0]["List-Unsubscribe"].strip("<>")
    parts = urlsplit(unsubscribe)
    assert request(unsubscribe, "POST", body="List-Unsubscribe=One-Click",
                   headers={"Content-Type": "application/x-www-form-urlencoded"}).status == 200
    runtime.cli("run-schedule", "bulletin", "--date", "2026-12-08")
    time.sleep(1)
    assert len([m for m in emails_to(address) if m["Subject"].startswith("Shared Purpose bulletin")]) == 1
    assert parts.path == "/unsubscribe"


def test_the_review_runs_on_demand_with_the_seeded_vision(runtime):
    result = runtime.cli("run-schedule", "review", "--date", "2026-12-01")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["status"] == "complete" and summary["items"] >= 3  # the seeded register, and any added since
    token = runtime.token()
    report = request(runtime.url + "/admin/reviews/2026-12-01/report", headers={"Authorization": token})
    assert report.status == 200 and "Alignment review" in report.text


def test_the_seeded_views_are_themed_as_the_site_themes_what_people_send(runtime):
    from purpose.local.seed import DEMO_VIEWS

    headers = {"Authorization": runtime.token()}
    campaign = next(c for c in request(runtime.url + "/admin/campaigns", headers=headers).json()
                    if c["title"] == "Our vision for 2027")
    listed = request(runtime.url + f"/admin/campaigns/{campaign['id']}/contributions", headers=headers).json()
    seeded = [c for c in listed if c["answers"].get("q1") in {view[3] for view in DEMO_VIEWS}]
    assert len(seeded) == len(DEMO_VIEWS) and all(c["themes"] and c["sentiment"] for c in seeded)


def test_the_seeded_story_reads_back_through_the_admin_api(runtime):
    stories = request(runtime.url + "/admin/stories", headers={"Authorization": runtime.token()})
    assert stories.status == 200 and any(s["approved"] for s in stories.json())


def participant_cookie(reply) -> str:
    from http.cookies import SimpleCookie

    return SimpleCookie(reply.headers["set-cookie"])["participant"].value


def test_the_co_design_journey_from_round_to_published_vision(runtime):
    token = runtime.token()
    admin = {"Authorization": token}
    # Given an admin opens a round over HTTP
    opened = request(runtime.url + "/admin/rounds", "POST", headers=admin, payload={
        "title": "Our values, together", "opens": "2026-01-01", "closes": "2099-12-31",
        "statements": [{"text": "Care is kind and unhurried", "part": "vision"},
                       {"text": "Fairness for every community", "part": "values"}],
        "targets": [{"group": "lived-experience", "min_share": 0.2}]})
    assert opened.status == 201, opened.text
    round_id = opened.json()["id"]
    statements = request(f"{runtime.url}/admin/rounds/{round_id}/statements", headers=admin).json()
    # When participants from two groups join and vote through the site
    for number in range(6):
        group = "staff" if number % 2 else "patient"
        joined = request(f"{runtime.url}/rounds/{round_id}/join", "POST", form={
            "stakeholder_group": group, "staff_group": "ambulance" if group == "staff" else "",
            "lived_experience": "yes" if group == "patient" else "no"})
        assert joined.status == 303 and joined.headers["location"] == f"/rounds/{round_id}/vote"
        cookie = {"Cookie": f"participant={participant_cookie(joined)}"}
        for statement in statements:
            page = request(f"{runtime.url}/rounds/{round_id}/vote", headers=cookie)
            shown = re.search(r'name="statement_id" value="([a-z0-9]+)"', page.text).group(1)
            choice = "agree" if group == "patient" or shown == statements[1]["id"] else "disagree"
            assert request(f"{runtime.url}/rounds/{round_id}/vote", "POST", headers=cookie,
                           form={"statement_id": shown, "vote": choice}).status == 303
        added = request(f"{runtime.url}/rounds/{round_id}/statements", "POST", headers=cookie,
                        form={"text": f"Statement from participant {number}", "part": "values"})
        assert added.status == 200
    # Then the results show consensus by group and the divisive statement
    results = request(f"{runtime.url}/admin/rounds/{round_id}/results", headers=admin).json()
    assert results["statements"][0]["id"] == statements[1]["id"]
    assert results["divisive"] == [statements[0]["id"]]
    assert results["participation"]["targets_met"] is True
    pending = request(f"{runtime.url}/admin/rounds/{round_id}/statements?status=pending", headers=admin).json()
    assert len(pending) == 6
    # And `purpose consensus` on the exported votes gives the same figures as the service
    votes = runtime.state_dir / "votes.csv"
    votes.write_bytes(request(f"{runtime.url}/admin/rounds/{round_id}/votes", headers=admin).body)
    printed = runtime.cli("consensus", "--votes", str(votes))
    lines = {line["statement"]: line for line in map(json.loads, printed.stdout.splitlines())}
    for row in results["statements"]:
        assert lines[row["id"]]["group_aware_consensus"] == pytest.approx(row["group_aware_consensus"])
        assert lines[row["id"]]["by_group"] == row["by_group"]
    # And the scheduled job finds the opinion groups
    assert runtime.cli("run-schedule", "opinion-groups").returncode == 0
    groups = request(f"{runtime.url}/admin/rounds/{round_id}/results", headers=admin).json()["opinion_groups"]
    assert groups["status"] == "complete" and len(groups["groups"]) == 2
    # When an admin adopts a vision drafted from the statements
    draft = request(f"{runtime.url}/admin/rounds/{round_id}/drafts", "POST", headers=admin, payload={
        "organisation": "Northfield", "vision": "Fairness for every community, in every service.",
        "values": ["Fairness"], "statement_ids": [statements[1]["id"]]}).json()
    adopted = request(f"{runtime.url}/admin/rounds/{round_id}/drafts/{draft['id']}/adopt", "POST", headers=admin,
                      payload={})
    assert adopted.status == 200, adopted.text
    assert adopted.json()["provenance"]["statements"][0]["id"] == statements[1]["id"]
    # Then the public page shows it
    page = request(runtime.url + "/you-said-we-did").text
    assert "Fairness for every community, in every service." in page and "6 people voted" in page
