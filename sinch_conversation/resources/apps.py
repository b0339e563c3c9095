"""The ``apps`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.app``: do not edit.
"""

from typing import Any

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.app import app_create_app as _app_create_app
from sinch_conversation_client.api.app import app_delete_app as _app_delete_app
from sinch_conversation_client.api.app import app_get_app as _app_get_app
from sinch_conversation_client.api.app import app_list_apps as _app_list_apps
from sinch_conversation_client.api.app import app_update_app as _app_update_app
from sinch_conversation_client.models.app import App
from sinch_conversation_client.models.app_create_request import AppCreateRequest
from sinch_conversation_client.models.app_update_request import AppUpdateRequest
from sinch_conversation_client.models.list_apps_response import ListAppsResponse
from sinch_conversation_client.types import UNSET, Unset

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["Apps", "AsyncApps"]


class Apps(SyncResource[_GeneratedClient]):
    """The ``apps`` operations (``client.apps``)."""

    def create_app(self, *, body: AppCreateRequest) -> App:
        """Creates an app

        Args:
            body (AppCreateRequest): The app to create; the server assigns the ID.

        Returns:
            App

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _app_create_app.sync_detailed(self._project_id, client=self._client, body=body)
        return expect(response, App)

    def delete_app(self, app_id: str) -> Any:
        """Delete an app

        Args:
            app_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _app_delete_app.sync_detailed(self._project_id, app_id, client=self._client)
        return response.parsed

    def get_app(self, app_id: str) -> App:
        """Get an app

        Args:
            app_id (str):

        Returns:
            App

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _app_get_app.sync_detailed(self._project_id, app_id, client=self._client)
        return expect(response, App)

    def list_apps(self) -> ListAppsResponse:
        """List all apps for a given project

        Returns:
            ListAppsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _app_list_apps.sync_detailed(self._project_id, client=self._client)
        return expect(response, ListAppsResponse)

    def update_app(
        self, app_id: str, *, body: AppUpdateRequest, update_mask: list[str] | Unset = UNSET
    ) -> App:
        """Update an app

        Args:
            app_id (str):
            update_mask (list[str] | Unset):
            body (AppUpdateRequest): Fields of the app to update (see update_mask).

        Returns:
            App

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _app_update_app.sync_detailed(
            self._project_id, app_id, client=self._client, body=body, update_mask=update_mask
        )
        return expect(response, App)


class AsyncApps(AsyncResource[_GeneratedClient]):
    """The ``apps`` operations of the async client (``await client.apps...``)."""

    async def create_app(self, *, body: AppCreateRequest) -> App:
        """Creates an app

        Args:
            body (AppCreateRequest): The app to create; the server assigns the ID.

        Returns:
            App

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _app_create_app.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, App)

    async def delete_app(self, app_id: str) -> Any:
        """Delete an app

        Args:
            app_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _app_delete_app.asyncio_detailed(
            self._project_id, app_id, client=self._client
        )
        return response.parsed

    async def get_app(self, app_id: str) -> App:
        """Get an app

        Args:
            app_id (str):

        Returns:
            App

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _app_get_app.asyncio_detailed(
            self._project_id, app_id, client=self._client
        )
        return expect(response, App)

    async def list_apps(self) -> ListAppsResponse:
        """List all apps for a given project

        Returns:
            ListAppsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _app_list_apps.asyncio_detailed(self._project_id, client=self._client)
        return expect(response, ListAppsResponse)

    async def update_app(
        self, app_id: str, *, body: AppUpdateRequest, update_mask: list[str] | Unset = UNSET
    ) -> App:
        """Update an app

        Args:
            app_id (str):
            update_mask (list[str] | Unset):
            body (AppUpdateRequest): Fields of the app to update (see update_mask).

        Returns:
            App

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _app_update_app.asyncio_detailed(
            self._project_id, app_id, client=self._client, body=body, update_mask=update_mask
        )
        return expect(response, App)
