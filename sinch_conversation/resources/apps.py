"""The ``apps`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.app``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

    from sinch_conversation_client.models.conversation_metadata_report_view import (
        ConversationMetadataReportView,
    )
    from sinch_conversation_client.models.processing_mode import ProcessingMode

    from .params import (
        CallbackSettingsParam,
        ConversationChannelCredentialParam,
        ConversationMetadataReportViewLiteral,
        DeliveryReportBasedFallbackParam,
        MessageRetrySettingsParam,
        ProcessingModeLiteral,
        RetentionPolicyParam,
        SmartConversationParam,
    )

__all__ = ["Apps", "AppsWithRawResponse", "AsyncApps", "AsyncAppsWithRawResponse"]


class Apps(SyncResource):
    """The ``apps`` operations (``client.apps``)."""

    @property
    def with_raw_response(self) -> AppsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return AppsWithRawResponse(self)

    def create_app(
        self,
        *,
        display_name: str = OMIT,
        channel_credentials: Sequence[ConversationChannelCredentialParam] = OMIT,
        conversation_metadata_report_view: ConversationMetadataReportView
        | ConversationMetadataReportViewLiteral = OMIT,
        retention_policy: RetentionPolicyParam = OMIT,
        dispatch_retention_policy: RetentionPolicyParam = OMIT,
        processing_mode: ProcessingMode | ProcessingModeLiteral = OMIT,
        callback_settings: CallbackSettingsParam = OMIT,
        smart_conversation: SmartConversationParam = OMIT,
        delivery_report_based_fallback: DeliveryReportBasedFallbackParam = OMIT,
        message_retry_settings: MessageRetrySettingsParam = OMIT,
        body: AppCreateRequest | None = None,
    ) -> App:
        """Creates an app

        Args:
            body (AppCreateRequest): The app to create; the server assigns the ID.
            display_name, channel_credentials, conversation_metadata_report_view,
                retention_policy, dispatch_retention_policy, processing_mode, callback_settings,
                smart_conversation, delivery_report_based_fallback, message_retry_settings:
                the body's fields (display_name, channel_credentials required),
                checked before sending; or ``body=`` a ``AppCreateRequest``.

        Returns:
            App

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_create_app._get_kwargs(
            self._project_id,
            body=request_body(
                "AppCreateRequest",
                body,
                {
                    "display_name": display_name,
                    "channel_credentials": channel_credentials,
                    "conversation_metadata_report_view": conversation_metadata_report_view,
                    "retention_policy": retention_policy,
                    "dispatch_retention_policy": dispatch_retention_policy,
                    "processing_mode": processing_mode,
                    "callback_settings": callback_settings,
                    "smart_conversation": smart_conversation,
                    "delivery_report_based_fallback": delivery_report_based_fallback,
                    "message_retry_settings": message_retry_settings,
                },
            ),
        )
        return self._call(kwargs, App)

    def delete_app(self, app_id: str) -> None:
        """Delete an app

        Args:
            app_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_delete_app._get_kwargs(
            self._project_id,
            app_id,
        )
        return self._call(kwargs, None)

    def get_app(self, app_id: str) -> App:
        """Get an app

        Args:
            app_id (str):

        Returns:
            App

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_get_app._get_kwargs(
            self._project_id,
            app_id,
        )
        return self._call(kwargs, App)

    def list_apps(self) -> ListAppsResponse:
        """List all apps for a given project

        Returns:
            ListAppsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_list_apps._get_kwargs(
            self._project_id,
        )
        return self._call(kwargs, ListAppsResponse)

    def update_app(
        self,
        app_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        display_name: str = OMIT,
        channel_credentials: Sequence[ConversationChannelCredentialParam] = OMIT,
        conversation_metadata_report_view: ConversationMetadataReportView
        | ConversationMetadataReportViewLiteral = OMIT,
        retention_policy: RetentionPolicyParam = OMIT,
        dispatch_retention_policy: RetentionPolicyParam = OMIT,
        processing_mode: ProcessingMode | ProcessingModeLiteral = OMIT,
        callback_settings: CallbackSettingsParam = OMIT,
        smart_conversation: SmartConversationParam = OMIT,
        delivery_report_based_fallback: DeliveryReportBasedFallbackParam = OMIT,
        message_retry_settings: MessageRetrySettingsParam = OMIT,
        body: AppUpdateRequest | None = None,
    ) -> App:
        """Update an app

        Args:
            app_id (str):
            update_mask (list[str] | Unset):
            body (AppUpdateRequest): Fields of the app to update (see update_mask).
            display_name, channel_credentials, conversation_metadata_report_view,
                retention_policy, dispatch_retention_policy, processing_mode, callback_settings,
                smart_conversation, delivery_report_based_fallback, message_retry_settings:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``AppUpdateRequest``.

        Returns:
            App

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_update_app._get_kwargs(
            self._project_id,
            app_id,
            body=request_body(
                "AppUpdateRequest",
                body,
                {
                    "display_name": display_name,
                    "channel_credentials": channel_credentials,
                    "conversation_metadata_report_view": conversation_metadata_report_view,
                    "retention_policy": retention_policy,
                    "dispatch_retention_policy": dispatch_retention_policy,
                    "processing_mode": processing_mode,
                    "callback_settings": callback_settings,
                    "smart_conversation": smart_conversation,
                    "delivery_report_based_fallback": delivery_report_based_fallback,
                    "message_retry_settings": message_retry_settings,
                },
            ),
            update_mask=update_mask,
        )
        return self._call(kwargs, App)


