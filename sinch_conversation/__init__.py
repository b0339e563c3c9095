"""Sinch Conversation API client: auth, regions, typed errors, retries, pagination, webhooks.

from sinch_conversation import ConversationClient, models

with ConversationClient.from_env() as client:
    client.messages.send_message(body=models.SendMessageRequest(...))
"""

from . import models
from .auth import BasicAuth, OAuth2ClientCredentials
from .client import GROUPS, OPERATIONS, AsyncConversationClient, ConversationClient, __version__
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    MissingFieldError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReplayedWebhookError,
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
    "APITimeoutError",
    "AdaptiveRateLimiter",
    "AsyncConversationClient",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "Callback",
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
    "RegionURLs",
    "ReplayedWebhookError",
    "RetryPolicy",
    "ServerError",
    "SinchError",
    "StaleWebhookError",
    "WebhookSignatureError",
    "__version__",
    "models",
    "parse_callback",
    "region_urls",
    "verify_signature",
]
