"""The ``templates_v1`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.templates_v1``: do not edit.
"""

from typing import Any

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.templates_v1 import (
    templates_v1_create_template as _templates_v1_create_template,
)
from sinch_conversation_client.api.templates_v1 import (
    templates_v1_delete_template as _templates_v1_delete_template,
)
from sinch_conversation_client.api.templates_v1 import (
    templates_v1_get_template as _templates_v1_get_template,
)
from sinch_conversation_client.api.templates_v1 import (
    templates_v1_list_templates as _templates_v1_list_templates,
)
from sinch_conversation_client.api.templates_v1 import (
    templates_v1_update_template as _templates_v1_update_template,
)
from sinch_conversation_client.models.v1_list_templates_response import V1ListTemplatesResponse
from sinch_conversation_client.models.v1_template import V1Template
from sinch_conversation_client.types import UNSET, Unset

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncTemplatesV1", "TemplatesV1"]


class TemplatesV1(SyncResource[_GeneratedClient]):
    """The ``templates_v1`` operations (``client.templates_v1``)."""

    def create_template(self, *, body: V1Template) -> V1Template:
        """Create a template (v1)

        Args:
            body (V1Template): A v1 template with its translations.

        Returns:
            V1Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v1_create_template.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, V1Template)

    def delete_template(self, template_id: str) -> Any:
        """Delete a template (v1)

        Args:
            template_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v1_delete_template.sync_detailed(
            self._project_id, template_id, client=self._client
        )
        return response.parsed

    def get_template(self, template_id: str) -> V1Template:
        """Get a template (v1)

        Args:
            template_id (str):

        Returns:
            V1Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v1_get_template.sync_detailed(
            self._project_id, template_id, client=self._client
        )
        return expect(response, V1Template)

    def list_templates(self) -> V1ListTemplatesResponse:
        """List templates (v1)

        Returns:
            V1ListTemplatesResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v1_list_templates.sync_detailed(self._project_id, client=self._client)
        return expect(response, V1ListTemplatesResponse)

    def update_template(
        self, template_id: str, *, body: V1Template, update_mask: list[str] | Unset = UNSET
    ) -> V1Template:
        """Update a template (v1)

        Args:
            template_id (str):
            update_mask (list[str] | Unset):
            body (V1Template): A v1 template with its translations.

        Returns:
            V1Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v1_update_template.sync_detailed(
            self._project_id, template_id, client=self._client, body=body, update_mask=update_mask
        )
        return expect(response, V1Template)


class AsyncTemplatesV1(AsyncResource[_GeneratedClient]):
    """The ``templates_v1`` operations of the async client (``await client.templates_v1...``)."""

    async def create_template(self, *, body: V1Template) -> V1Template:
        """Create a template (v1)

        Args:
            body (V1Template): A v1 template with its translations.

        Returns:
            V1Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v1_create_template.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, V1Template)

    async def delete_template(self, template_id: str) -> Any:
        """Delete a template (v1)

        Args:
            template_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v1_delete_template.asyncio_detailed(
            self._project_id, template_id, client=self._client
        )
        return response.parsed

    async def get_template(self, template_id: str) -> V1Template:
        """Get a template (v1)

        Args:
            template_id (str):

        Returns:
            V1Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v1_get_template.asyncio_detailed(
            self._project_id, template_id, client=self._client
        )
        return expect(response, V1Template)

    async def list_templates(self) -> V1ListTemplatesResponse:
        """List templates (v1)

        Returns:
            V1ListTemplatesResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v1_list_templates.asyncio_detailed(
            self._project_id, client=self._client
        )
        return expect(response, V1ListTemplatesResponse)

    async def update_template(
        self, template_id: str, *, body: V1Template, update_mask: list[str] | Unset = UNSET
    ) -> V1Template:
        """Update a template (v1)

        Args:
            template_id (str):
            update_mask (list[str] | Unset):
            body (V1Template): A v1 template with its translations.

        Returns:
            V1Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v1_update_template.asyncio_detailed(
            self._project_id, template_id, client=self._client, body=body, update_mask=update_mask
        )
        return expect(response, V1Template)
