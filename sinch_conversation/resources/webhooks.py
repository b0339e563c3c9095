"""The ``webhooks`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.webhooks``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sinch_conversation_client.api.webhooks import (
    webhooks_create_webhook as _webhooks_create_webhook,
)
from sinch_conversation_client.api.webhooks import (
    webhooks_delete_webhook as _webhooks_delete_webhook,
)
from sinch_conversation_client.api.webhooks import webhooks_get_webhook as _webhooks_get_webhook
from sinch_conversation_client.api.webhooks import webhooks_list_webhooks as _webhooks_list_webhooks
from sinch_conversation_client.api.webhooks import (
    webhooks_update_webhook as _webhooks_update_webhook,
)
from sinch_conversation_client.models.list_webhooks_response import ListWebhooksResponse
from sinch_conversation_client.models.webhook import Webhook
from sinch_conversation_client.models.webhook_create_request import WebhookCreateRequest
from sinch_conversation_client.models.webhook_update_request import WebhookUpdateRequest
from sinch_conversation_client.types import UNSET, Unset

from .._resource import (
    OMIT,
    AsyncResource,
    SyncResource,
    request_body,
    to_raw_response,
    to_raw_response_async,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sinch_conversation_client.models.webhook_target_type import WebhookTargetType
    from sinch_conversation_client.models.webhook_trigger import WebhookTrigger

    from .params import ClientCredentialsParam, WebhookTargetTypeLiteral, WebhookTriggerLiteral

__all__ = ["AsyncWebhooks", "AsyncWebhooksWithRawResponse", "Webhooks", "WebhooksWithRawResponse"]


class Webhooks(SyncResource):
    """The ``webhooks`` operations (``client.webhooks``)."""

    @property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return WebhooksWithRawResponse(self)

    def create_webhook(
        self,
        *,
        app_id: str = OMIT,
        target: str = OMIT,
        triggers: Sequence[WebhookTrigger | WebhookTriggerLiteral] = OMIT,
        target_type: WebhookTargetType | WebhookTargetTypeLiteral = OMIT,
        secret: str = OMIT,
        client_credentials: ClientCredentialsParam = OMIT,
        body: WebhookCreateRequest | None = None,
    ) -> Webhook:
        """Create a new webhook

        Creates a webhook for receiving callbacks on specific triggers. An app has at most 5 webhooks.

        Args:
            body (WebhookCreateRequest): The webhook to create; the server assigns the ID.
            app_id, target, triggers, target_type, secret, client_credentials:
                the body's fields (app_id, target, triggers required),
                checked before sending; or ``body=`` a ``WebhookCreateRequest``.

        Returns:
            Webhook

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_create_webhook._get_kwargs(
            self._project_id,
            body=request_body(
                "WebhookCreateRequest",
                body,
                {
                    "app_id": app_id,
                    "target": target,
                    "triggers": triggers,
                    "target_type": target_type,
                    "secret": secret,
                    "client_credentials": client_credentials,
                },
            ),
        )
        return self._call(kwargs, Webhook)

    def delete_webhook(self, webhook_id: str) -> None:
        """Delete an existing webhook

        Args:
            webhook_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_delete_webhook._get_kwargs(
            self._project_id,
            webhook_id,
        )
        return self._call(kwargs, None)

    def get_webhook(self, webhook_id: str) -> Webhook:
        """Get a webhook

        Args:
            webhook_id (str):

        Returns:
            Webhook

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_get_webhook._get_kwargs(
            self._project_id,
            webhook_id,
        )
        return self._call(kwargs, Webhook)

    def list_webhooks(self, app_id: str) -> ListWebhooksResponse:
        """List all webhooks for a given app

        Args:
            app_id (str):

        Returns:
            ListWebhooksResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_list_webhooks._get_kwargs(
            self._project_id,
            app_id,
        )
        return self._call(kwargs, ListWebhooksResponse)

    def update_webhook(
        self,
        webhook_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        app_id: str = OMIT,
        target: str = OMIT,
        target_type: WebhookTargetType | WebhookTargetTypeLiteral = OMIT,
        secret: str = OMIT,
        triggers: Sequence[WebhookTrigger | WebhookTriggerLiteral] = OMIT,
        client_credentials: ClientCredentialsParam = OMIT,
        body: WebhookUpdateRequest | None = None,
    ) -> Webhook:
        """Update an existing webhook

        Args:
            webhook_id (str):
            update_mask (list[str] | Unset):
            body (WebhookUpdateRequest): Fields of the webhook to update (see update_mask).
            app_id, target, target_type, secret, triggers, client_credentials:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``WebhookUpdateRequest``.

        Returns:
            Webhook

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_update_webhook._get_kwargs(
            self._project_id,
            webhook_id,
            body=request_body(
                "WebhookUpdateRequest",
                body,
                {
                    "app_id": app_id,
                    "target": target,
                    "target_type": target_type,
                    "secret": secret,
                    "triggers": triggers,
                    "client_credentials": client_credentials,
                },
            ),
            update_mask=update_mask,
        )
        return self._call(kwargs, Webhook)


