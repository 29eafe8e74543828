"""One Lambda function as the project builds them all: arm64, JSON logs, its own role."""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_destinations as destinations
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from infra import constants
from infra.bundle import ROOT


class ServiceFunction(Construct):
    """A function with a role that starts empty: each concern grants exactly what it uses."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        name: str,
        layers: list[lambda_.ILayerVersion],
        environment: dict[str, str],
        key: kms.IKey,
        failure_queue: sqs.IQueue,
        timeout: Duration = Duration.seconds(29),
        memory_mb: int = 512,
        reserved_concurrency: int | None = None,
        asynchronous: bool = False,
        function_name: str | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        self.log_group = logs.LogGroup(
            self, "Logs",
            retention=logs.RetentionDays.THREE_MONTHS,
            encryption_key=key,
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.role = iam.Role(
            self, "Role",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            description=f"{constants.FUNCTIONS[name]} ({name}): only what it uses",
        )
        self.log_group.grant_write(self.role)
        self.function = lambda_.Function(
            self, "Function",
            description=constants.FUNCTIONS[name],
            function_name=function_name,
            runtime=lambda_.Runtime.PYTHON_3_14,
            architecture=lambda_.Architecture.ARM_64,
            handler="handler.lambda_handler",
            code=lambda_.Code.from_asset(str(ROOT / "functions" / name), exclude=["__pycache__", "*.pyc"]),
            layers=layers,
            role=self.role,
            log_group=self.log_group,
            logging_format=lambda_.LoggingFormat.JSON,
            application_log_level_v2=lambda_.ApplicationLogLevel.INFO,
            system_log_level_v2=lambda_.SystemLogLevel.WARN,
            tracing=lambda_.Tracing.ACTIVE,
            environment={**environment, constants.ENV_SERVICE_NAME: name},
            environment_encryption=key,
            timeout=timeout,
            memory_size=memory_mb,
            reserved_concurrent_executions=reserved_concurrency,
            dead_letter_queue=failure_queue if asynchronous else None,
            # Invocations retried by the service (schedules, SNS) stop after two tries and land
            # in the failure queue, where an operator can see and replay them.
            retry_attempts=2 if asynchronous else None,
            on_failure=destinations.SqsDestination(failure_queue) if asynchronous else None,
        )
