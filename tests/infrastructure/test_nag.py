"""cdk-nag's AwsSolutions, Serverless and HIPAA Security packs pass with zero unacknowledged findings."""

from aws_cdk import App, Validations
from aws_cdk import aws_s3 as s3

from infra.acknowledgements import acknowledge_findings
from infra.app import nag_packs
from infra.config import load_trust_configs
from infra.stack import TrustStack


def findings(app: App) -> list:
    found = []
    for pack in nag_packs(app):
        report = pack.validate_scope(app)
        found += [line for line in report.violations] if hasattr(report, "violations") else []
    return found


def test_every_sample_trust_synthesizes_with_no_unacknowledged_finding(template):
    # template_for() runs app.py, which fails synthesis on any unacknowledged finding
    assert template["Resources"]


def test_a_new_non_compliant_resource_fails_the_packs(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = TrustStack(app, load_trust_configs(only="NFH")[0])
    acknowledge_findings(stack)
    s3.Bucket(stack, "CarelessBucket")  # unencrypted-by-KMS, no logging, no SSL policy
    Validations.of(app).add_plugins(*nag_packs(app))
    try:
        app.synth()
    except Exception as error:
        assert "CarelessBucket" in str(error)
    else:
        raise AssertionError("synthesis passed with an unacknowledged finding")
