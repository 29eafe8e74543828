"""The REST API: public pages and forms, and the admin API behind Cognito; a WAF in front."""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_wafv2 as wafv2
from constructs import Construct

from infra import constants
from infra.constructs.service_function import ServiceFunction


class AdminUsers(Construct):
    """Cognito user pool for admins and reviewers; nobody signs themselves up."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self.pool = cognito.UserPool(
            scope, constants.USER_POOL,
            self_sign_up_enabled=False,
            sign_in_aliases=cognito.SignInAliases(email=True),
            mfa=cognito.Mfa.REQUIRED,
            mfa_second_factor=cognito.MfaSecondFactor(otp=True, sms=False),
            password_policy=cognito.PasswordPolicy(
                min_length=12, require_digits=True, require_lowercase=True,
                require_uppercase=True, require_symbols=True,
            ),
            account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
            feature_plan=cognito.FeaturePlan.PLUS,
            standard_threat_protection_mode=cognito.StandardThreatProtectionMode.FULL_FUNCTION,
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.pool.node.default_child.override_logical_id(constants.USER_POOL)
        self.client = self.pool.add_client(
            "AdminClient",
            auth_flows=cognito.AuthFlow(user_srp=True),
            id_token_validity=Duration.hours(1),
            access_token_validity=Duration.hours(1),
            prevent_user_existence_errors=True,
            disable_o_auth=True,  # the admin API takes ID tokens; there is no hosted sign-in page
        )
        for group, description in ((constants.GROUP_ADMINS, "Run campaigns, uploads, visions and bulletins"),
                                   (constants.GROUP_REVIEWERS, "Record alignment review decisions")):
            cognito.CfnUserPoolGroup(self, f"Group{group.title()}", user_pool_id=self.pool.user_pool_id,
                                     group_name=group, description=description)


class PublicApi(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, key: kms.IKey, site: ServiceFunction,
                 admin: ServiceFunction, users: AdminUsers) -> None:
        super().__init__(scope, construct_id)
        access_logs = logs.LogGroup(self, "AccessLogs", retention=logs.RetentionDays.THREE_MONTHS,
                                    encryption_key=key, removal_policy=RemovalPolicy.RETAIN)
        self.api = apigw.RestApi(
            self, "Api",
            description="Shared Purpose public pages, forms and admin API",
            endpoint_types=[apigw.EndpointType.REGIONAL],
            binary_media_types=["image/*", "font/*", "application/octet-stream"],
            cloud_watch_role=True,
            cloud_watch_role_removal_policy=RemovalPolicy.RETAIN,
            deploy_options=apigw.StageOptions(
                stage_name="live",
                throttling_rate_limit=constants.API_RATE_LIMIT,
                throttling_burst_limit=constants.API_BURST_LIMIT,
                access_log_destination=apigw.LogGroupLogDestination(access_logs),
                access_log_format=apigw.AccessLogFormat.json_with_standard_fields(
                    caller=False, http_method=True, ip=True, protocol=True, request_time=True,
                    resource_path=True, response_length=True, status=True, user=False,
                ),
                logging_level=apigw.MethodLoggingLevel.ERROR,
                data_trace_enabled=False,  # request bodies hold what people wrote: never logged
                tracing_enabled=True,
                metrics_enabled=True,
            ),
        )
        validator = self.api.add_request_validator("Validator", validate_request_parameters=True,
                                                 validate_request_body=True)
        authorizer = apigw.CognitoUserPoolsAuthorizer(self, "AdminAuthorizer", cognito_user_pools=[users.pool])
        site_integration = apigw.LambdaIntegration(site.function)
        admin_integration = apigw.LambdaIntegration(admin.function)
        public = dict(request_validator=validator)
        self.api.root.add_method("GET", site_integration, **public)
        proxy = self.api.root.add_resource("{proxy+}")
        for verb in ("GET", "POST"):
            proxy.add_method(verb, site_integration, **public)
        admin_proxy = self.api.root.add_resource("admin").add_resource("{proxy+}")
        admin_proxy.add_method(
            "ANY", admin_integration, authorizer=authorizer,
            authorization_type=apigw.AuthorizationType.COGNITO, request_validator=validator,
        )

        # WAF: a per-address rate limit, a body size limit, and AWS's common protections.
        def rule(name: str, priority: int, statement: dict, action: dict | None = None, override=None) -> dict:
            result = {"name": name, "priority": priority, "statement": statement,
                      "visibilityConfig": {"cloudWatchMetricsEnabled": True, "metricName": name,
                                           "sampledRequestsEnabled": False}}
            if override:
                result["overrideAction"] = override
            else:
                result["action"] = action or {"block": {}}
            return result

        self.web_acl = wafv2.CfnWebACL(
            self, "WebAcl",
            scope="REGIONAL",
            default_action={"allow": {}},
            visibility_config={"cloudWatchMetricsEnabled": True, "metricName": "shared-purpose",
                               "sampledRequestsEnabled": False},
            rules=[
                rule("rate-per-address", 0, {"rateBasedStatement": {
                    "limit": constants.WAF_RATE_LIMIT_PER_5_MIN, "aggregateKeyType": "IP"}}),
                rule("body-size", 1, {"sizeConstraintStatement": {
                    "fieldToMatch": {"body": {"oversizeHandling": "MATCH"}}, "comparisonOperator": "GT",
                    "size": constants.API_BODY_LIMIT_BYTES, "textTransformations": [{"priority": 0, "type": "NONE"}]}}),
                rule("aws-common", 2, {"managedRuleGroupStatement": {
                    "vendorName": "AWS", "name": "AWSManagedRulesCommonRuleSet",
                    # the body-size rule above sets the project's own limit
                    "excludedRules": [{"name": "SizeRestrictions_BODY"}]}}, override={"none": {}}),
            ],
        )
        waf_logs = logs.LogGroup(self, "WafLogs", log_group_name=f"aws-waf-logs-{scope.node.id}".lower(),
                                 retention=logs.RetentionDays.THREE_MONTHS, encryption_key=key,
                                 removal_policy=RemovalPolicy.RETAIN)
        wafv2.CfnLoggingConfiguration(
            self, "WafLogging", resource_arn=self.web_acl.attr_arn,
            log_destination_configs=[waf_logs.log_group_arn],
            redacted_fields=[{"singleHeader": {"Name": "authorization"}}, {"singleHeader": {"Name": "cookie"}}],
        )
        wafv2.CfnWebACLAssociation(self, "WebAclAssociation", resource_arn=self.api.deployment_stage.stage_arn,
                                   web_acl_arn=self.web_acl.attr_arn)
