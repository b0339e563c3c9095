"""The ``templates_v2`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.templates_v2``: do not edit.
"""

from typing import Any

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.templates_v2 import (
    templates_v2_create_template as _templates_v2_create_template,
)
from sinch_conversation_client.api.templates_v2 import (
    templates_v2_delete_template as _templates_v2_delete_template,
)
from sinch_conversation_client.api.templates_v2 import (
    templates_v2_get_template as _templates_v2_get_template,
)
from sinch_conversation_client.api.templates_v2 import (
    templates_v2_list_templates as _templates_v2_list_templates,
)
from sinch_conversation_client.api.templates_v2 import (
    templates_v2_list_translations as _templates_v2_list_translations,
)
from sinch_conversation_client.api.templates_v2 import (
    templates_v2_update_template as _templates_v2_update_template,
)
from sinch_conversation_client.models.v2_list_templates_response import V2ListTemplatesResponse
from sinch_conversation_client.models.v2_list_translations_response import (
    V2ListTranslationsResponse,
)
from sinch_conversation_client.models.v2_template import V2Template
from sinch_conversation_client.types import UNSET, Unset

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncTemplatesV2", "TemplatesV2"]


class TemplatesV2(SyncResource[_GeneratedClient]):
    """The ``templates_v2`` operations (``client.templates_v2``)."""

    def create_template(self, *, body: V2Template) -> V2Template:
        """Create a template

        Args:
            body (V2Template): A v2 template with its translations (id and version are set by the
                server when absent).

        Returns:
            V2Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v2_create_template.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, V2Template)

    def delete_template(self, template_id: str) -> Any:
        """Delete a template

        Args:
            template_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v2_delete_template.sync_detailed(
            self._project_id, template_id, client=self._client
        )
        return response.parsed

    def get_template(self, template_id: str) -> V2Template:
        """Get a template

        Args:
            template_id (str):

        Returns:
            V2Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v2_get_template.sync_detailed(
            self._project_id, template_id, client=self._client
        )
        return expect(response, V2Template)

    def list_templates(self) -> V2ListTemplatesResponse:
        """List templates

        Returns:
            V2ListTemplatesResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v2_list_templates.sync_detailed(self._project_id, client=self._client)
        return expect(response, V2ListTemplatesResponse)

    def list_translations(
        self,
        template_id: str,
        *,
        language_code: str | Unset = UNSET,
        translation_version: str | Unset = UNSET,
    ) -> V2ListTranslationsResponse:
        """List a template's translations

        Args:
            template_id (str):
            language_code (str | Unset):
            translation_version (str | Unset):

        Returns:
            V2ListTranslationsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v2_list_translations.sync_detailed(
            self._project_id,
            template_id,
            client=self._client,
            language_code=language_code,
            translation_version=translation_version,
        )
        return expect(response, V2ListTranslationsResponse)

    def update_template(self, template_id: str, *, body: V2Template) -> V2Template:
        """Replace a template (the version must be the template's current one)

        Args:
            template_id (str):
            body (V2Template): A v2 template with its translations (id and version are set by the
                server when absent).

        Returns:
            V2Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _templates_v2_update_template.sync_detailed(
            self._project_id, template_id, client=self._client, body=body
        )
        return expect(response, V2Template)


class AsyncTemplatesV2(AsyncResource[_GeneratedClient]):
    """The ``templates_v2`` operations of the async client (``await client.templates_v2...``)."""

    async def create_template(self, *, body: V2Template) -> V2Template:
        """Create a template

        Args:
            body (V2Template): A v2 template with its translations (id and version are set by the
                server when absent).

        Returns:
            V2Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v2_create_template.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, V2Template)

    async def delete_template(self, template_id: str) -> Any:
        """Delete a template

        Args:
            template_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v2_delete_template.asyncio_detailed(
            self._project_id, template_id, client=self._client
        )
        return response.parsed

    async def get_template(self, template_id: str) -> V2Template:
        """Get a template

        Args:
            template_id (str):

        Returns:
            V2Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v2_get_template.asyncio_detailed(
            self._project_id, template_id, client=self._client
        )
        return expect(response, V2Template)

    async def list_templates(self) -> V2ListTemplatesResponse:
        """List templates

        Returns:
            V2ListTemplatesResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v2_list_templates.asyncio_detailed(
            self._project_id, client=self._client
        )
        return expect(response, V2ListTemplatesResponse)

    async def list_translations(
        self,
        template_id: str,
        *,
        language_code: str | Unset = UNSET,
        translation_version: str | Unset = UNSET,
    ) -> V2ListTranslationsResponse:
        """List a template's translations

        Args:
            template_id (str):
            language_code (str | Unset):
            translation_version (str | Unset):

        Returns:
            V2ListTranslationsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v2_list_translations.asyncio_detailed(
            self._project_id,
            template_id,
            client=self._client,
            language_code=language_code,
            translation_version=translation_version,
        )
        return expect(response, V2ListTranslationsResponse)

    async def update_template(self, template_id: str, *, body: V2Template) -> V2Template:
        """Replace a template (the version must be the template's current one)

        Args:
            template_id (str):
            body (V2Template): A v2 template with its translations (id and version are set by the
                server when absent).

        Returns:
            V2Template

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _templates_v2_update_template.asyncio_detailed(
            self._project_id, template_id, client=self._client, body=body
        )
        return expect(response, V2Template)
