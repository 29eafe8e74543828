"""SES: the sending identity, a configuration set, and its bounce/complaint events to a handler."""

from __future__ import annotations

from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_ses as ses
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from infra.constructs.service_function import ServiceFunction


class EmailEvents(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, key: kms.IKey, sender_domain: str,
                 handler: ServiceFunction, dead_letters: sqs.IQueue) -> None:
        super().__init__(scope, construct_id)
        self.identity = ses.EmailIdentity(self, "Identity", identity=ses.Identity.domain(sender_domain))
        self.configuration_set = ses.ConfigurationSet(
            self, "ConfigurationSet",
            reputation_metrics=True,
            sending_enabled=True,
            tls_policy=ses.ConfigurationSetTlsPolicy.REQUIRE,
            suppression_reasons=ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
        )
        self.topic = sns.Topic(self, "Events", master_key=key, enforce_ssl=True,
                               display_name="SES bounces, complaints and deliveries")
        key.grant_encrypt_decrypt(iam.ServicePrincipal("ses.amazonaws.com"))
        self.configuration_set.add_event_destination(
            "ToHandler",
            destination=ses.EventDestination.sns_topic(self.topic),
            events=[ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT,
                    ses.EmailSendingEvent.DELIVERY, ses.EmailSendingEvent.REJECT],
        )
        handler.function.add_event_source(sources.SnsEventSource(self.topic, dead_letter_queue=dead_letters))
