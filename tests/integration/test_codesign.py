"""Co-design rounds through the real handlers: join, vote, add statements, moderate, results, adopt, publish."""

from http.cookies import SimpleCookie

import pytest

from tests.factories import REVIEWER, admin_event, body_json, header, round_input, sample_event, site_event


@pytest.fixture
def open_round(invoke):
    response = invoke("admin_api", admin_event("POST", "/admin/rounds", round_input()))
    assert response["statusCode"] == 201, response["body"]
    return body_json(response)


def join(invoke, round_id: str, group: str = "staff", staff_group: str = "nursing-midwifery",
         lived: str = "no") -> str:
    response = invoke("serve_site", site_event("POST", f"/rounds/{round_id}/join", {
        "stakeholder_group": group, "staff_group": staff_group if group == "staff" else "", "lived_experience": lived}))
    assert response["statusCode"] == 303, response["body"]
    cookie = SimpleCookie(header(response, "Set-Cookie"))["participant"]
    return cookie.value


def test_joining_twice_from_one_page_is_one_participant(invoke, open_round):
    import re

    round_id = open_round["id"]
    page = invoke("serve_site", site_event("GET", f"/rounds/{round_id}"))["body"]
    submission = re.search(r'name="submission_id" value="([^"]+)"', page).group(1)
    fields = {"stakeholder_group": "carer", "lived_experience": "yes", "submission_id": submission}
    # A double-click: the same participant, counted once
    for _ in range(2):
        assert invoke("serve_site", site_event("POST", f"/rounds/{round_id}/join", fields))["statusCode"] == 303
    results = body_json(invoke("admin_api", admin_event("GET", f"/admin/rounds/{round_id}/results")))
    assert results["participation"]["total"] == 1 and results["participation"]["by_group"]["carer"] == 1
    # Another page is another person
    invoke("serve_site", site_event("POST", f"/rounds/{round_id}/join", {**fields, "submission_id": "x" * 20}))
    results = body_json(invoke("admin_api", admin_event("GET", f"/admin/rounds/{round_id}/results")))
    assert results["participation"]["total"] == 2


def statements(invoke, round_id: str, status: str | None = None) -> list[dict]:
    query = {"status": status} if status else None
    return body_json(invoke("admin_api", admin_event("GET", f"/admin/rounds/{round_id}/statements", query=query)))


def vote(invoke, round_id: str, token: str, statement_id: str, choice: str) -> dict:
    return invoke("serve_site", site_event("POST", f"/rounds/{round_id}/vote",
                                           {"statement_id": statement_id, "vote": choice}, cookie=token))


def results(invoke, round_id: str, claims=None) -> dict:
    extra = {"claims": claims} if claims else {}
    return body_json(invoke("admin_api", admin_event("GET", f"/admin/rounds/{round_id}/results", **extra)))


def test_a_participant_joins_once_and_is_shown_statements_one_at_a_time(invoke, open_round):
    round_id = open_round["id"]
    # Given the round is open, the home page lists it and its page asks who you are
    assert open_round["public_path"] in invoke("serve_site", site_event("GET", "/"))["body"]
    page = invoke("serve_site", site_event("GET", f"/rounds/{round_id}"))
    assert page["statusCode"] == 200 and "Which of these best describes you?" in page["body"]
    # When they join without choosing a group
    missing = invoke("serve_site", site_event("POST", f"/rounds/{round_id}/join", {"lived_experience": "no"}))
    assert missing["statusCode"] == 400 and "Select the group that describes you best" in missing["body"]
    # Then, joining properly, a signed cookie scoped to the round stands for them: no personal data
    response = invoke("serve_site", site_event("POST", f"/rounds/{round_id}/join", {
        "stakeholder_group": "patient", "lived_experience": "yes"}))
    cookie = SimpleCookie(header(response, "Set-Cookie"))["participant"]
    assert cookie["httponly"] and cookie["secure"] and cookie["path"] == f"/live/rounds/{round_id}"
    assert cookie["samesite"].lower() == "lax"
    first = invoke("serve_site", site_event("GET", f"/rounds/{round_id}/vote", cookie=cookie.value))
    assert "Statement 1 of 3" in first["body"]
    # And coming back to the round page takes them straight to voting
    again = invoke("serve_site", site_event("GET", f"/rounds/{round_id}", cookie=cookie.value))
    assert again["statusCode"] == 303 and header(again, "Location").endswith("/vote")


