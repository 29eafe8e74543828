"""Create a trust's resources in moto from its synthesized CloudFormation template.

The template is the one source of truth: tables, buckets, queues, the upload notification,
the user pool, the SES identity and every function's environment come from it.
"""

from __future__ import annotations

import json
import secrets as secrets_module
from dataclasses import dataclass, field
from pathlib import Path

import boto3

ACCOUNT = "123456789012"


@dataclass
class LocalStack:
    """What was created: logical id -> physical name, plus each function's resolved environment."""

    region: str
    physical: dict[str, str] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)  # where Ref is not the name (a queue's Ref is its URL)
    environments: dict[str, dict[str, str]] = field(default_factory=dict)  # function dir -> env
    schedules: dict[str, dict] = field(default_factory=dict)  # job -> {expression, timezone, function}
    user_pool_id: str = ""
    user_pool_client_id: str = ""
    queue_url: str = ""


def load_template(path: Path) -> dict:
    return json.loads(path.read_text())


def _by_type(template: dict, kind: str) -> dict[str, dict]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == kind}


def _resolve(value, stack: LocalStack):
    if isinstance(value, dict):
        if "Ref" in value:
            return stack.refs.get(value["Ref"]) or stack.physical.get(value["Ref"], value["Ref"])
        if "Fn::GetAtt" in value:
            logical, attribute = value["Fn::GetAtt"]
            name = stack.physical.get(logical, logical)
            return name if attribute != "Arn" or name.startswith("arn:") else _arn(name, stack.region)
        if "Fn::Join" in value:
            separator, parts = value["Fn::Join"]
            return separator.join(str(_resolve(p, stack)) for p in parts)
    return value


def _arn(name: str, region: str) -> str:
    return f"arn:aws:sqs:{region}:{ACCOUNT}:{name}"


def function_dir(logical_id: str, template: dict) -> str:
    """serve_site etc., read from the function's POWERTOOLS_SERVICE_NAME."""
    env = template["Resources"][logical_id]["Properties"].get("Environment", {}).get("Variables", {})
    return env.get("POWERTOOLS_SERVICE_NAME", logical_id)


def provision(template: dict, *, prefix: str, region: str) -> LocalStack:
    stack = LocalStack(region=region)
    session = boto3.session.Session(region_name=region)
    dynamodb, s3, sqs = session.client("dynamodb"), session.client("s3"), session.client("sqs")

    for logical, resource in _by_type(template, "AWS::DynamoDB::Table").items():
        props = resource["Properties"]
        name = f"{prefix}-{logical}".lower()
        stack.physical[logical] = name
        if name in dynamodb.list_tables()["TableNames"]:
            continue
        extra = {}
        if props.get("GlobalSecondaryIndexes"):
            extra["GlobalSecondaryIndexes"] = [
                {k: v for k, v in g.items() if k in ("IndexName", "KeySchema", "Projection")}
                for g in props["GlobalSecondaryIndexes"]]
        dynamodb.create_table(TableName=name, KeySchema=props["KeySchema"],
                              AttributeDefinitions=props["AttributeDefinitions"],
                              BillingMode=props.get("BillingMode", "PAY_PER_REQUEST"), **extra)
        ttl = props.get("TimeToLiveSpecification")
        if ttl and ttl.get("Enabled"):
            dynamodb.update_time_to_live(TableName=name, TimeToLiveSpecification={
                "Enabled": True, "AttributeName": ttl["AttributeName"]})

    for logical, resource in _by_type(template, "AWS::S3::Bucket").items():
        name = f"{prefix}-{logical}".lower()
        stack.physical[logical] = name
        try:
            s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})
        except s3.exceptions.BucketAlreadyOwnedByYou:
            pass
        if resource["Properties"].get("VersioningConfiguration", {}).get("Status") == "Enabled":
            s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})

    queues = _by_type(template, "AWS::SQS::Queue")
    # dead-letter queues first, so redrive policies can name them
    for logical in sorted(queues, key=lambda k: "RedrivePolicy" in queues[k]["Properties"]):
        props = queues[logical]["Properties"]
        name = f"{prefix}-{logical}"
        stack.physical[logical] = name
        attributes = {"VisibilityTimeout": str(props.get("VisibilityTimeout", 30))}
        if "RedrivePolicy" in props:
            redrive = props["RedrivePolicy"]
            attributes["RedrivePolicy"] = json.dumps({
                "deadLetterTargetArn": _resolve(redrive["deadLetterTargetArn"], stack),
                "maxReceiveCount": redrive["maxReceiveCount"]})
        stack.refs[logical] = sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]

    for resource in _by_type(template, "Custom::S3BucketNotifications").values():
        props = resource["Properties"]
        bucket = _resolve(props["BucketName"], stack)
        configurations = []
        for q in props["NotificationConfiguration"].get("QueueConfigurations", []):
            queue_name = _resolve(q["QueueArn"], stack).rsplit(":", 1)[-1]
            stack.queue_url = sqs.get_queue_url(QueueName=queue_name)["QueueUrl"]
            configurations.append({"QueueArn": _arn(queue_name, region), "Events": q["Events"],
                                   "Filter": q.get("Filter", {})})
        s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={
            "QueueConfigurations": configurations})

    secrets = session.client("secretsmanager")
    for logical, resource in _by_type(template, "AWS::SecretsManager::Secret").items():
        name = f"{prefix}-{logical}"
        generator = resource["Properties"].get("GenerateSecretString", {})
        value = json.loads(generator.get("SecretStringTemplate", "{}"))
        if generator.get("GenerateStringKey"):
            value[generator["GenerateStringKey"]] = secrets_module.token_urlsafe(36)
        try:
            stack.refs[logical] = secrets.create_secret(Name=name, SecretString=json.dumps(value))["ARN"]
        except secrets.exceptions.ResourceExistsException:
            stack.refs[logical] = secrets.describe_secret(SecretId=name)["ARN"]
        stack.physical[logical] = name

    for logical, resource in _by_type(template, "AWS::Lambda::Function").items():
        variables = resource["Properties"].get("Environment", {}).get("Variables", {})
        if "POWERTOOLS_SERVICE_NAME" in variables:
            stack.environments[variables["POWERTOOLS_SERVICE_NAME"]] = {
                k: str(_resolve(v, stack)) for k, v in variables.items()}
            stack.physical[logical] = variables["POWERTOOLS_SERVICE_NAME"]

    for logical, resource in _by_type(template, "AWS::Scheduler::Schedule").items():
        props = resource["Properties"]
        target = props["Target"]["Arn"]["Fn::GetAtt"][0]
        job = json.loads(props["Target"]["Input"])["job"]
        stack.schedules[job] = {"expression": props["ScheduleExpression"],
                                "timezone": props.get("ScheduleExpressionTimezone", "UTC"),
                                "function": stack.physical[target], "input": json.loads(props["Target"]["Input"])}

    _provision_email(template, session, stack)
    _provision_user_pool(template, session, stack, prefix)
    return stack


