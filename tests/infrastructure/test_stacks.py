"""Every sample trust's synthesized stack has the resources the design promises, in London."""

import json
import os
import subprocess
import sys

import pytest
from aws_cdk.assertions import Match, Template

from infra.constants import FUNCTIONS, SCHEDULED_FUNCTIONS
from infra.acknowledgements import SYNCHRONOUS
from infra.permissions import TABLE_ACCESS
from purpose.cli import SCHEDULED_JOBS
from purpose.local.assembly import ROOT, template_for

TRUSTS = ["NFH", "CAS", "RVP"]


@pytest.fixture(scope="module", params=TRUSTS)
def stack(request):
    return Template.from_json(template_for(request.param))


def resources(template: Template, kind: str) -> dict:
    return template.find_resources(kind)


def test_tables_are_on_demand_encrypted_recoverable_protected_and_expire_personal_data(stack):
    tables = resources(stack, "AWS::DynamoDB::Table")
    assert set(tables) == {"ContributionsTable", "PersonalDataTable", "ProgrammeTable", "IdempotencyTable"}
    for table in tables.values():
        props = table["Properties"]
        assert props["BillingMode"] == "PAY_PER_REQUEST"
        assert props["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"]
        assert props["DeletionProtectionEnabled"]
        assert props["SSESpecification"]["SSEType"] == "KMS"
        assert props["TimeToLiveSpecification"]["Enabled"]
    stack.resource_count_is("AWS::Backup::BackupPlan", 1)


def test_the_upload_bucket_is_private_ssl_only_versioned_with_lifecycle_rules(stack):
    bucket = resources(stack, "AWS::S3::Bucket")["UploadBucket"]["Properties"]
    assert bucket["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True, "BlockPublicPolicy": True, "IgnorePublicAcls": True, "RestrictPublicBuckets": True}
    assert bucket["VersioningConfiguration"]["Status"] == "Enabled"
    assert {r.get("Prefix") for r in bucket["LifecycleConfiguration"]["Rules"]} >= {"uploads/", "reports/"}
    stack.has_resource_properties("AWS::S3::BucketPolicy", {"PolicyDocument": {"Statement": Match.array_with([
        Match.object_like({"Effect": "Deny", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})])}})


def test_api_has_throttling_access_logs_waf_rate_rule_and_cognito_admin_routes(stack):
    stage = next(iter(resources(stack, "AWS::ApiGateway::Stage").values()))["Properties"]
    assert stage["MethodSettings"][0]["ThrottlingRateLimit"] > 0
    assert "DestinationArn" in stage["AccessLogSetting"]
    acl = next(iter(resources(stack, "AWS::WAFv2::WebACL").values()))["Properties"]
    assert any("RateBasedStatement" in r["Statement"] for r in acl["Rules"])
    assert any("SizeConstraintStatement" in r["Statement"] for r in acl["Rules"])
    stack.resource_count_is("AWS::WAFv2::WebACLAssociation", 1)
    groups = {g["Properties"]["GroupName"] for g in resources(stack, "AWS::Cognito::UserPoolGroup").values()}
    assert groups == {"admins", "reviewers"}
    admin = [m for m in resources(stack, "AWS::ApiGateway::Method").values()
             if m["Properties"].get("AuthorizationType") == "COGNITO_USER_POOLS"]
    assert len(admin) == 1


def test_functions_are_arm64_current_python_json_logs_own_roles(stack):
    functions = resources(stack, "AWS::Lambda::Function")
    ours = {k: f for k, f in functions.items() if "POWERTOOLS_SERVICE_NAME" in
            f["Properties"].get("Environment", {}).get("Variables", {})}
    assert len(ours) == len(FUNCTIONS)
    roles = set()
    for function in ours.values():
        props = function["Properties"]
        assert props["Architectures"] == ["arm64"] and props["Runtime"] == "python3.14"
        assert props["LoggingConfig"]["LogFormat"] == "JSON"
        assert props["ReservedConcurrentExecutions"] >= 1
        roles.add(json.dumps(props["Role"]))
    assert len(roles) == len(FUNCTIONS)
    for config in resources(stack, "AWS::Lambda::EventInvokeConfig").values():
        assert config["Properties"]["MaximumRetryAttempts"] == 2
        assert "OnFailure" in config["Properties"]["DestinationConfig"]
    stack.resource_count_is("AWS::Lambda::EventInvokeConfig", len(FUNCTIONS) - len(SYNCHRONOUS))  # the asynchronous ones
    # The review shares a long register between two processes: Lambda gives two processors' time from 3,538 MB
    review = next(f for k, f in ours.items() if k.startswith("RunAlignmentReview"))
    assert review["Properties"]["MemorySize"] >= 3538


def test_schedules_retry_and_dead_letter(stack):
    schedules = resources(stack, "AWS::Scheduler::Schedule")
    assert sorted(json.loads(s["Properties"]["Target"]["Input"])["job"] for s in schedules.values()) == \
        sorted(SCHEDULED_FUNCTIONS) == sorted(SCHEDULED_JOBS)  # the CLI's `run-schedule` knows every job
    for schedule in schedules.values():
        target = schedule["Properties"]["Target"]
        assert target["RetryPolicy"]["MaximumRetryAttempts"] == 3 and "DeadLetterConfig" in target


def test_ses_events_reach_a_handler(stack):
    stack.resource_count_is("AWS::SES::ConfigurationSet", 1)
    destination = next(iter(resources(stack, "AWS::SES::ConfigurationSetEventDestination").values()))
    assert {"bounce", "complaint", "delivery"} <= set(destination["Properties"]["EventDestination"]["MatchingEventTypes"])
    stack.resource_count_is("AWS::SNS::Subscription", 1)


def test_each_function_role_grants_only_what_it_uses(stack):
    template = stack.to_json()
    policies = {k: v for k, v in template["Resources"].items() if v["Type"] == "AWS::IAM::Policy"}
    for function, access in TABLE_ACCESS.items():
        logical = "".join(p.title() for p in function.split("_"))
        policy = next(v for k, v in policies.items() if k.startswith(f"{logical}RoleDefaultPolicy"))
        statements = policy["Properties"]["PolicyDocument"]["Statement"]
        actions = {a for s in statements for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])}
        dynamodb = {a for a in actions if a.startswith("dynamodb:")}
        assert dynamodb == {a for table_actions in access.values() for a in table_actions}, function
        assert not any(a.endswith(":*") or a == "*" for a in actions), function
        assert "dynamodb:Scan" not in actions and "dynamodb:DeleteTable" not in actions


