"""The ``project_settings`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.project_settings``: do not edit.
"""

from typing import Any

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.project_settings import (
    project_settings_create as _project_settings_create,
)
from sinch_conversation_client.api.project_settings import (
    project_settings_delete as _project_settings_delete,
)
from sinch_conversation_client.api.project_settings import (
    project_settings_get as _project_settings_get,
)
from sinch_conversation_client.api.project_settings import (
    project_settings_update as _project_settings_update,
)
from sinch_conversation_client.models.project_settings import ProjectSettings
from sinch_conversation_client.models.project_settings_response import ProjectSettingsResponse

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncProjectSettingsResource", "ProjectSettingsResource"]


class ProjectSettingsResource(SyncResource[_GeneratedClient]):
    """The ``project_settings`` operations (``client.project_settings``)."""

    def create(self, *, body: ProjectSettings) -> ProjectSettingsResponse:
        """Create the project's settings

        Args:
            body (ProjectSettings): The project-level settings (the body of create and update).

        Returns:
            ProjectSettingsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _project_settings_create.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, ProjectSettingsResponse)

    def delete(self) -> Any:
        """Delete the project's settings

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _project_settings_delete.sync_detailed(self._project_id, client=self._client)
        return response.parsed

    def get(self) -> ProjectSettingsResponse:
        """Get the project's settings

        Returns:
            ProjectSettingsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _project_settings_get.sync_detailed(self._project_id, client=self._client)
        return expect(response, ProjectSettingsResponse)

    def update(self, *, body: ProjectSettings) -> ProjectSettingsResponse:
        """Update the project's settings

        Args:
            body (ProjectSettings): The project-level settings (the body of create and update).

        Returns:
            ProjectSettingsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _project_settings_update.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, ProjectSettingsResponse)


class AsyncProjectSettingsResource(AsyncResource[_GeneratedClient]):
    """The ``project_settings`` operations of the async client (``await client.project_settings...``)."""

    async def create(self, *, body: ProjectSettings) -> ProjectSettingsResponse:
        """Create the project's settings

        Args:
            body (ProjectSettings): The project-level settings (the body of create and update).

        Returns:
            ProjectSettingsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _project_settings_create.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, ProjectSettingsResponse)

    async def delete(self) -> Any:
        """Delete the project's settings

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _project_settings_delete.asyncio_detailed(
            self._project_id, client=self._client
        )
        return response.parsed

    async def get(self) -> ProjectSettingsResponse:
        """Get the project's settings

        Returns:
            ProjectSettingsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _project_settings_get.asyncio_detailed(
            self._project_id, client=self._client
        )
        return expect(response, ProjectSettingsResponse)

    async def update(self, *, body: ProjectSettings) -> ProjectSettingsResponse:
        """Update the project's settings

        Args:
            body (ProjectSettings): The project-level settings (the body of create and update).

        Returns:
            ProjectSettingsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _project_settings_update.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, ProjectSettingsResponse)
