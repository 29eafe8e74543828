"""cdk-nag findings the project accepts, each on the construct it concerns, with the reason.

Anything not listed here fails synthesis; tests/infrastructure/test_nag.py keeps it so.
"""

from __future__ import annotations

from aws_cdk import Acknowledgment, Stack, Validations
from constructs import IConstruct

from infra.constants import FUNCTIONS as FUNCTION_DIRS

FUNCTIONS = tuple("".join(p.title() for p in name.split("_")) for name in FUNCTION_DIRS)
SYNCHRONOUS = ("ServeSite", "AdminApi", "IngestUpload", "RotateSigningKeys")


def _ack(construct: IConstruct | None, *findings: tuple[str, str]) -> None:
    if construct is None:
        return
    for rule_id, reason in findings:
        Validations.of(construct).acknowledge(Acknowledgment(id=rule_id, reason=reason))


def _find(stack: Stack, path: str) -> IConstruct | None:
    node: IConstruct = stack
    for part in path.split("/"):
        node = node.node.try_find_child(part)
        if node is None:
            return None
    return node


def acknowledge_findings(stack: Stack) -> None:
    for name in FUNCTIONS:
        _ack(_find(stack, f"{name}/Function"),
             ("HIPAA.Security::HIPAA.Security-LambdaInsideVPC",
              "The functions reach only regional AWS APIs (DynamoDB, S3, SES, SQS) over TLS with IAM auth; "
              "there are no private network resources, and a VPC would add NAT cost and cold-start time."),
             ("AwsSolutions::AwsSolutions-L1", "Runs python3.14, the newest Lambda Python runtime the pinned CDK knows."),
             ("Serverless::Serverless-LambdaLatestVersion", "Runs python3.14, the newest Lambda Python runtime the pinned CDK knows."))
        _ack(_find(stack, f"{name}/Role/DefaultPolicy"),
             ("AwsSolutions::AwsSolutions-IAM5[Resource::*]",
              "X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions."),
             ("AwsSolutions::AwsSolutions-IAM5[Action::kms:GenerateDataKey*]",
              "DynamoDB client-side use of the customer managed key needs the GenerateDataKey family, on this one key only."),
             ("AwsSolutions::AwsSolutions-IAM5[Action::kms:ReEncrypt*]",
              "DynamoDB with a customer managed key asks for ReEncrypt on that key during key rotation; scoped to the one key."),
             ("AwsSolutions::AwsSolutions-IAM5[Resource::<UploadBucket.Arn>/uploads/*]",
              "Objects under the uploads/ prefix of this trust's bucket: every uploaded file, whatever its name."),
             ("AwsSolutions::AwsSolutions-IAM5[Resource::<UploadBucket.Arn>/reports/*]",
              "Objects under the reports/ prefix of this trust's bucket: one report per upload or review."),
             ("HIPAA.Security::HIPAA.Security-IAMNoInlinePolicy",
              "Each function has its own role with an inline policy of exactly what it uses; a shared managed "
              "policy would widen every role to the union."))
    for name in SYNCHRONOUS:
        _ack(_find(stack, f"{name}/Function"),
             ("HIPAA.Security::HIPAA.Security-LambdaDLQ",
              "Invoked synchronously (API Gateway, Secrets Manager rotation) or by an SQS event source whose "
              "queue has its own dead-letter queue; a function DLQ applies only to asynchronous invocations."),
             ("Serverless::Serverless-LambdaDLQ",
              "Invoked synchronously or by SQS with a queue-level dead-letter queue; a function DLQ would never receive."))
    ingest = _find(stack, "IngestUpload/Function")
    if ingest is not None:
        for child in ingest.node.children:
            if child.node.id.startswith("SqsEventSource"):
                _ack(child, ("Serverless::Serverless-LambdaEventSourceMappingDestination",
                             "SQS event sources take no on-failure destination; the upload queue redrives to "
                             "UploadEventsDeadLetters after 3 receives."))
    _ack(_find(stack, "Schedules/InvokeRole/DefaultPolicy"),
         ("AwsSolutions::AwsSolutions-IAM5[Action::kms:GenerateDataKey*]",
          "The scheduler writes failed events to the encrypted dead-letter queue with this one key."),
         ("AwsSolutions::AwsSolutions-IAM5[Action::kms:ReEncrypt*]",
          "Granted with encrypt/decrypt on the one data key the dead-letter queue uses."),
         ("HIPAA.Security::HIPAA.Security-IAMNoInlinePolicy",
          "The scheduler role's inline policy names its two functions and its dead-letter queue only."))
    _ack(_find(stack, "Data/Backups/Tables/Role"),
         ("AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
          "AWSBackupServiceRolePolicyForBackup]",
          "AWS Backup's own service role policy, maintained by AWS for taking the table backups."))
    _ack(_find(stack, "IdempotencyTable"),
         ("HIPAA.Security::HIPAA.Security-DynamoDBInBackupPlan",
          "Idempotency records live for an hour and can be lost without harm; point-in-time recovery is on."))
    for queue in ("FailedInvocations", "Uploads/UploadEventsDeadLetters"):
        _ack(_find(stack, queue), ("Serverless::Serverless-SQSRedrivePolicy",
                                   "This queue is itself a dead-letter queue; messages stay 14 days for an operator."),
             ("AwsSolutions::AwsSolutions-SQS3", "This queue is itself a dead-letter queue."))
    _ack(_find(stack, "UploadBucket"),
         ("HIPAA.Security::HIPAA.Security-S3BucketReplicationEnabled",
          "Uploads are transient inputs (expired after 90 days) and reports can be regenerated; the bucket is "
          "versioned. Cross-region replication would copy personal data out of the UK region."))
    _ack(_find(stack, "Uploads/AccessLogs"),
         ("HIPAA.Security::HIPAA.Security-S3BucketReplicationEnabled",
          "Access logs stay in the UK region; replication would copy them abroad."),
         ("HIPAA.Security::HIPAA.Security-S3DefaultEncryptionKMS",
          "S3 server access logging only delivers to buckets encrypted with SSE-S3."),
         ("AwsSolutions::AwsSolutions-S1", "This is the access-log bucket; logging it to itself would loop."),
         ("HIPAA.Security::HIPAA.Security-S3BucketLoggingEnabled", "This is the access-log bucket."))
    stage = _find(stack, "Web/Api/DeploymentStage.live")
    _ack(stage,
         ("HIPAA.Security::HIPAA.Security-APIGWCacheEnabledAndEncrypted",
          "Pages carry per-request form tokens and admin responses are per user; caching would serve one person's "
          "page to another."),
         ("HIPAA.Security::HIPAA.Security-APIGWSSLEnabled",
          "The backend is Lambda proxy integration, not an HTTP endpoint, so there is no backend to present a "
          "client certificate to."))
    for path in ("Web/Api/Default/GET", "Web/Api/Default/{proxy+}/GET", "Web/Api/Default/{proxy+}/POST"):
        _ack(_find(stack, path),
             ("AwsSolutions::AwsSolutions-APIG4",
              "Public engagement pages and forms: anyone may share their views without an account."),
             ("AwsSolutions::AwsSolutions-COG4",
              "Public engagement pages and forms: anyone may share their views without an account."))
    _ack(_find(stack, "Web/Api/CloudWatchRole"),
         ("AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
          "AmazonAPIGatewayPushToCloudWatchLogs]",
          "The account-level role API Gateway uses to write its logs; AWS publishes this policy for exactly that."))
    for child in stack.node.children:
        if child.node.id.startswith("BucketNotificationsHandler"):
            _ack(child,
                 ("AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
                  "AWSLambdaBasicExecutionRole]",
                  "CDK's own deploy-time helper that sets the bucket notification; it only writes its logs."),
                 ("AwsSolutions::AwsSolutions-IAM5[Resource::*]",
                  "CDK's deploy-time helper needs s3:PutBucketNotification; it runs only during deployment."),
                 ("AwsSolutions::AwsSolutions-L1", "CDK's deploy-time helper; its runtime is chosen by CDK."),
                 ("HIPAA.Security::HIPAA.Security-IAMNoInlinePolicy", "CDK's deploy-time helper."),
                 ("HIPAA.Security::HIPAA.Security-LambdaInsideVPC", "CDK's deploy-time helper."),
                 ("HIPAA.Security::HIPAA.Security-LambdaDLQ", "CDK's deploy-time helper, invoked by CloudFormation."),
                 ("HIPAA.Security::HIPAA.Security-LambdaConcurrency", "CDK's deploy-time helper."))
    _ack(_find(stack, "UploadBucket/Notifications"),
         ("HIPAA.Security::HIPAA.Security-IAMNoInlinePolicy", "CDK's deploy-time notification helper's policy."))
