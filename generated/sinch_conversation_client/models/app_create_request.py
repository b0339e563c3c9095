from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_metadata_report_view import ConversationMetadataReportView
from ..models.processing_mode import ProcessingMode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.callback_settings import CallbackSettings
    from ..models.conversation_channel_credential import ConversationChannelCredential
    from ..models.delivery_report_based_fallback import DeliveryReportBasedFallback
    from ..models.message_retry_settings import MessageRetrySettings
    from ..models.retention_policy import RetentionPolicy
    from ..models.smart_conversation import SmartConversation


T = TypeVar("T", bound="AppCreateRequest")


@_attrs_define(repr=False)
class AppCreateRequest:
    """The app to create; the server assigns the ID."""

    display_name: str
    """ Human readable identifier of the app. """
    channel_credentials: list[ConversationChannelCredential]
    """ Channel credentials. The order of the credentials defines the app channel priority. """
    conversation_metadata_report_view: ConversationMetadataReportView | Unset = UNSET
    """ Conversation metadata report view. """
    retention_policy: RetentionPolicy | Unset = UNSET
    """ Retention policy for messages and conversations """
    dispatch_retention_policy: RetentionPolicy | Unset = UNSET
    """ Retention policy for messages and conversations """
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    callback_settings: CallbackSettings | Unset = UNSET
    """ App-level callback settings. """
    smart_conversation: SmartConversation | Unset = UNSET
    """ Whether messages processed by the app are analysed by Smart Conversations. """
    delivery_report_based_fallback: DeliveryReportBasedFallback | Unset = UNSET
    """ Fall back to the next channel when no positive delivery report arrives in time. """
    message_retry_settings: MessageRetrySettings | Unset = UNSET
    """ How long the API retries a message after a temporary processing failure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("display_name", False),
                ("channel_credentials", False),
                ("conversation_metadata_report_view", False),
                ("retention_policy", False),
                ("dispatch_retention_policy", False),
                ("processing_mode", False),
                ("callback_settings", False),
                ("smart_conversation", False),
                ("delivery_report_based_fallback", False),
                ("message_retry_settings", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        channel_credentials = []
        for channel_credentials_item_data in self.channel_credentials:
            channel_credentials_item = channel_credentials_item_data.to_dict()
            channel_credentials.append(channel_credentials_item)

        conversation_metadata_report_view: str | Unset = UNSET
        if not isinstance(self.conversation_metadata_report_view, Unset):
            conversation_metadata_report_view = self.conversation_metadata_report_view.value

        retention_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention_policy, Unset):
            retention_policy = self.retention_policy.to_dict()

        dispatch_retention_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dispatch_retention_policy, Unset):
            dispatch_retention_policy = self.dispatch_retention_policy.to_dict()

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        callback_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_settings, Unset):
            callback_settings = self.callback_settings.to_dict()

        smart_conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smart_conversation, Unset):
            smart_conversation = self.smart_conversation.to_dict()

        delivery_report_based_fallback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_report_based_fallback, Unset):
            delivery_report_based_fallback = self.delivery_report_based_fallback.to_dict()

        message_retry_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_retry_settings, Unset):
            message_retry_settings = self.message_retry_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "channel_credentials": channel_credentials,
            }
        )
        if conversation_metadata_report_view is not UNSET:
            field_dict["conversation_metadata_report_view"] = conversation_metadata_report_view
        if retention_policy is not UNSET:
            field_dict["retention_policy"] = retention_policy
        if dispatch_retention_policy is not UNSET:
            field_dict["dispatch_retention_policy"] = dispatch_retention_policy
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode
        if callback_settings is not UNSET:
            field_dict["callback_settings"] = callback_settings
        if smart_conversation is not UNSET:
            field_dict["smart_conversation"] = smart_conversation
        if delivery_report_based_fallback is not UNSET:
            field_dict["delivery_report_based_fallback"] = delivery_report_based_fallback
        if message_retry_settings is not UNSET:
            field_dict["message_retry_settings"] = message_retry_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.callback_settings import CallbackSettings
        from ..models.conversation_channel_credential import (
            ConversationChannelCredential,
        )
        from ..models.delivery_report_based_fallback import DeliveryReportBasedFallback
        from ..models.message_retry_settings import MessageRetrySettings
        from ..models.retention_policy import RetentionPolicy
        from ..models.smart_conversation import SmartConversation

        d = dict(src_dict)
        try:
            display_name = d.pop("display_name")

            channel_credentials = []
            _channel_credentials = d.pop("channel_credentials")
            for channel_credentials_item_data in _channel_credentials:
                channel_credentials_item = ConversationChannelCredential.from_dict(
                    channel_credentials_item_data
                )

                channel_credentials.append(channel_credentials_item)

            _conversation_metadata_report_view = d.pop("conversation_metadata_report_view", UNSET)
            conversation_metadata_report_view: ConversationMetadataReportView | Unset
            if isinstance(_conversation_metadata_report_view, Unset):
                conversation_metadata_report_view = UNSET
            else:
                conversation_metadata_report_view = ConversationMetadataReportView(
                    _conversation_metadata_report_view
                )

            _retention_policy = d.pop("retention_policy", UNSET)
            retention_policy: RetentionPolicy | Unset
            if isinstance(_retention_policy, Unset):
                retention_policy = UNSET
            else:
                retention_policy = RetentionPolicy.from_dict(_retention_policy)

            _dispatch_retention_policy = d.pop("dispatch_retention_policy", UNSET)
            dispatch_retention_policy: RetentionPolicy | Unset
            if isinstance(_dispatch_retention_policy, Unset):
                dispatch_retention_policy = UNSET
            else:
                dispatch_retention_policy = RetentionPolicy.from_dict(_dispatch_retention_policy)

            _processing_mode = d.pop("processing_mode", UNSET)
            processing_mode: ProcessingMode | Unset
            if isinstance(_processing_mode, Unset):
                processing_mode = UNSET
            else:
                processing_mode = ProcessingMode(_processing_mode)

            _callback_settings = d.pop("callback_settings", UNSET)
            callback_settings: CallbackSettings | Unset
            if isinstance(_callback_settings, Unset):
                callback_settings = UNSET
            else:
                callback_settings = CallbackSettings.from_dict(_callback_settings)

            _smart_conversation = d.pop("smart_conversation", UNSET)
            smart_conversation: SmartConversation | Unset
            if isinstance(_smart_conversation, Unset):
                smart_conversation = UNSET
            else:
                smart_conversation = SmartConversation.from_dict(_smart_conversation)

            _delivery_report_based_fallback = d.pop("delivery_report_based_fallback", UNSET)
            delivery_report_based_fallback: DeliveryReportBasedFallback | Unset
            if isinstance(_delivery_report_based_fallback, Unset):
                delivery_report_based_fallback = UNSET
            else:
                delivery_report_based_fallback = DeliveryReportBasedFallback.from_dict(
                    _delivery_report_based_fallback
                )

            _message_retry_settings = d.pop("message_retry_settings", UNSET)
            message_retry_settings: MessageRetrySettings | Unset
            if isinstance(_message_retry_settings, Unset):
                message_retry_settings = UNSET
            else:
                message_retry_settings = MessageRetrySettings.from_dict(_message_retry_settings)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        app_create_request = cls(
            display_name=display_name,
            channel_credentials=channel_credentials,
            conversation_metadata_report_view=conversation_metadata_report_view,
            retention_policy=retention_policy,
            dispatch_retention_policy=dispatch_retention_policy,
            processing_mode=processing_mode,
            callback_settings=callback_settings,
            smart_conversation=smart_conversation,
            delivery_report_based_fallback=delivery_report_based_fallback,
            message_retry_settings=message_retry_settings,
        )
        app_create_request.additional_properties = d
        return app_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
