"""The ``project_settings`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.project_settings``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

from .._resource import (
    OMIT,
    AsyncResource,
    SyncResource,
    request_body,
    to_raw_response,
    to_raw_response_async,
)

if TYPE_CHECKING:
    from .params import ContactSettingsParam

__all__ = [
    "AsyncProjectSettingsResource",
    "AsyncProjectSettingsResourceWithRawResponse",
    "ProjectSettingsResource",
    "ProjectSettingsResourceWithRawResponse",
]


class ProjectSettingsResource(SyncResource):
    """The ``project_settings`` operations (``client.project_settings``)."""

    @property
    def with_raw_response(self) -> ProjectSettingsResourceWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return ProjectSettingsResourceWithRawResponse(self)

    def create(
        self, *, contact_settings: ContactSettingsParam = OMIT, body: ProjectSettings | None = None
    ) -> ProjectSettingsResponse:
        """Create the project's settings

        Args:
            body (ProjectSettings): The project-level settings (the body of create and update).
            contact_settings:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ProjectSettings``.

        Returns:
            ProjectSettingsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _project_settings_create._get_kwargs(
            self._project_id,
            body=request_body(
                "ProjectSettings",
                body,
                {
                    "contact_settings": contact_settings,
                },
            ),
        )
        return self._call(kwargs, ProjectSettingsResponse)

    def delete(self) -> None:
        """Delete the project's settings

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _project_settings_delete._get_kwargs(
            self._project_id,
        )
        return self._call(kwargs, None)

    def get(self) -> ProjectSettingsResponse:
        """Get the project's settings

        Returns:
            ProjectSettingsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _project_settings_get._get_kwargs(
            self._project_id,
        )
        return self._call(kwargs, ProjectSettingsResponse)

    def update(
        self, *, contact_settings: ContactSettingsParam = OMIT, body: ProjectSettings | None = None
    ) -> ProjectSettingsResponse:
        """Update the project's settings

        Args:
            body (ProjectSettings): The project-level settings (the body of create and update).
            contact_settings:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ProjectSettings``.

        Returns:
            ProjectSettingsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _project_settings_update._get_kwargs(
            self._project_id,
            body=request_body(
                "ProjectSettings",
                body,
                {
                    "contact_settings": contact_settings,
                },
            ),
        )
        return self._call(kwargs, ProjectSettingsResponse)


class AsyncProjectSettingsResource(AsyncResource):
    """The ``project_settings`` operations of the async client (``await client.project_settings...``)."""

    @property
    def with_raw_response(self) -> AsyncProjectSettingsResourceWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncProjectSettingsResourceWithRawResponse(self)

    async def create(
        self, *, contact_settings: ContactSettingsParam = OMIT, body: ProjectSettings | None = None
    ) -> ProjectSettingsResponse:
        """Create the project's settings

        Args:
            body (ProjectSettings): The project-level settings (the body of create and update).
            contact_settings:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ProjectSettings``.

        Returns:
            ProjectSettingsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _project_settings_create._get_kwargs(
            self._project_id,
            body=request_body(
                "ProjectSettings",
                body,
                {
                    "contact_settings": contact_settings,
                },
            ),
        )
        return await self._call(kwargs, ProjectSettingsResponse)

    async def delete(self) -> None:
        """Delete the project's settings

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _project_settings_delete._get_kwargs(
            self._project_id,
        )
        return await self._call(kwargs, None)

    async def get(self) -> ProjectSettingsResponse:
        """Get the project's settings

        Returns:
            ProjectSettingsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _project_settings_get._get_kwargs(
            self._project_id,
        )
        return await self._call(kwargs, ProjectSettingsResponse)

    async def update(
        self, *, contact_settings: ContactSettingsParam = OMIT, body: ProjectSettings | None = None
    ) -> ProjectSettingsResponse:
        """Update the project's settings

        Args:
            body (ProjectSettings): The project-level settings (the body of create and update).
            contact_settings:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ProjectSettings``.

        Returns:
            ProjectSettingsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _project_settings_update._get_kwargs(
            self._project_id,
            body=request_body(
                "ProjectSettings",
                body,
                {
                    "contact_settings": contact_settings,
                },
            ),
        )
        return await self._call(kwargs, ProjectSettingsResponse)


class ProjectSettingsResourceWithRawResponse:
    """``client.project_settings.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: ProjectSettingsResource) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)


class AsyncProjectSettingsResourceWithRawResponse:
    """``client.project_settings.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncProjectSettingsResource) -> None:
        self.create = to_raw_response_async(resource.create)
        self.delete = to_raw_response_async(resource.delete)
        self.get = to_raw_response_async(resource.get)
        self.update = to_raw_response_async(resource.update)
