"""One stack per trust (or partnership): everything Shared Purpose runs on."""

from __future__ import annotations

from aws_cdk import CfnOutput, Duration, Environment, Stack, Tags
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from infra import constants
from infra.bundle import application_layer, dependencies_layer
from infra.config import TrustConfig
from infra.constructs.data_tables import DataTables
from infra.constructs.email_events import EmailEvents
from infra.constructs.public_api import AdminUsers, PublicApi
from infra.constructs.scheduled_jobs import ScheduledJobs
from infra.constructs.service_function import ServiceFunction
from infra.constructs.upload_pipeline import UploadPipeline, encrypted_queue
from infra.permissions import grant_function_permissions


def stack_name(trust: TrustConfig) -> str:
    return f"{constants.PROJECT}-{trust.code}"


class TrustStack(Stack):
    def __init__(self, scope: Construct, trust: TrustConfig) -> None:
        super().__init__(
            scope, stack_name(trust),
            env=Environment(account=trust.account, region=trust.region),
            description=f"Shared Purpose for {trust.display_name}",
        )
        Tags.of(self).add("service", "shared-purpose")
        Tags.of(self).add("trust", trust.code)
        self.trust = trust
        key = kms.Key(self, "DataKey", enable_key_rotation=True,
                      description=f"Encrypts Shared Purpose data for {trust.display_name}")
        key.grant_encrypt_decrypt(iam.ServicePrincipal(f"logs.{trust.region}.amazonaws.com"))

        tables = DataTables(self, "Data", key=key)
        uploads = UploadPipeline(self, "Uploads", key=key, retention_days=trust.retention_days)
        failures = encrypted_queue(self, "FailedInvocations", key)
        email_configuration_set_name = f"shared-purpose-{trust.code.lower()}"
        # Keys for signed links (unsubscribe, confirmation, participants): {"current", "previous"}.
        signing = secretsmanager.Secret(
            self, constants.SECRET_SIGNING, encryption_key=key, description="Keys that sign links in emails",
            generate_secret_string=secretsmanager.SecretStringGenerator(
                secret_string_template='{"previous": []}', generate_string_key="current",
                exclude_punctuation=True, password_length=48))
        signing.node.default_child.override_logical_id(constants.SECRET_SIGNING)

        layers = [
            lambda_.LayerVersion(self, "Dependencies", code=lambda_.Code.from_asset(str(dependencies_layer())),
                                 compatible_architectures=[lambda_.Architecture.ARM_64],
                                 compatible_runtimes=[lambda_.Runtime.PYTHON_3_14],
                                 description="Powertools, pydantic, Jinja and the NHS.UK templates"),
            lambda_.LayerVersion(self, "Application", code=lambda_.Code.from_asset(str(application_layer())),
                                 compatible_architectures=[lambda_.Architecture.ARM_64],
                                 compatible_runtimes=[lambda_.Runtime.PYTHON_3_14],
                                 description="The purpose package"),
        ]
        environment = {
            constants.ENV_TRUST_CODE: trust.code,
            constants.ENV_TRUST_NAME: trust.display_name,
            constants.ENV_CONTRIBUTIONS_TABLE: tables.contributions.table_name,
            constants.ENV_PERSONAL_DATA_TABLE: tables.personal_data.table_name,
            constants.ENV_PROGRAMME_TABLE: tables.programme.table_name,
            constants.ENV_IDEMPOTENCY_TABLE: tables.idempotency.table_name,
            constants.ENV_UPLOAD_BUCKET: uploads.bucket.bucket_name,
            constants.ENV_UPLOAD_QUEUE_URL: uploads.queue.queue_url,
            constants.ENV_RETENTION_DAYS: str(trust.retention_days),
            constants.ENV_SENDER_ADDRESS: trust.sender_address,
            constants.ENV_SES_CONFIGURATION_SET: email_configuration_set_name,
            constants.ENV_SITE_URL: trust.site_url,
            constants.ENV_UPLOAD_MAX_BYTES: str(trust.upload_max_bytes),
            constants.ENV_SIGNING_SECRET: signing.secret_arn,
            constants.ENV_BULLETIN_REQUIRES_APPROVAL: str(trust.bulletin_requires_approval).lower(),
            constants.ENV_BULLETIN_TOPICS: ",".join(trust.bulletin_topics),
            constants.ENV_SES_MAX_SEND_RATE: str(trust.ses_max_send_rate),
            constants.ENV_BOUNCE_RATE_THRESHOLD: str(trust.bounce_rate_threshold),
            constants.ENV_ALIGNMENT_EMBEDDINGS: trust.embeddings_setting(),
            constants.ENV_METRICS_NAMESPACE: constants.PROJECT,
        }

        def function(name: str, **options) -> ServiceFunction:
            return ServiceFunction(self, "".join(p.title() for p in name.split("_")), name=name, layers=layers,
                                   environment=environment, key=key, failure_queue=failures, **options)

        functions = {
            # Bounded so a flood of form posts cannot exhaust the account's concurrency.
            "serve_site": function("serve_site", reserved_concurrency=20),
            "admin_api": function("admin_api", reserved_concurrency=5),
            # One file at a time per slot, so DynamoDB write bursts stay predictable.
            "ingest_upload": function("ingest_upload", timeout=Duration.minutes(15), memory_mb=1024,
                                      reserved_concurrency=4),
            # Lambda gives a processor's worth of time per 1,769 MB: two for a long register, which the review
            # shares between two processes (review_register).
            "run_alignment_review": function("run_alignment_review", timeout=Duration.minutes(5), memory_mb=3538,
                                             reserved_concurrency=1, asynchronous=True),
            # One dispatcher at a time keeps the send rate within SES's configured maximum.
            "send_bulletin": function("send_bulletin", timeout=Duration.minutes(15), reserved_concurrency=1,
                                      asynchronous=True, function_name=constants.bulletin_function_name(trust.code)),
            "record_email_event": function("record_email_event", reserved_concurrency=2, asynchronous=True),
            "find_opinion_groups": function("find_opinion_groups", timeout=Duration.minutes(5), memory_mb=1024,
                                            reserved_concurrency=1, asynchronous=True),
            "rotate_signing_keys": function("rotate_signing_keys", reserved_concurrency=1),
        }
        # A new signing key every 90 days; the last five stay accepted, covering every link's validity.
        signing.add_rotation_schedule("Rotation", rotation_lambda=functions["rotate_signing_keys"].function,
                                      automatically_after=Duration.days(90))
        users = AdminUsers(self, "AdminUsers")
        api = PublicApi(self, "Web", key=key, site=functions["serve_site"], admin=functions["admin_api"], users=users)
        uploads.attach_ingest(functions["ingest_upload"])
        email = EmailEvents(self, "Email", key=key, sender_domain=trust.sender_domain,
                            handler=functions["record_email_event"], dead_letters=failures)
        email.configuration_set.node.default_child.add_property_override("Name", email_configuration_set_name)
        ScheduledJobs(self, "Schedules", key=key, dead_letters=failures, jobs={
            "review": (trust.review_schedule, functions["run_alignment_review"]),
            "bulletin": (trust.bulletin_schedule, functions["send_bulletin"]),
            "opinion-groups": (trust.opinion_groups_schedule, functions["find_opinion_groups"]),
        })
        grant_function_permissions(self, functions, tables=tables, uploads=uploads, email=email, signing=signing)

        CfnOutput(self, constants.OUTPUT_SITE_URL, value=api.api.url)
        CfnOutput(self, constants.OUTPUT_UPLOAD_BUCKET, value=uploads.bucket.bucket_name)
        CfnOutput(self, constants.OUTPUT_USER_POOL_ID, value=users.pool.user_pool_id)
        CfnOutput(self, constants.OUTPUT_USER_POOL_CLIENT_ID, value=users.client.user_pool_client_id)