class AsyncApps(AsyncResource):
    """The ``apps`` operations of the async client (``await client.apps...``)."""

    @property
    def with_raw_response(self) -> AsyncAppsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncAppsWithRawResponse(self)

    async def create_app(
        self,
        *,
        display_name: str = OMIT,
        channel_credentials: Sequence[ConversationChannelCredentialParam] = OMIT,
        conversation_metadata_report_view: ConversationMetadataReportView
        | ConversationMetadataReportViewLiteral = OMIT,
        retention_policy: RetentionPolicyParam = OMIT,
        dispatch_retention_policy: RetentionPolicyParam = OMIT,
        processing_mode: ProcessingMode | ProcessingModeLiteral = OMIT,
        callback_settings: CallbackSettingsParam = OMIT,
        smart_conversation: SmartConversationParam = OMIT,
        delivery_report_based_fallback: DeliveryReportBasedFallbackParam = OMIT,
        message_retry_settings: MessageRetrySettingsParam = OMIT,
        body: AppCreateRequest | None = None,
    ) -> App:
        """Creates an app

        Args:
            body (AppCreateRequest): The app to create; the server assigns the ID.
            display_name, channel_credentials, conversation_metadata_report_view,
                retention_policy, dispatch_retention_policy, processing_mode, callback_settings,
                smart_conversation, delivery_report_based_fallback, message_retry_settings:
                the body's fields (display_name, channel_credentials required),
                checked before sending; or ``body=`` a ``AppCreateRequest``.

        Returns:
            App

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_create_app._get_kwargs(
            self._project_id,
            body=request_body(
                "AppCreateRequest",
                body,
                {
                    "display_name": display_name,
                    "channel_credentials": channel_credentials,
                    "conversation_metadata_report_view": conversation_metadata_report_view,
                    "retention_policy": retention_policy,
                    "dispatch_retention_policy": dispatch_retention_policy,
                    "processing_mode": processing_mode,
                    "callback_settings": callback_settings,
                    "smart_conversation": smart_conversation,
                    "delivery_report_based_fallback": delivery_report_based_fallback,
                    "message_retry_settings": message_retry_settings,
                },
            ),
        )
        return await self._call(kwargs, App)

    async def delete_app(self, app_id: str) -> None:
        """Delete an app

        Args:
            app_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_delete_app._get_kwargs(
            self._project_id,
            app_id,
        )
        return await self._call(kwargs, None)

    async def get_app(self, app_id: str) -> App:
        """Get an app

        Args:
            app_id (str):

        Returns:
            App

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_get_app._get_kwargs(
            self._project_id,
            app_id,
        )
        return await self._call(kwargs, App)

    async def list_apps(self) -> ListAppsResponse:
        """List all apps for a given project

        Returns:
            ListAppsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_list_apps._get_kwargs(
            self._project_id,
        )
        return await self._call(kwargs, ListAppsResponse)

    async def update_app(
        self,
        app_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        display_name: str = OMIT,
        channel_credentials: Sequence[ConversationChannelCredentialParam] = OMIT,
        conversation_metadata_report_view: ConversationMetadataReportView
        | ConversationMetadataReportViewLiteral = OMIT,
        retention_policy: RetentionPolicyParam = OMIT,
        dispatch_retention_policy: RetentionPolicyParam = OMIT,
        processing_mode: ProcessingMode | ProcessingModeLiteral = OMIT,
        callback_settings: CallbackSettingsParam = OMIT,
        smart_conversation: SmartConversationParam = OMIT,
        delivery_report_based_fallback: DeliveryReportBasedFallbackParam = OMIT,
        message_retry_settings: MessageRetrySettingsParam = OMIT,
        body: AppUpdateRequest | None = None,
    ) -> App:
        """Update an app

        Args:
            app_id (str):
            update_mask (list[str] | Unset):
            body (AppUpdateRequest): Fields of the app to update (see update_mask).
            display_name, channel_credentials, conversation_metadata_report_view,
                retention_policy, dispatch_retention_policy, processing_mode, callback_settings,
                smart_conversation, delivery_report_based_fallback, message_retry_settings:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``AppUpdateRequest``.

        Returns:
            App

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _app_update_app._get_kwargs(
            self._project_id,
            app_id,
            body=request_body(
                "AppUpdateRequest",
                body,
                {
                    "display_name": display_name,
                    "channel_credentials": channel_credentials,
                    "conversation_metadata_report_view": conversation_metadata_report_view,
                    "retention_policy": retention_policy,
                    "dispatch_retention_policy": dispatch_retention_policy,
                    "processing_mode": processing_mode,
                    "callback_settings": callback_settings,
                    "smart_conversation": smart_conversation,
                    "delivery_report_based_fallback": delivery_report_based_fallback,
                    "message_retry_settings": message_retry_settings,
                },
            ),
            update_mask=update_mask,
        )
        return await self._call(kwargs, App)


class AppsWithRawResponse:
    """``client.apps.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Apps) -> None:
        self.create_app = to_raw_response(resource.create_app)
        self.delete_app = to_raw_response(resource.delete_app)
        self.get_app = to_raw_response(resource.get_app)
        self.list_apps = to_raw_response(resource.list_apps)
        self.update_app = to_raw_response(resource.update_app)


class AsyncAppsWithRawResponse:
    """``client.apps.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncApps) -> None:
        self.create_app = to_raw_response_async(resource.create_app)
        self.delete_app = to_raw_response_async(resource.delete_app)
        self.get_app = to_raw_response_async(resource.get_app)
        self.list_apps = to_raw_response_async(resource.list_apps)
        self.update_app = to_raw_response_async(resource.update_app)
