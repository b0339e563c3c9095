from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_metadata_report_view import ConversationMetadataReportView
from ..models.processing_mode import ProcessingMode
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.callback_settings import CallbackSettings
    from ..models.conversation_channel_credential import ConversationChannelCredential
    from ..models.delivery_report_based_fallback import DeliveryReportBasedFallback
    from ..models.message_retry_settings import MessageRetrySettings
    from ..models.message_search import MessageSearch
    from ..models.persist_message_status import PersistMessageStatus
    from ..models.queue_stats import QueueStats
    from ..models.rate_limits import RateLimits
    from ..models.retention_policy import RetentionPolicy
    from ..models.smart_conversation import SmartConversation


T = TypeVar("T", bound="App")


@_attrs_define(repr=False)
class App:
    """The app corresponds to the API user and is a collection of channel credentials allowing access to the underlying
    messaging channels. The app is tied to a set of webhooks which define the destination for various events coming from
    the Conversation API.

    """

    id: str
    """ The ID of the app you can find this on the [Sinch Dashboard](https://dashboard.sinch.com/convapi/apps). """
    channel_credentials: list[ConversationChannelCredential] = _attrs_field(factory=AbsentList)
    """ Channel credentials. The order of the credentials defines the app channel priority. """
    conversation_metadata_report_view: ConversationMetadataReportView | Unset = UNSET
    """ Conversation metadata report view. """
    display_name: str | Unset = UNSET
    """ Human readable identifier of the app. """
    rate_limits: RateLimits | Unset = UNSET
    """ Rate limits """
    retention_policy: RetentionPolicy | Unset = UNSET
    """ Retention policy for messages and conversations """
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    dispatch_retention_policy: RetentionPolicy | Unset = UNSET
    """ Retention policy for messages and conversations """
    callback_settings: CallbackSettings | Unset = UNSET
    """ App-level callback settings. """
    smart_conversation: SmartConversation | Unset = UNSET
    """ Whether messages processed by the app are analysed by Smart Conversations. """
    queue_stats: QueueStats | Unset = UNSET
    """ The app's outbound (MT) queue, as reported by the API. """
    persist_message_status: PersistMessageStatus | Unset = UNSET
    """ Whether the app persists message statuses. """
    message_search: MessageSearch | Unset = UNSET
    """ Whether the app has Message Search enabled. """
    delivery_report_based_fallback: DeliveryReportBasedFallback | None | Unset = UNSET
    message_retry_settings: MessageRetrySettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", False),
                ("channel_credentials", False),
                ("conversation_metadata_report_view", False),
                ("display_name", False),
                ("rate_limits", False),
                ("retention_policy", False),
                ("processing_mode", False),
                ("dispatch_retention_policy", False),
                ("callback_settings", False),
                ("smart_conversation", False),
                ("queue_stats", False),
                ("persist_message_status", False),
                ("message_search", False),
                ("delivery_report_based_fallback", False),
                ("message_retry_settings", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_report_based_fallback import DeliveryReportBasedFallback
        from ..models.message_retry_settings import MessageRetrySettings

        id = self.id

        channel_credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channel_credentials, Unset):
            channel_credentials = []
            for channel_credentials_item_data in self.channel_credentials:
                channel_credentials_item = channel_credentials_item_data.to_dict()
                channel_credentials.append(channel_credentials_item)

        conversation_metadata_report_view: str | Unset = UNSET
        if not isinstance(self.conversation_metadata_report_view, Unset):
            conversation_metadata_report_view = self.conversation_metadata_report_view.value

        display_name = self.display_name

        rate_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limits, Unset):
            rate_limits = self.rate_limits.to_dict()

        retention_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention_policy, Unset):
            retention_policy = self.retention_policy.to_dict()

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        dispatch_retention_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dispatch_retention_policy, Unset):
            dispatch_retention_policy = self.dispatch_retention_policy.to_dict()

        callback_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_settings, Unset):
            callback_settings = self.callback_settings.to_dict()

        smart_conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smart_conversation, Unset):
            smart_conversation = self.smart_conversation.to_dict()

        queue_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue_stats, Unset):
            queue_stats = self.queue_stats.to_dict()

        persist_message_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.persist_message_status, Unset):
            persist_message_status = self.persist_message_status.to_dict()

        message_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_search, Unset):
            message_search = self.message_search.to_dict()

        delivery_report_based_fallback: dict[str, Any] | None | Unset
        if isinstance(self.delivery_report_based_fallback, Unset):
            delivery_report_based_fallback = UNSET
        elif isinstance(self.delivery_report_based_fallback, DeliveryReportBasedFallback):
            delivery_report_based_fallback = self.delivery_report_based_fallback.to_dict()
        else:
            delivery_report_based_fallback = self.delivery_report_based_fallback

        message_retry_settings: dict[str, Any] | None | Unset
        if isinstance(self.message_retry_settings, Unset):
            message_retry_settings = UNSET
        elif isinstance(self.message_retry_settings, MessageRetrySettings):
            message_retry_settings = self.message_retry_settings.to_dict()
        else:
            message_retry_settings = self.message_retry_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if channel_credentials is not UNSET and not is_absent(self.channel_credentials):
            field_dict["channel_credentials"] = channel_credentials
        if conversation_metadata_report_view is not UNSET:
            field_dict["conversation_metadata_report_view"] = conversation_metadata_report_view
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if rate_limits is not UNSET:
            field_dict["rate_limits"] = rate_limits
        if retention_policy is not UNSET:
            field_dict["retention_policy"] = retention_policy
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode
        if dispatch_retention_policy is not UNSET:
            field_dict["dispatch_retention_policy"] = dispatch_retention_policy
        if callback_settings is not UNSET:
            field_dict["callback_settings"] = callback_settings
        if smart_conversation is not UNSET:
            field_dict["smart_conversation"] = smart_conversation
        if queue_stats is not UNSET:
            field_dict["queue_stats"] = queue_stats
        if persist_message_status is not UNSET:
            field_dict["persist_message_status"] = persist_message_status
        if message_search is not UNSET:
            field_dict["message_search"] = message_search
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
        from ..models.message_search import MessageSearch
        from ..models.persist_message_status import PersistMessageStatus
        from ..models.queue_stats import QueueStats
        from ..models.rate_limits import RateLimits
        from ..models.retention_policy import RetentionPolicy
        from ..models.smart_conversation import SmartConversation

        d = dict(src_dict)
        try:
            id = d.pop("id")

            _channel_credentials = d.pop("channel_credentials", UNSET)
            channel_credentials: list[ConversationChannelCredential] | Unset = UNSET
            if _channel_credentials is not UNSET:
                channel_credentials = []
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

            display_name = d.pop("display_name", UNSET)

            _rate_limits = d.pop("rate_limits", UNSET)
            rate_limits: RateLimits | Unset
            if isinstance(_rate_limits, Unset):
                rate_limits = UNSET
            else:
                rate_limits = RateLimits.from_dict(_rate_limits)

            _retention_policy = d.pop("retention_policy", UNSET)
            retention_policy: RetentionPolicy | Unset
            if isinstance(_retention_policy, Unset):
                retention_policy = UNSET
            else:
                retention_policy = RetentionPolicy.from_dict(_retention_policy)

            _processing_mode = d.pop("processing_mode", UNSET)
            processing_mode: ProcessingMode | Unset
            if isinstance(_processing_mode, Unset):
                processing_mode = UNSET
            else:
                processing_mode = ProcessingMode(_processing_mode)

            _dispatch_retention_policy = d.pop("dispatch_retention_policy", UNSET)
            dispatch_retention_policy: RetentionPolicy | Unset
            if isinstance(_dispatch_retention_policy, Unset):
                dispatch_retention_policy = UNSET
            else:
                dispatch_retention_policy = RetentionPolicy.from_dict(_dispatch_retention_policy)

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

            _queue_stats = d.pop("queue_stats", UNSET)
            queue_stats: QueueStats | Unset
            if isinstance(_queue_stats, Unset):
                queue_stats = UNSET
            else:
                queue_stats = QueueStats.from_dict(_queue_stats)

            _persist_message_status = d.pop("persist_message_status", UNSET)
            persist_message_status: PersistMessageStatus | Unset
            if isinstance(_persist_message_status, Unset):
                persist_message_status = UNSET
            else:
                persist_message_status = PersistMessageStatus.from_dict(_persist_message_status)

            _message_search = d.pop("message_search", UNSET)
            message_search: MessageSearch | Unset
            if isinstance(_message_search, Unset):
                message_search = UNSET
            else:
                message_search = MessageSearch.from_dict(_message_search)

            def _parse_delivery_report_based_fallback(
                data: object,
            ) -> DeliveryReportBasedFallback | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    delivery_report_based_fallback_type_1 = DeliveryReportBasedFallback.from_dict(
                        data
                    )

                    return delivery_report_based_fallback_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DeliveryReportBasedFallback | None | Unset, data)

            delivery_report_based_fallback = _parse_delivery_report_based_fallback(
                d.pop("delivery_report_based_fallback", UNSET)
            )

            def _parse_message_retry_settings(data: object) -> MessageRetrySettings | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    message_retry_settings_type_1 = MessageRetrySettings.from_dict(data)

                    return message_retry_settings_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageRetrySettings | None | Unset, data)

            message_retry_settings = _parse_message_retry_settings(
                d.pop("message_retry_settings", UNSET)
            )

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        app = cls(
            id=id,
            channel_credentials=AbsentList()
            if isinstance(channel_credentials, Unset)
            else channel_credentials,
            conversation_metadata_report_view=conversation_metadata_report_view,
            display_name=display_name,
            rate_limits=rate_limits,
            retention_policy=retention_policy,
            processing_mode=processing_mode,
            dispatch_retention_policy=dispatch_retention_policy,
            callback_settings=callback_settings,
            smart_conversation=smart_conversation,
            queue_stats=queue_stats,
            persist_message_status=persist_message_status,
            message_search=message_search,
            delivery_report_based_fallback=delivery_report_based_fallback,
            message_retry_settings=message_retry_settings,
        )
        app.additional_properties = d
        return app

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
