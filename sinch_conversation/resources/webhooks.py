"""The ``webhooks`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.webhooks``: do not edit.
"""

from typing import Any

from sinch_conversation_client import Client as _GeneratedClient
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

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncWebhooks", "Webhooks"]


class Webhooks(SyncResource[_GeneratedClient]):
    """The ``webhooks`` operations (``client.webhooks``)."""

    def create_webhook(self, *, body: WebhookCreateRequest) -> Webhook:
        """Create a new webhook

        Creates a webhook for receiving callbacks on specific triggers. An app has at most 5 webhooks.

        Args:
            body (WebhookCreateRequest): The webhook to create; the server assigns the ID.

        Returns:
            Webhook

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _webhooks_create_webhook.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, Webhook)

    def delete_webhook(self, webhook_id: str) -> Any:
        """Delete an existing webhook

        Args:
            webhook_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _webhooks_delete_webhook.sync_detailed(
            self._project_id, webhook_id, client=self._client
        )
        return response.parsed

    def get_webhook(self, webhook_id: str) -> Webhook:
        """Get a webhook

        Args:
            webhook_id (str):

        Returns:
            Webhook

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _webhooks_get_webhook.sync_detailed(
            self._project_id, webhook_id, client=self._client
        )
        return expect(response, Webhook)

    def list_webhooks(self, app_id: str) -> ListWebhooksResponse:
        """List all webhooks for a given app

        Args:
            app_id (str):

        Returns:
            ListWebhooksResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _webhooks_list_webhooks.sync_detailed(
            self._project_id, app_id, client=self._client
        )
        return expect(response, ListWebhooksResponse)

    def update_webhook(
        self, webhook_id: str, *, body: WebhookUpdateRequest, update_mask: list[str] | Unset = UNSET
    ) -> Webhook:
        """Update an existing webhook

        Args:
            webhook_id (str):
            update_mask (list[str] | Unset):
            body (WebhookUpdateRequest): Fields of the webhook to update (see update_mask).

        Returns:
            Webhook

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _webhooks_update_webhook.sync_detailed(
            self._project_id, webhook_id, client=self._client, body=body, update_mask=update_mask
        )
        return expect(response, Webhook)


class AsyncWebhooks(AsyncResource[_GeneratedClient]):
    """The ``webhooks`` operations of the async client (``await client.webhooks...``)."""

    async def create_webhook(self, *, body: WebhookCreateRequest) -> Webhook:
        """Create a new webhook

        Creates a webhook for receiving callbacks on specific triggers. An app has at most 5 webhooks.

        Args:
            body (WebhookCreateRequest): The webhook to create; the server assigns the ID.

        Returns:
            Webhook

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _webhooks_create_webhook.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, Webhook)

    async def delete_webhook(self, webhook_id: str) -> Any:
        """Delete an existing webhook

        Args:
            webhook_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _webhooks_delete_webhook.asyncio_detailed(
            self._project_id, webhook_id, client=self._client
        )
        return response.parsed

    async def get_webhook(self, webhook_id: str) -> Webhook:
        """Get a webhook

        Args:
            webhook_id (str):

        Returns:
            Webhook

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _webhooks_get_webhook.asyncio_detailed(
            self._project_id, webhook_id, client=self._client
        )
        return expect(response, Webhook)

    async def list_webhooks(self, app_id: str) -> ListWebhooksResponse:
        """List all webhooks for a given app

        Args:
            app_id (str):

        Returns:
            ListWebhooksResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _webhooks_list_webhooks.asyncio_detailed(
            self._project_id, app_id, client=self._client
        )
        return expect(response, ListWebhooksResponse)

    async def update_webhook(
        self, webhook_id: str, *, body: WebhookUpdateRequest, update_mask: list[str] | Unset = UNSET
    ) -> Webhook:
        """Update an existing webhook

        Args:
            webhook_id (str):
            update_mask (list[str] | Unset):
            body (WebhookUpdateRequest): Fields of the webhook to update (see update_mask).

        Returns:
            Webhook

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _webhooks_update_webhook.asyncio_detailed(
            self._project_id, webhook_id, client=self._client, body=body, update_mask=update_mask
        )
        return expect(response, Webhook)
