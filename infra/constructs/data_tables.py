"""The DynamoDB tables: contributions, personal data kept apart, the programme, idempotency."""

from __future__ import annotations

from aws_cdk import RemovalPolicy
from aws_cdk import aws_backup as backup
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_kms as kms
from constructs import Construct

from infra import constants


class DataTables(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, key: kms.IKey) -> None:
        super().__init__(scope, construct_id)

        def table(logical_id: str, ttl: str = "expires_at", sort_key: bool = True) -> dynamodb.Table:
            created = dynamodb.Table(
                scope, logical_id,
                partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
                sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING) if sort_key else None,
                billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
                point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                    point_in_time_recovery_enabled=True
                ),
                deletion_protection=True,
                encryption=dynamodb.TableEncryption.CUSTOMER_MANAGED,
                encryption_key=key,
                time_to_live_attribute=ttl,
                removal_policy=RemovalPolicy.RETAIN,
            )
            # Stable logical ids: the local runtime and the tests find tables by them.
            created.node.default_child.override_logical_id(logical_id)
            return created

        # What people said: one item per contribution, keyed by campaign.
        self.contributions = table(constants.TABLE_CONTRIBUTIONS)
        # Follow-up emails and subscribers: personal data, kept apart from what people wrote.
        self.personal_data = table(constants.TABLE_PERSONAL_DATA)
        # Campaigns, uploads, visions, work items, reviews, rounds, bulletins.
        self.programme = table(constants.TABLE_PROGRAMME)
        # Powertools idempotency records (schema fixed by Powertools: `id`, `expiration`).
        self.idempotency = dynamodb.Table(
            scope, constants.TABLE_IDEMPOTENCY,
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
            deletion_protection=True,
            encryption=dynamodb.TableEncryption.CUSTOMER_MANAGED,
            encryption_key=key,
            time_to_live_attribute="expiration",
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.idempotency.node.default_child.override_logical_id(constants.TABLE_IDEMPOTENCY)
        # Daily backups kept 35 days, on top of point-in-time recovery.
        plan = backup.BackupPlan.daily35_day_retention(self, "Backups")
        plan.add_selection("Tables", resources=[backup.BackupResource.from_dynamo_db_table(t) for t in
                                                 (self.contributions, self.personal_data, self.programme)])
