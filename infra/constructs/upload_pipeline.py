"""Files dropped into S3 become contributions: bucket -> notification queue -> ingest function."""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from infra import constants
from infra.constructs.service_function import ServiceFunction


def encrypted_queue(scope: Construct, construct_id: str, key: kms.IKey, *, dead_letter: sqs.IQueue | None = None,
                    visibility: Duration = Duration.seconds(60)) -> sqs.Queue:
    queue = sqs.Queue(
        scope, construct_id,
        encryption=sqs.QueueEncryption.KMS,
        encryption_master_key=key,
        enforce_ssl=True,
        retention_period=Duration.days(14),
        visibility_timeout=visibility,
        dead_letter_queue=sqs.DeadLetterQueue(queue=dead_letter, max_receive_count=3) if dead_letter else None,
    )
    queue.node.default_child.override_logical_id(construct_id)
    return queue


def grant_objects(role: iam.IRole, bucket: s3.Bucket, prefix: str, *actions: str) -> None:
    """Exactly these object actions under one prefix, and the key use they need."""
    role.add_to_principal_policy(iam.PolicyStatement(actions=list(actions), resources=[bucket.arn_for_objects(prefix)]))
    if "s3:GetObject" in actions:
        bucket.encryption_key.grant_decrypt(role)
    if "s3:PutObject" in actions:
        bucket.encryption_key.grant(role, "kms:GenerateDataKey", "kms:Decrypt")


class UploadPipeline(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, key: kms.IKey, retention_days: int) -> None:
        super().__init__(scope, construct_id)
        self.access_logs = s3.Bucket(
            self, "AccessLogs",
            encryption=s3.BucketEncryption.S3_MANAGED,  # S3 server access logging cannot write to SSE-KMS
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            versioned=True,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
            lifecycle_rules=[s3.LifecycleRule(expiration=Duration.days(365), noncurrent_version_expiration=Duration.days(30))],
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.bucket = s3.Bucket(
            scope, constants.BUCKET_UPLOADS,
            encryption=s3.BucketEncryption.KMS,
            encryption_key=key,
            bucket_key_enabled=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            versioned=True,
            server_access_logs_bucket=self.access_logs,
            server_access_logs_prefix="uploads-bucket/",
            lifecycle_rules=[
                # Uploaded files may hold personal data: keep them only as long as needed to re-run.
                s3.LifecycleRule(id="uploads", prefix="uploads/", expiration=Duration.days(90)),
                s3.LifecycleRule(id="reports", prefix="reports/", expiration=Duration.days(retention_days)),
                s3.LifecycleRule(id="old-versions", noncurrent_version_expiration=Duration.days(30),
                                 abort_incomplete_multipart_upload_after=Duration.days(7)),
            ],
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.bucket.node.default_child.override_logical_id(constants.BUCKET_UPLOADS)
        # S3 must be allowed to use the queue's key, and the bucket already uses the data key:
        # a key of its own for the notification queue avoids a key <-> bucket cycle.
        events_key = kms.Key(self, "EventsKey", enable_key_rotation=True,
                             description="Encrypts upload notifications")
        self.dead_letters = encrypted_queue(self, "UploadEventsDeadLetters", events_key)
        self.queue = encrypted_queue(scope, constants.QUEUE_UPLOAD_EVENTS, events_key, dead_letter=self.dead_letters,
                                     visibility=Duration.minutes(16))
        self.bucket.add_event_notification(
            s3.EventType.OBJECT_CREATED, s3n.SqsDestination(self.queue), s3.NotificationKeyFilter(prefix="uploads/")
        )

    def attach_ingest(self, ingest: ServiceFunction) -> None:
        ingest.function.add_event_source(
            sources.SqsEventSource(self.queue, batch_size=1, report_batch_item_failures=True)
        )
        grant_objects(ingest.role, self.bucket, "uploads/*", "s3:GetObject")
        grant_objects(ingest.role, self.bucket, "reports/*", "s3:PutObject", "s3:GetObject")
        # Large files fan out as byte-range chunk jobs on the same queue.
        self.queue.grant_send_messages(ingest.role)
