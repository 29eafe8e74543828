"""What each function may do, in one place, so least privilege can be read and tested."""

from __future__ import annotations

from aws_cdk import ArnFormat, Stack
from aws_cdk import aws_iam as iam

from infra.constants import bulletin_function_name
from infra.constructs.upload_pipeline import grant_objects

READ = ("dynamodb:GetItem", "dynamodb:Query")
WRITE = ("dynamodb:PutItem", "dynamodb:UpdateItem")
BATCH_WRITE = ("dynamodb:BatchWriteItem",)
DELETE = ("dynamodb:DeleteItem",)
# Powertools idempotency reads, writes, updates and deletes its own records.
IDEMPOTENCY = ("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem")

# function -> table attribute on DataTables -> actions
TABLE_ACCESS: dict[str, dict[str, tuple[str, ...]]] = {
    "serve_site": {"contributions": READ + WRITE, "personal_data": WRITE, "programme": READ + WRITE,
                   "idempotency": IDEMPOTENCY},
    "admin_api": {"contributions": READ + WRITE, "programme": READ + WRITE + DELETE, "personal_data": READ},
    "ingest_upload": {"contributions": READ + WRITE + BATCH_WRITE, "programme": READ + WRITE + BATCH_WRITE},
    "run_alignment_review": {"contributions": READ, "programme": READ + WRITE + BATCH_WRITE},
    "send_bulletin": {"contributions": READ, "programme": READ + WRITE + DELETE, "personal_data": READ + WRITE},
    "record_email_event": {"personal_data": READ + WRITE, "programme": READ + WRITE, "idempotency": IDEMPOTENCY},
    "find_opinion_groups": {"programme": READ + WRITE},
}


def grant_function_permissions(stack: Stack, functions: dict, *, tables, uploads, email, signing) -> None:
    for name, access in TABLE_ACCESS.items():
        role = functions[name].role
        for attribute, actions in access.items():
            table = getattr(tables, attribute)
            # grant() also lets the role use the table's KMS key
            table.grant(role, *actions)
    grant_objects(functions["admin_api"].role, uploads.bucket, "reports/*", "s3:GetObject")
    grant_objects(functions["admin_api"].role, uploads.bucket, "uploads/*", "s3:PutObject")
    grant_objects(functions["run_alignment_review"].role, uploads.bucket, "reports/*", "s3:GetObject", "s3:PutObject")
    identity_arn = stack.format_arn(service="ses", resource="identity", resource_name=email.identity.email_identity_name)
    config_arn = stack.format_arn(service="ses", resource="configuration-set",
                                  resource_name=email.configuration_set.configuration_set_name)
    for name in ("send_bulletin", "serve_site"):  # the site sends subscription confirmations
        functions[name].role.add_to_principal_policy(iam.PolicyStatement(
            actions=["ses:SendEmail", "ses:SendRawEmail"], resources=[identity_arn, config_arn]))
    for name in ("serve_site", "send_bulletin"):  # they sign and check links
        signing.grant_read(functions[name].role)
    if stack.trust.alignment_embeddings == "bedrock":  # only the review reads meaning through Bedrock
        functions["run_alignment_review"].role.add_to_principal_policy(iam.PolicyStatement(
            actions=["bedrock:InvokeModel"],
            resources=[stack.format_arn(service="bedrock", account="", resource="foundation-model",
                                        resource_name=stack.trust.bedrock_embedding_model)]))
    # A large bulletin continues in a fresh invocation of itself before the 15-minute limit.
    functions["send_bulletin"].role.add_to_principal_policy(iam.PolicyStatement(
        actions=["lambda:InvokeFunction"],
        resources=[stack.format_arn(service="lambda", resource="function", arn_format=ArnFormat.COLON_RESOURCE_NAME,
                                    resource_name=bulletin_function_name(stack.trust.code))]))
