"""Names shared by the CDK stack, the settings the functions read and the local runtime.

Environment variable names are declared here once: the Lambda factory writes them and
`purpose.settings.Settings` reads them (tests/unit/test_settings_contract.py checks both sides).
"""

PROJECT = "SharedPurpose"
UK_REGIONS = ("eu-west-2",)
DEFAULT_REGION = "eu-west-2"
PYTHON_RUNTIME = "python3.14"

# Environment variables written into every function.
ENV_TRUST_CODE = "TRUST_CODE"
ENV_TRUST_NAME = "TRUST_NAME"
ENV_CONTRIBUTIONS_TABLE = "CONTRIBUTIONS_TABLE"
ENV_PERSONAL_DATA_TABLE = "PERSONAL_DATA_TABLE"
ENV_PROGRAMME_TABLE = "PROGRAMME_TABLE"
ENV_IDEMPOTENCY_TABLE = "IDEMPOTENCY_TABLE"
ENV_UPLOAD_BUCKET = "UPLOAD_BUCKET"
ENV_UPLOAD_QUEUE_URL = "UPLOAD_QUEUE_URL"
ENV_RETENTION_DAYS = "RETENTION_DAYS"
ENV_SENDER_ADDRESS = "SENDER_ADDRESS"
ENV_SES_CONFIGURATION_SET = "SES_CONFIGURATION_SET"
ENV_SITE_URL = "SITE_URL"
ENV_UPLOAD_MAX_BYTES = "UPLOAD_MAX_BYTES"
ENV_SIGNING_SECRET = "SIGNING_SECRET_ARN"
ENV_BULLETIN_REQUIRES_APPROVAL = "BULLETIN_REQUIRES_APPROVAL"
ENV_BULLETIN_TOPICS = "BULLETIN_TOPICS"
ENV_SES_MAX_SEND_RATE = "SES_MAX_SEND_RATE"
ENV_BOUNCE_RATE_THRESHOLD = "BOUNCE_RATE_THRESHOLD"
ENV_ALIGNMENT_EMBEDDINGS = "ALIGNMENT_EMBEDDINGS"
ENV_LOG_LEVEL = "POWERTOOLS_LOG_LEVEL"
ENV_SERVICE_NAME = "POWERTOOLS_SERVICE_NAME"
ENV_METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE"

SETTINGS_ENV = (
    ENV_TRUST_CODE,
    ENV_TRUST_NAME,
    ENV_CONTRIBUTIONS_TABLE,
    ENV_PERSONAL_DATA_TABLE,
    ENV_PROGRAMME_TABLE,
    ENV_IDEMPOTENCY_TABLE,
    ENV_UPLOAD_BUCKET,
    ENV_UPLOAD_QUEUE_URL,
    ENV_RETENTION_DAYS,
    ENV_SENDER_ADDRESS,
    ENV_SES_CONFIGURATION_SET,
    ENV_SITE_URL,
    ENV_UPLOAD_MAX_BYTES,
    ENV_SIGNING_SECRET,
    ENV_BULLETIN_REQUIRES_APPROVAL,
    ENV_BULLETIN_TOPICS,
    ENV_SES_MAX_SEND_RATE,
    ENV_BOUNCE_RATE_THRESHOLD,
    ENV_ALIGNMENT_EMBEDDINGS,
)

# Logical ids the local runtime and the tests look up in the synthesized template.
TABLE_CONTRIBUTIONS = "ContributionsTable"
TABLE_PERSONAL_DATA = "PersonalDataTable"
TABLE_PROGRAMME = "ProgrammeTable"
TABLE_IDEMPOTENCY = "IdempotencyTable"
BUCKET_UPLOADS = "UploadBucket"
QUEUE_UPLOAD_EVENTS = "UploadEventsQueue"
USER_POOL = "AdminUserPool"
SECRET_SIGNING = "SigningKeys"

# Functions: directory under functions/ -> what it is for.
FUNCTIONS = {
    "serve_site": "Public pages and engagement forms",
    "admin_api": "Admin and reviewer API (Cognito)",
    "ingest_upload": "Reads uploaded files into contributions",
    "run_alignment_review": "Scheduled alignment review of improvement work",
    "send_bulletin": "Scheduled bulletin to subscribers",
    "record_email_event": "SES bounces, complaints and deliveries",
    "find_opinion_groups": "Scheduled opinion groups (PCA, k-means) for co-design rounds",
    "rotate_signing_keys": "Rotates the keys that sign links (Secrets Manager rotation)",
}
SCHEDULED_FUNCTIONS = {"review": "run_alignment_review", "bulletin": "send_bulletin",
                       "opinion-groups": "find_opinion_groups"}

def bulletin_function_name(trust_code: str) -> str:
    """A fixed name, so the bulletin function may invoke itself without a template cycle."""
    return f"shared-purpose-{trust_code.lower()}-bulletin"


# Limits.
API_BODY_LIMIT_BYTES = 64 * 1024  # a form post is a few KB; anything near this is not a person typing
API_RATE_LIMIT = 50  # steady requests per second per stage
API_BURST_LIMIT = 100
WAF_RATE_LIMIT_PER_5_MIN = 300  # per client IP, what the WAF rate-based rule (and the local runtime) allows
LOG_RETENTION_DAYS = 90
UPLOAD_MAX_BYTES = 200 * 1024 * 1024

# Cognito groups.
GROUP_ADMINS = "admins"
GROUP_REVIEWERS = "reviewers"

# Stack output keys.
OUTPUT_SITE_URL = "SiteUrl"
OUTPUT_UPLOAD_BUCKET = "UploadBucketName"
OUTPUT_USER_POOL_ID = "UserPoolId"
OUTPUT_USER_POOL_CLIENT_ID = "UserPoolClientId"
