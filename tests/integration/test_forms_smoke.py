import json

from tests.factories import feedback_fields, form_event


def test_a_form_submission_is_stored_once(invoke, open_campaign):
    # Given an open campaign and a completed form
    fields = feedback_fields()
    # When it is posted twice (a double-click)
    first = invoke("serve_site", form_event(open_campaign["id"], fields))
    second = invoke("serve_site", form_event(open_campaign["id"], fields))
    # Then both get the same reference and one contribution is stored
    assert first["statusCode"] == 303, first["body"]
    assert first["headers"]["Location"] == second["headers"]["Location"]