class AsyncWebhooks(AsyncResource):
    """The ``webhooks`` operations of the async client (``await client.webhooks...``)."""

    @property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncWebhooksWithRawResponse(self)

    async def create_webhook(
        self,
        *,
        app_id: str = OMIT,
        target: str = OMIT,
        triggers: Sequence[WebhookTrigger | WebhookTriggerLiteral] = OMIT,
        target_type: WebhookTargetType | WebhookTargetTypeLiteral = OMIT,
        secret: str = OMIT,
        client_credentials: ClientCredentialsParam = OMIT,
        body: WebhookCreateRequest | None = None,
    ) -> Webhook:
        """Create a new webhook

        Creates a webhook for receiving callbacks on specific triggers. An app has at most 5 webhooks.

        Args:
            body (WebhookCreateRequest): The webhook to create; the server assigns the ID.
            app_id, target, triggers, target_type, secret, client_credentials:
                the body's fields (app_id, target, triggers required),
                checked before sending; or ``body=`` a ``WebhookCreateRequest``.

        Returns:
            Webhook

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_create_webhook._get_kwargs(
            self._project_id,
            body=request_body(
                "WebhookCreateRequest",
                body,
                {
                    "app_id": app_id,
                    "target": target,
                    "triggers": triggers,
                    "target_type": target_type,
                    "secret": secret,
                    "client_credentials": client_credentials,
                },
            ),
        )
        return await self._call(kwargs, Webhook)

    async def delete_webhook(self, webhook_id: str) -> None:
        """Delete an existing webhook

        Args:
            webhook_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_delete_webhook._get_kwargs(
            self._project_id,
            webhook_id,
        )
        return await self._call(kwargs, None)

    async def get_webhook(self, webhook_id: str) -> Webhook:
        """Get a webhook

        Args:
            webhook_id (str):

        Returns:
            Webhook

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_get_webhook._get_kwargs(
            self._project_id,
            webhook_id,
        )
        return await self._call(kwargs, Webhook)

    async def list_webhooks(self, app_id: str) -> ListWebhooksResponse:
        """List all webhooks for a given app

        Args:
            app_id (str):

        Returns:
            ListWebhooksResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_list_webhooks._get_kwargs(
            self._project_id,
            app_id,
        )
        return await self._call(kwargs, ListWebhooksResponse)

    async def update_webhook(
        self,
        webhook_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        app_id: str = OMIT,
        target: str = OMIT,
        target_type: WebhookTargetType | WebhookTargetTypeLiteral = OMIT,
        secret: str = OMIT,
        triggers: Sequence[WebhookTrigger | WebhookTriggerLiteral] = OMIT,
        client_credentials: ClientCredentialsParam = OMIT,
        body: WebhookUpdateRequest | None = None,
    ) -> Webhook:
        """Update an existing webhook

        Args:
            webhook_id (str):
            update_mask (list[str] | Unset):
            body (WebhookUpdateRequest): Fields of the webhook to update (see update_mask).
            app_id, target, target_type, secret, triggers, client_credentials:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``WebhookUpdateRequest``.

        Returns:
            Webhook

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _webhooks_update_webhook._get_kwargs(
            self._project_id,
            webhook_id,
            body=request_body(
                "WebhookUpdateRequest",
                body,
                {
                    "app_id": app_id,
                    "target": target,
                    "target_type": target_type,
                    "secret": secret,
                    "triggers": triggers,
                    "client_credentials": client_credentials,
                },
            ),
            update_mask=update_mask,
        )
        return await self._call(kwargs, Webhook)


class WebhooksWithRawResponse:
    """``client.webhooks.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Webhooks) -> None:
        self.create_webhook = to_raw_response(resource.create_webhook)
        self.delete_webhook = to_raw_response(resource.delete_webhook)
        self.get_webhook = to_raw_response(resource.get_webhook)
        self.list_webhooks = to_raw_response(resource.list_webhooks)
        self.update_webhook = to_raw_response(resource.update_webhook)


class AsyncWebhooksWithRawResponse:
    """``client.webhooks.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.create_webhook = to_raw_response_async(resource.create_webhook)
        self.delete_webhook = to_raw_response_async(resource.delete_webhook)
        self.get_webhook = to_raw_response_async(resource.get_webhook)
        self.list_webhooks = to_raw_response_async(resource.list_webhooks)
        self.update_webhook = to_raw_response_async(resource.update_webhook)
