"""Build the CDK app: trust configs -> stacks -> nag packs with their acknowledgements."""

from __future__ import annotations

import os

from aws_cdk import App, Validations
from cdk_nag import AwsSolutionsChecks, HIPAASecurityChecks, ServerlessChecks

from infra.acknowledgements import acknowledge_findings
from infra.config import load_trust_configs
from infra.stack import TrustStack


def nag_packs(app: App) -> list:
    return [AwsSolutionsChecks(app), ServerlessChecks(app), HIPAASecurityChecks(app)]


def build_app(trust: str | None = None, outdir: str | None = None) -> App:
    app = App(outdir=outdir or os.environ.get("CDK_OUTDIR") or None)
    trust = trust or app.node.try_get_context("trust")
    for config in load_trust_configs(only=trust):
        acknowledge_findings(TrustStack(app, config))
    Validations.of(app).add_plugins(*nag_packs(app))
    return app
