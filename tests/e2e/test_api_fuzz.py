"""schemathesis over every admin API operation, through the local runtime's HTTP and Cognito check.

At least 500 generated cases per operation; no 5xx, and every response matches the schema.
"""

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from tests.e2e.http import request

pytestmark = pytest.mark.e2e
CASES_PER_OPERATION = 500


@pytest.fixture(scope="module")
def admin_token(runtime):
    return runtime.token()


@pytest.fixture(scope="module")
def admin_schema(runtime, admin_token):
    document = request(runtime.url + "/admin/openapi.json").json()
    return schemathesis.openapi.from_dict(document)


schema = schemathesis.pytest.from_fixture("admin_schema")


@schema.parametrize()
@settings(max_examples=CASES_PER_OPERATION, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_admin_api_never_fails_and_always_matches_its_schema(case, runtime, admin_token):
    case.call_and_validate(
        base_url=runtime.url, headers={"Authorization": admin_token},
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance],
    )


def test_the_document_covers_every_admin_operation(runtime):
    document = request(runtime.url + "/admin/openapi.json").json()
    operations = {(m.upper(), p) for p, item in document["paths"].items() for m in item}
    assert len(operations) >= 7
    assert json.dumps(document).count('"422"') >= len(operations) - 1