def test_a_forged_or_other_rounds_token_is_asked_to_join(invoke, open_round):
    round_id = open_round["id"]
    other = body_json(invoke("admin_api", admin_event("POST", "/admin/rounds", round_input(title="Another round"))))
    token = join(invoke, other["id"])
    for cookie in (token, token[:-2] + "xx", "nonsense"):
        response = vote(invoke, round_id, cookie, statements(invoke, round_id)[0]["id"], "agree")
        assert response["statusCode"] == 303 and header(response, "Location").endswith(f"/rounds/{round_id}")
    assert all(s["votes"] == 0 for s in statements(invoke, round_id))


def test_repeated_votes_count_once_with_the_latest_standing(invoke, open_round):
    round_id = open_round["id"]
    token = join(invoke, round_id)
    statement = statements(invoke, round_id)[0]["id"]
    # When the same vote arrives twice (a double click) and is then changed
    for choice in ("agree", "agree", "disagree"):
        assert vote(invoke, round_id, token, statement, choice)["statusCode"] == 303
    # Then it counts once, as the latest choice
    row = next(r for r in results(invoke, round_id)["statements"] if r["id"] == statement)
    assert row["by_group"] == {"staff": {"agree": 0, "disagree": 1, "pass": 0, "votes": 1}}
    assert next(s for s in statements(invoke, round_id) if s["id"] == statement)["votes"] == 1
    # And the next statement shown is one they have not voted on
    page = invoke("serve_site", site_event("GET", f"/rounds/{round_id}/vote", cookie=token))["body"]
    assert "Statement 2 of 3" in page and statement not in page


def test_bad_votes_get_a_clear_error(invoke, open_round):
    round_id = open_round["id"]
    token = join(invoke, round_id)
    statement = statements(invoke, round_id)[0]["id"]
    assert vote(invoke, round_id, token, statement, "maybe")["statusCode"] == 400
    missing = vote(invoke, round_id, token, "nosuchstatement", "agree")
    assert missing["statusCode"] == 404 and "not part of this round" in missing["body"]


def test_the_next_statement_favours_those_with_fewest_votes(invoke, open_round):
    round_id = open_round["id"]
    seeded = statements(invoke, round_id)
    for _ in range(2):  # two people vote on the first two statements only
        token = join(invoke, round_id)
        for s in seeded[:2]:
            vote(invoke, round_id, token, s["id"], "agree")
    newcomer = join(invoke, round_id)
    page = invoke("serve_site", site_event("GET", f"/rounds/{round_id}/vote", cookie=newcomer))["body"]
    assert seeded[2]["text"] in page


def test_participants_statements_are_redacted_and_held_for_moderation(invoke, open_round):
    round_id = open_round["id"]
    token = join(invoke, round_id, group="carer", lived="yes")
    # When a participant adds a statement naming someone with a phone number
    too_short = invoke("serve_site", site_event("POST", f"/rounds/{round_id}/statements", {"text": "Hi", "part": "vision"},
                                                cookie=token))
    assert too_short["statusCode"] == 400 and "5 to 280 characters" in too_short["body"]
    for _ in range(2):  # a double-click: the statement is kept once
        sent = invoke("serve_site", site_event("POST", f"/rounds/{round_id}/statements", {
            "text": "Carers are partners, ring me on 07700 900123 to talk", "part": "vision"}, cookie=token))
        assert sent["statusCode"] == 200
    # Then it waits for an admin, without the phone number, and nobody is shown it yet
    pending = statements(invoke, round_id, "pending")
    assert len(pending) == 1 and "07700" not in pending[0]["text"] and pending[0]["source"] == "participant"
    assert "Statement 1 of 3" in invoke("serve_site", site_event("GET", f"/rounds/{round_id}/vote", cookie=token))["body"]
    # When an admin approves it, it joins the round
    moderated = invoke("admin_api", admin_event(
        "POST", f"/admin/rounds/{round_id}/statements/{pending[0]['id']}/moderation",
        {"action": "approve", "reason": "A good line for the vision"}))
    assert body_json(moderated)["status"] == "approved" and body_json(moderated)["moderation"][0]["by"] == "admin-1"
    assert "Statement 1 of 4" in invoke("serve_site", site_event("GET", f"/rounds/{round_id}/vote",
                                                                 cookie=token))["body"]