def synth_with(tmp_path, configs: dict[str, dict]):
    for name, config in configs.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(config))
    env = {**os.environ, "SHARED_PURPOSE_TRUSTS": str(tmp_path), "CDK_OUTDIR": str(tmp_path / "out"),
           "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    return subprocess.run([sys.executable, str(ROOT / "app.py")], env=env, capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("change, field", [
    ({"region": "ap-south-1"}, "region"), ({"sender_address": None}, "sender_address"),
    ({"bulletin_schedule": "cron(0 7 * * MON)"}, "bulletin_schedule")])
def test_synthesis_fails_on_a_bad_config_naming_the_trust_and_field(tmp_path, change, field):
    config = json.loads((ROOT / "infra" / "trusts" / "CAS.json").read_text()) | change
    result = synth_with(tmp_path, {"CAS": {k: v for k, v in config.items() if v is not None}})
    assert result.returncode != 0
    assert "trust CAS" in result.stderr and field in result.stderr


@pytest.mark.parametrize("trust, bedrock", [("CAS", True), ("NFH", False)])
def test_bedrock_embeddings_are_switched_on_per_trust_with_one_model_only(trust, bedrock):
    template = template_for(trust)
    resources_ = template["Resources"]
    review = next(v for k, v in resources_.items() if k.startswith("RunAlignmentReviewFunction")
                  and v["Type"] == "AWS::Lambda::Function")
    setting = review["Properties"]["Environment"]["Variables"]["ALIGNMENT_EMBEDDINGS"]
    assert setting == ("bedrock:amazon.titan-embed-text-v2:0" if bedrock else "offline")
    granted = [(name, s) for name, v in resources_.items() if v["Type"] == "AWS::IAM::Policy"
               for s in v["Properties"]["PolicyDocument"]["Statement"] if "bedrock" in json.dumps(s["Action"])]
    if not bedrock:
        assert granted == []
        return
    assert [name.startswith("RunAlignmentReviewRoleDefaultPolicy") for name, _ in granted] == [True]
    statement = granted[0][1]
    assert statement["Action"] == "bedrock:InvokeModel"
    assert "foundation-model/amazon.titan-embed-text-v2:0" in json.dumps(statement["Resource"])
