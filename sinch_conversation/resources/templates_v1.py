"""The ``templates_v1`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.templates_v1``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

from .._resource import (
    OMIT,
    AsyncResource,
    SyncResource,
    request_body,
    to_raw_response,
    to_raw_response_async,
)

if TYPE_CHECKING:
    import datetime
    from collections.abc import Sequence

    from sinch_conversation_client.models.template_channel import TemplateChannel

    from .params import TemplateChannelLiteral, V1TemplateTranslationParam

__all__ = [
    "AsyncTemplatesV1",
    "AsyncTemplatesV1WithRawResponse",
    "TemplatesV1",
    "TemplatesV1WithRawResponse",
]


class TemplatesV1(SyncResource):
    """The ``templates_v1`` operations (``client.templates_v1``)."""

    @property
    def with_raw_response(self) -> TemplatesV1WithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return TemplatesV1WithRawResponse(self)

    def create_template(
        self,
        *,
        id: str = OMIT,
        description: str = OMIT,
        channel: TemplateChannel | TemplateChannelLiteral = OMIT,
        default_translation: str = OMIT,
        translations: Sequence[V1TemplateTranslationParam] = OMIT,
        create_time: datetime.datetime | str = OMIT,
        update_time: datetime.datetime | str = OMIT,
        body: V1Template | None = None,
    ) -> V1Template:
        """Create a template (v1)

        Args:
            body (V1Template): A v1 template with its translations.
            id, description, channel, default_translation, translations, create_time,
                update_time:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``V1Template``.

        Returns:
            V1Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_create_template._get_kwargs(
            self._project_id,
            body=request_body(
                "V1Template",
                body,
                {
                    "id": id,
                    "description": description,
                    "channel": channel,
                    "default_translation": default_translation,
                    "translations": translations,
                    "create_time": create_time,
                    "update_time": update_time,
                },
            ),
        )
        return self._call(kwargs, V1Template)

    def delete_template(self, template_id: str) -> None:
        """Delete a template (v1)

        Args:
            template_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_delete_template._get_kwargs(
            self._project_id,
            template_id,
        )
        return self._call(kwargs, None)

    def get_template(self, template_id: str) -> V1Template:
        """Get a template (v1)

        Args:
            template_id (str):

        Returns:
            V1Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_get_template._get_kwargs(
            self._project_id,
            template_id,
        )
        return self._call(kwargs, V1Template)

    def list_templates(self) -> V1ListTemplatesResponse:
        """List templates (v1)

        Returns:
            V1ListTemplatesResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_list_templates._get_kwargs(
            self._project_id,
        )
        return self._call(kwargs, V1ListTemplatesResponse)

    def update_template(
        self,
        template_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        id: str = OMIT,
        description: str = OMIT,
        channel: TemplateChannel | TemplateChannelLiteral = OMIT,
        default_translation: str = OMIT,
        translations: Sequence[V1TemplateTranslationParam] = OMIT,
        create_time: datetime.datetime | str = OMIT,
        update_time: datetime.datetime | str = OMIT,
        body: V1Template | None = None,
    ) -> V1Template:
        """Update a template (v1)

        Args:
            template_id (str):
            update_mask (list[str] | Unset):
            body (V1Template): A v1 template with its translations.
            id, description, channel, default_translation, translations, create_time,
                update_time:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``V1Template``.

        Returns:
            V1Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_update_template._get_kwargs(
            self._project_id,
            template_id,
            body=request_body(
                "V1Template",
                body,
                {
                    "id": id,
                    "description": description,
                    "channel": channel,
                    "default_translation": default_translation,
                    "translations": translations,
                    "create_time": create_time,
                    "update_time": update_time,
                },
            ),
            update_mask=update_mask,
        )
        return self._call(kwargs, V1Template)


