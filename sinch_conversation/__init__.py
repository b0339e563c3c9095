"""Sinch Conversation API client: auth, regions, typed errors, retries, pagination, webhooks.

from sinch_conversation import ConversationClient

with ConversationClient.from_env() as client:
    client.messages.send_message(app_id=..., recipient={...}, message={...})

``sinch_conversation.models`` (the generated models) and ``sinch_conversation.params`` (the
request types) are imported on first use.
"""

from ._resource import RawResponse
from ._version import __version__
from .auth import BasicAuth, OAuth2ClientCredentials
from .client import (
    GROUPS,
    OPERATIONS,
    AsyncConversationClient,
    ClientOptions,
    ClientSettings,
    ConversationClient,
)
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    MissingFieldError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReplayedWebhookError,
    RequestValidationError,
    ServerError,
    SinchError,
    StaleWebhookError,
    WebhookSignatureError,
)
from .ratelimit import AdaptiveRateLimiter, RateLimiter
from .regions import AUTH_URL, REGIONS, RegionURLs, region_urls
from .retry import RetryPolicy
from .webhooks import (
    Callback,
    MemoryNonceStore,
    NonceStore,
    parse_callback,
    verify_signature,
)

__all__ = [
    "AUTH_URL",
    "GROUPS",
    "OPERATIONS",
    "REGIONS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AdaptiveRateLimiter",
    "AsyncConversationClient",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "Callback",
    "ClientOptions",
    "ClientSettings",
    "ConfigurationError",
    "ConversationClient",
    "MemoryNonceStore",
    "MissingFieldError",
    "NonceStore",
    "NotFoundError",
    "OAuth2ClientCredentials",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "RegionURLs",
    "ReplayedWebhookError",
    "RequestValidationError",
    "RetryPolicy",
    "ServerError",
    "SinchError",
    "StaleWebhookError",
    "WebhookSignatureError",
    "__version__",
    "parse_callback",
    "region_urls",
    "verify_signature",
]
