"""The ``templates_v2`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.templates_v2``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

    from .params import V2TemplateTranslationParam

__all__ = [
    "AsyncTemplatesV2",
    "AsyncTemplatesV2WithRawResponse",
    "TemplatesV2",
    "TemplatesV2WithRawResponse",
]


class TemplatesV2(SyncResource):
    """The ``templates_v2`` operations (``client.templates_v2``)."""

    @property
    def with_raw_response(self) -> TemplatesV2WithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return TemplatesV2WithRawResponse(self)

    def create_template(
        self,
        *,
        id: str = OMIT,
        description: str = OMIT,
        version: int = OMIT,
        default_translation: str = OMIT,
        translations: Sequence[V2TemplateTranslationParam] = OMIT,
        create_time: datetime.datetime | str = OMIT,
        update_time: datetime.datetime | str = OMIT,
        body: V2Template | None = None,
    ) -> V2Template:
        """Create a template

        Args:
            body (V2Template): A v2 template with its translations (id and version are set by the
                server when absent).
            id, description, version, default_translation, translations, create_time,
                update_time:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``V2Template``.

        Returns:
            V2Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_create_template._get_kwargs(
            self._project_id,
            body=request_body(
                "V2Template",
                body,
                {
                    "id": id,
                    "description": description,
                    "version": version,
                    "default_translation": default_translation,
                    "translations": translations,
                    "create_time": create_time,
                    "update_time": update_time,
                },
            ),
        )
        return self._call(kwargs, V2Template)

    def delete_template(self, template_id: str) -> None:
        """Delete a template

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
        kwargs = _templates_v2_delete_template._get_kwargs(
            self._project_id,
            template_id,
        )
        return self._call(kwargs, None)

    def get_template(self, template_id: str) -> V2Template:
        """Get a template

        Args:
            template_id (str):

        Returns:
            V2Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_get_template._get_kwargs(
            self._project_id,
            template_id,
        )
        return self._call(kwargs, V2Template)

    def list_templates(self) -> V2ListTemplatesResponse:
        """List templates

        Returns:
            V2ListTemplatesResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_list_templates._get_kwargs(
            self._project_id,
        )
        return self._call(kwargs, V2ListTemplatesResponse)

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
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_list_translations._get_kwargs(
            self._project_id,
            template_id,
            language_code=language_code,
            translation_version=translation_version,
        )
        return self._call(kwargs, V2ListTranslationsResponse)

    def update_template(
        self,
        template_id: str,
        *,
        id: str = OMIT,
        description: str = OMIT,
        version: int = OMIT,
        default_translation: str = OMIT,
        translations: Sequence[V2TemplateTranslationParam] = OMIT,
        create_time: datetime.datetime | str = OMIT,
        update_time: datetime.datetime | str = OMIT,
        body: V2Template | None = None,
    ) -> V2Template:
        """Replace a template (the version must be the template's current one)

        Args:
            template_id (str):
            body (V2Template): A v2 template with its translations (id and version are set by the
                server when absent).
            id, description, version, default_translation, translations, create_time,
                update_time:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``V2Template``.

        Returns:
            V2Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_update_template._get_kwargs(
            self._project_id,
            template_id,
            body=request_body(
                "V2Template",
                body,
                {
                    "id": id,
                    "description": description,
                    "version": version,
                    "default_translation": default_translation,
                    "translations": translations,
                    "create_time": create_time,
                    "update_time": update_time,
                },
            ),
        )
        return self._call(kwargs, V2Template)


class AsyncTemplatesV2(AsyncResource):
    """The ``templates_v2`` operations of the async client (``await client.templates_v2...``)."""

    @property
    def with_raw_response(self) -> AsyncTemplatesV2WithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncTemplatesV2WithRawResponse(self)

    async def create_template(
        self,
        *,
        id: str = OMIT,
        description: str = OMIT,
        version: int = OMIT,
        default_translation: str = OMIT,
        translations: Sequence[V2TemplateTranslationParam] = OMIT,
        create_time: datetime.datetime | str = OMIT,
        update_time: datetime.datetime | str = OMIT,
        body: V2Template | None = None,
    ) -> V2Template:
        """Create a template

        Args:
            body (V2Template): A v2 template with its translations (id and version are set by the
                server when absent).
            id, description, version, default_translation, translations, create_time,
                update_time:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``V2Template``.

        Returns:
            V2Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_create_template._get_kwargs(
            self._project_id,
            body=request_body(
                "V2Template",
                body,
                {
                    "id": id,
                    "description": description,
                    "version": version,
                    "default_translation": default_translation,
                    "translations": translations,
                    "create_time": create_time,
                    "update_time": update_time,
                },
            ),
        )
        return await self._call(kwargs, V2Template)

    async def delete_template(self, template_id: str) -> None:
        """Delete a template

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
        kwargs = _templates_v2_delete_template._get_kwargs(
            self._project_id,
            template_id,
        )
        return await self._call(kwargs, None)

    async def get_template(self, template_id: str) -> V2Template:
        """Get a template

        Args:
            template_id (str):

        Returns:
            V2Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_get_template._get_kwargs(
            self._project_id,
            template_id,
        )
        return await self._call(kwargs, V2Template)

    async def list_templates(self) -> V2ListTemplatesResponse:
        """List templates

        Returns:
            V2ListTemplatesResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_list_templates._get_kwargs(
            self._project_id,
        )
        return await self._call(kwargs, V2ListTemplatesResponse)

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
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_list_translations._get_kwargs(
            self._project_id,
            template_id,
            language_code=language_code,
            translation_version=translation_version,
        )
        return await self._call(kwargs, V2ListTranslationsResponse)

    async def update_template(
        self,
        template_id: str,
        *,
        id: str = OMIT,
        description: str = OMIT,
        version: int = OMIT,
        default_translation: str = OMIT,
        translations: Sequence[V2TemplateTranslationParam] = OMIT,
        create_time: datetime.datetime | str = OMIT,
        update_time: datetime.datetime | str = OMIT,
        body: V2Template | None = None,
    ) -> V2Template:
        """Replace a template (the version must be the template's current one)

        Args:
            template_id (str):
            body (V2Template): A v2 template with its translations (id and version are set by the
                server when absent).
            id, description, version, default_translation, translations, create_time,
                update_time:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``V2Template``.

        Returns:
            V2Template

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _templates_v2_update_template._get_kwargs(
            self._project_id,
            template_id,
            body=request_body(
                "V2Template",
                body,
                {
                    "id": id,
                    "description": description,
                    "version": version,
                    "default_translation": default_translation,
                    "translations": translations,
                    "create_time": create_time,
                    "update_time": update_time,
                },
            ),
        )
        return await self._call(kwargs, V2Template)


class TemplatesV2WithRawResponse:
    """``client.templates_v2.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: TemplatesV2) -> None:
        self.create_template = to_raw_response(resource.create_template)
        self.delete_template = to_raw_response(resource.delete_template)
        self.get_template = to_raw_response(resource.get_template)
        self.list_templates = to_raw_response(resource.list_templates)
        self.list_translations = to_raw_response(resource.list_translations)
        self.update_template = to_raw_response(resource.update_template)


class AsyncTemplatesV2WithRawResponse:
    """``client.templates_v2.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncTemplatesV2) -> None:
        self.create_template = to_raw_response_async(resource.create_template)
        self.delete_template = to_raw_response_async(resource.delete_template)
        self.get_template = to_raw_response_async(resource.get_template)
        self.list_templates = to_raw_response_async(resource.list_templates)
        self.list_translations = to_raw_response_async(resource.list_translations)
        self.update_template = to_raw_response_async(resource.update_template)