class AsyncTemplatesV1(AsyncResource):
    """The ``templates_v1`` operations of the async client (``await client.templates_v1...``)."""

    @property
    def with_raw_response(self) -> AsyncTemplatesV1WithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncTemplatesV1WithRawResponse(self)

    async def create_template(
        self,
        *,
        id: str = OMIT,
        description: str = OMIT,
        channel: TemplateChannel | TemplateChannelLiteral = OMIT,
        default_translation: str = OMIT,
        translations: Sequence[V1TemplateTranslationParam] = OMIT,
        create_time: datetime.datetime | str = OMIT,
        update_time: datetime.datetime | str = OMIT,
        body: V1Template | None = None,
    ) -> V1Template:
        """Create a template (v1)

        Args:
            body (V1Template): A v1 template with its translations.
            id, description, channel, default_translation, translations, create_time,
                update_time:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``V1Template``.

        Returns:
            V1Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_create_template._get_kwargs(
            self._project_id,
            body=request_body(
                "V1Template",
                body,
                {
                    "id": id,
                    "description": description,
                    "channel": channel,
                    "default_translation": default_translation,
                    "translations": translations,
                    "create_time": create_time,
                    "update_time": update_time,
                },
            ),
        )
        return await self._call(kwargs, V1Template)

    async def delete_template(self, template_id: str) -> None:
        """Delete a template (v1)

        Args:
            template_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_delete_template._get_kwargs(
            self._project_id,
            template_id,
        )
        return await self._call(kwargs, None)

    async def get_template(self, template_id: str) -> V1Template:
        """Get a template (v1)

        Args:
            template_id (str):

        Returns:
            V1Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_get_template._get_kwargs(
            self._project_id,
            template_id,
        )
        return await self._call(kwargs, V1Template)

    async def list_templates(self) -> V1ListTemplatesResponse:
        """List templates (v1)

        Returns:
            V1ListTemplatesResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_list_templates._get_kwargs(
            self._project_id,
        )
        return await self._call(kwargs, V1ListTemplatesResponse)

    async def update_template(
        self,
        template_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        id: str = OMIT,
        description: str = OMIT,
        channel: TemplateChannel | TemplateChannelLiteral = OMIT,
        default_translation: str = OMIT,
        translations: Sequence[V1TemplateTranslationParam] = OMIT,
        create_time: datetime.datetime | str = OMIT,
        update_time: datetime.datetime | str = OMIT,
        body: V1Template | None = None,
    ) -> V1Template:
        """Update a template (v1)

        Args:
            template_id (str):
            update_mask (list[str] | Unset):
            body (V1Template): A v1 template with its translations.
            id, description, channel, default_translation, translations, create_time,
                update_time:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``V1Template``.

        Returns:
            V1Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v1_update_template._get_kwargs(
            self._project_id,
            template_id,
            body=request_body(
                "V1Template",
                body,
                {
                    "id": id,
                    "description": description,
                    "channel": channel,
                    "default_translation": default_translation,
                    "translations": translations,
                    "create_time": create_time,
                    "update_time": update_time,
                },
            ),
            update_mask=update_mask,
        )
        return await self._call(kwargs, V1Template)


class TemplatesV1WithRawResponse:
    """``client.templates_v1.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: TemplatesV1) -> None:
        self.create_template = to_raw_response(resource.create_template)
        self.delete_template = to_raw_response(resource.delete_template)
        self.get_template = to_raw_response(resource.get_template)
        self.list_templates = to_raw_response(resource.list_templates)
        self.update_template = to_raw_response(resource.update_template)


class AsyncTemplatesV1WithRawResponse:
    """``client.templates_v1.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncTemplatesV1) -> None:
        self.create_template = to_raw_response_async(resource.create_template)
        self.delete_template = to_raw_response_async(resource.delete_template)
        self.get_template = to_raw_response_async(resource.get_template)
        self.list_templates = to_raw_response_async(resource.list_templates)
        self.update_template = to_raw_response_async(resource.update_template)