def vote_in_camps(invoke, round_id: str) -> list[dict]:
    """Staff agree with the first statement, patients disagree; everyone agrees with the second."""
    seeded = statements(invoke, round_id)
    for i in range(6):
        group = "staff" if i % 2 == 0 else "patient"
        token = join(invoke, round_id, group=group, lived="yes" if i == 1 else "no")
        vote(invoke, round_id, token, seeded[0]["id"], "agree" if group == "staff" else "disagree")
        vote(invoke, round_id, token, seeded[1]["id"], "agree")
        vote(invoke, round_id, token, seeded[2]["id"], "disagree" if group == "staff" else "agree")
    return seeded


def test_results_show_consensus_by_group_divisive_statements_and_opinion_groups(invoke, open_round):
    round_id = open_round["id"]
    seeded = vote_in_camps(invoke, round_id)
    found = results(invoke, round_id, claims=REVIEWER)  # reviewers may read results
    # Then the statement everyone agreed with comes first, with GAC ((3+1)/(3+2))^2^(1/2) = 0.8
    assert found["statements"][0]["id"] == seeded[1]["id"]
    assert found["statements"][0]["group_aware_consensus"] == pytest.approx(0.8)
    assert found["statements"][0]["majority"] is True
    assert set(found["divisive"]) == {seeded[0]["id"], seeded[2]["id"]}
    assert found["participation"]["by_group"]["staff"] == 3 and found["participation"]["lived_experience"] == 1
    assert found["opinion_groups"]["status"] == "not yet computed"
    # When the scheduled job runs
    job = invoke("find_opinion_groups", sample_event("schedule_opinion_groups"))
    assert job["rounds"] == [{"round": round_id, "status": "complete", "groups": 2}]
    groups = results(invoke, round_id)["opinion_groups"]["groups"]
    assert sorted(list(g["declared_groups"].items()) for g in groups) == [[("patient", 3)], [("staff", 3)]]
    # And the votes export feeds `purpose consensus` with the same figures
    exported = invoke("admin_api", admin_event("GET", f"/admin/rounds/{round_id}/votes"))["body"]
    assert exported.splitlines()[0] == "participant,group,statement,vote" and len(exported.splitlines()) == 19


def test_only_admins_run_rounds(invoke, open_round):
    response = invoke("admin_api", admin_event("POST", "/admin/rounds", round_input(), claims=REVIEWER))
    assert response["statusCode"] == 403
    assert invoke("admin_api", admin_event("GET", f"/admin/rounds/{open_round['id']}/results",
                                           claims=None))["statusCode"] == 401