def _provision_email(template: dict, session, stack: LocalStack) -> None:
    sesv2, ses = session.client("sesv2"), session.client("ses")
    for resource in _by_type(template, "AWS::SES::EmailIdentity").values():
        identity = resource["Properties"]["EmailIdentity"]
        ses.verify_domain_identity(Domain=identity)  # moto sends only from verified identities
    for resource in _by_type(template, "AWS::SES::ConfigurationSet").values():
        name = resource["Properties"]["Name"]
        existing = [c for c in sesv2.list_configuration_sets().get("ConfigurationSets", [])]
        if name not in existing:
            sesv2.create_configuration_set(ConfigurationSetName=name)


def _provision_user_pool(template: dict, session, stack: LocalStack, prefix: str) -> None:
    cognito = session.client("cognito-idp")
    for logical, resource in _by_type(template, "AWS::Cognito::UserPool").items():
        name = f"{prefix}-{logical}"
        pools = [p for p in cognito.list_user_pools(MaxResults=60)["UserPools"] if p["Name"] == name]
        # MFA is left off locally so the demo admin can sign in with a password alone.
        pool_id = pools[0]["Id"] if pools else cognito.create_user_pool(
            PoolName=name, UsernameAttributes=["email"],
            Policies={"PasswordPolicy": resource["Properties"]["Policies"]["PasswordPolicy"]})["UserPool"]["Id"]
        stack.physical[logical] = pool_id
        stack.user_pool_id = pool_id
    for resource in _by_type(template, "AWS::Cognito::UserPoolGroup").values():
        group = resource["Properties"]["GroupName"]
        try:
            cognito.create_group(UserPoolId=stack.user_pool_id, GroupName=group)
        except cognito.exceptions.GroupExistsException:
            pass
    for logical, resource in _by_type(template, "AWS::Cognito::UserPoolClient").items():
        clients = cognito.list_user_pool_clients(UserPoolId=stack.user_pool_id, MaxResults=60)["UserPoolClients"]
        stack.user_pool_client_id = clients[0]["ClientId"] if clients else cognito.create_user_pool_client(
            UserPoolId=stack.user_pool_id, ClientName=logical,
            ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        )["UserPoolClient"]["ClientId"]
