"""EventBridge Scheduler schedules for the alignment review and the bulletin."""

from __future__ import annotations

import json

from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from infra.constructs.service_function import ServiceFunction

TIMEZONE = "Europe/London"  # people expect "7am on Tuesday" in UK time, summer or winter


class ScheduledJobs(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, key: kms.IKey, dead_letters: sqs.IQueue,
                 jobs: dict[str, tuple[str, ServiceFunction]]) -> None:
        super().__init__(scope, construct_id)
        role = iam.Role(self, "InvokeRole", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"),
                        description="Lets the schedules invoke their own functions and nothing else")
        dead_letters.grant_send_messages(role)
        key.grant_encrypt_decrypt(role)
        for job, (expression, target) in jobs.items():
            role.add_to_principal_policy(iam.PolicyStatement(actions=["lambda:InvokeFunction"],
                                                             resources=[target.function.function_arn]))
            scheduler.CfnSchedule(
                self, "".join(p.title() for p in job.split("-")) + "Schedule",
                description=f"Runs the {job} for this trust",
                schedule_expression=expression,
                schedule_expression_timezone=TIMEZONE,
                flexible_time_window=scheduler.CfnSchedule.FlexibleTimeWindowProperty(mode="OFF"),
                kms_key_arn=key.key_arn,
                target=scheduler.CfnSchedule.TargetProperty(
                    arn=target.function.function_arn,
                    role_arn=role.role_arn,
                    input=json.dumps({"job": job, "source": "schedule"}),
                    retry_policy=scheduler.CfnSchedule.RetryPolicyProperty(
                        maximum_retry_attempts=3, maximum_event_age_in_seconds=3600),
                    dead_letter_config=scheduler.CfnSchedule.DeadLetterConfigProperty(arn=dead_letters.queue_arn),
                ),
            )