def test_adopting_a_vision_records_provenance_and_needs_a_reason_when_targets_are_unmet(invoke, open_round):
    round_id = open_round["id"]
    seeded = statements(invoke, round_id)
    token = join(invoke, round_id)  # one staff participant: the lived experience target is not met
    vote(invoke, round_id, token, seeded[0]["id"], "agree")
    draft = {"organisation": "Northfield Hospitals", "vision": "Everyone is treated as a partner in their care.",
             "purpose": "We listen and act.", "values": ["Kindness"], "statement_ids": [seeded[0]["id"],
                                                                                         seeded[2]["id"]]}
    unknown = invoke("admin_api", admin_event("POST", f"/admin/rounds/{round_id}/drafts",
                                              {**draft, "statement_ids": ["nosuch"]}))
    assert unknown["statusCode"] == 422 and "nosuch" in body_json(unknown)["message"]
    saved = body_json(invoke("admin_api", admin_event("POST", f"/admin/rounds/{round_id}/drafts", draft)))
    adopt = f"/admin/rounds/{round_id}/drafts/{saved['id']}/adopt"
    # When an admin adopts it without saying why the target is unmet
    refused = invoke("admin_api", admin_event("POST", adopt, {}))
    assert refused["statusCode"] == 422 and "lived experience" in body_json(refused)["message"]
    # Then with a justification it becomes the vision, with where it came from
    adopted = body_json(invoke("admin_api", admin_event("POST", adopt, {
        "justification": "The board meets next week; a second round with patient groups follows."})))
    assert adopted["version"] == 1 and adopted["vision"] == draft["vision"]
    provenance = adopted["provenance"]
    assert [s["id"] for s in provenance["statements"]] == draft["statement_ids"]
    assert provenance["statements"][0]["by_group"] == {"staff": {"agree": 1, "disagree": 0, "pass": 0, "votes": 1}}
    assert provenance["participation"]["total"] == 1 and provenance["unmet_targets"]
    # And the alignment review uses it; entering another version keeps this one
    assert body_json(invoke("admin_api", admin_event("GET", "/admin/vision")))["version"] == 1
    invoke("admin_api", admin_event("PUT", "/admin/vision", {"organisation": "Northfield Hospitals",
                                                             "vision": "A second version of our vision."}))
    assert [v["version"] for v in body_json(invoke("admin_api", admin_event("GET", "/admin/visions")))] == [2, 1]


def test_the_public_page_shows_the_vision_how_it_was_made_and_what_was_done(invoke, open_round):
    round_id = open_round["id"]
    assert "We have not adopted a shared vision yet" in invoke("serve_site", site_event("GET", "/you-said-we-did"))["body"]
    seeded = vote_in_camps(invoke, round_id)
    saved = body_json(invoke("admin_api", admin_event("POST", f"/admin/rounds/{round_id}/drafts", {
        "organisation": "Northfield", "vision": "Nobody waits without knowing why.", "values": ["Kindness"],
        "statement_ids": [seeded[1]["id"]]})))
    assert invoke("admin_api", admin_event("POST", f"/admin/rounds/{round_id}/drafts/{saved['id']}/adopt",
                                           {}))["statusCode"] == 200
    action = {"title": "Text updates <b>for</b> results", "description": "Patients now get a text when results are "
              "ready.", "themes": ["Communication"], "status": "done"}
    assert invoke("admin_api", admin_event("POST", "/admin/actions", action))["statusCode"] == 201
    page = invoke("serve_site", site_event("GET", "/you-said-we-did"))["body"]
    assert "Nobody waits without knowing why." in page and "Kindness" in page
    assert "6 people voted" in page and "80%" in page
    assert "Text updates &lt;b&gt;for&lt;/b&gt; results" in page and "<b>for</b>" not in page


def test_a_closed_round_takes_no_more_votes(invoke, open_round):
    round_id = open_round["id"]
    token = join(invoke, round_id)
    invoke("admin_api", admin_event("POST", f"/admin/rounds/{round_id}/close"))
    response = vote(invoke, round_id, token, statements(invoke, round_id)[0]["id"], "agree")
    assert response["statusCode"] == 410
    assert all(s["votes"] == 0 for s in statements(invoke, round_id))


@pytest.mark.parametrize("changes, field", [
    ({"targets": [{"group": "lived-experience", "min_share": 5e-324}]}, "min_share"),
    ({"statements": [{"text": "Only one statement"}]}, "statements"),
    ({"closes": "2020-01-01"}, "closes"),
    ({"targets": [{"group": "aliens", "min_share": 0.1}]}, "group"),
])
def test_invalid_rounds_get_a_422_naming_the_field(invoke, changes, field):
    response = invoke("admin_api", admin_event("POST", "/admin/rounds", round_input(**changes)))
    assert response["statusCode"] == 422 and field in body_json(response)["message"]
