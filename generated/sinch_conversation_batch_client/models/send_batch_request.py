from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_channel import ConversationChannel
from ..models.send_batch_request_processing_strategy import (
    SendBatchRequestProcessingStrategy,
)
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.app_message import AppMessage
    from ..models.recipient_and_params import RecipientAndParams
    from ..models.string_map import StringMap


T = TypeVar("T", bound="SendBatchRequest")


@_attrs_define(repr=False)
class SendBatchRequest:
    app_id: str
    """ The sending Conversation app. """
    message: AppMessage
    """ A message originating from a Conversation API app: exactly one of card_message, carousel_message,
    choice_message, location_message, media_message, template_message, text_message, list_message or
    contact_info_message, plus optional channel overrides.
     """
    recipient_and_params: list[RecipientAndParams]
    processing_strategy: SendBatchRequestProcessingStrategy | Unset = UNSET
    """ DEFAULT follows the app's processing mode; DISPATCH_ONLY never opens conversations. """
    batch_metadata: StringMap | Unset = UNSET
    """ String keys to string values. """
    message_metadata: StringMap | Unset = UNSET
    """ String keys to string values. """
    conversation_metadata: StringMap | Unset = UNSET
    """ String keys to string values. """
    send_after: datetime.datetime | Unset = UNSET
    """ Schedules the batch; the API may adjust it and answers the effective time. """
    callback_url: str | Unset = UNSET
    """ Overrides the app's webhooks as the target of this batch's delivery receipts. """
    channel_priority_order: list[ConversationChannel] = _attrs_field(factory=AbsentList)
    """ The channels to try, in order. """
    ttl: str | Unset = UNSET
    """ How long a message may wait for delivery, as a duration such as `86400s`. """
    channel_properties: StringMap | Unset = UNSET
    """ String keys to string values. """
    correlation_id: str | Unset = UNSET
    """ An ID the caller chooses, carried by the messages' callbacks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("message", False),
                ("recipient_and_params", False),
                ("processing_strategy", False),
                ("batch_metadata", False),
                ("message_metadata", False),
                ("conversation_metadata", False),
                ("send_after", False),
                ("callback_url", False),
                ("channel_priority_order", False),
                ("ttl", False),
                ("channel_properties", False),
                ("correlation_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        message = self.message.to_dict()

        recipient_and_params = []
        for recipient_and_params_item_data in self.recipient_and_params:
            recipient_and_params_item = recipient_and_params_item_data.to_dict()
            recipient_and_params.append(recipient_and_params_item)

        processing_strategy: str | Unset = UNSET
        if not isinstance(self.processing_strategy, Unset):
            processing_strategy = self.processing_strategy.value

        batch_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch_metadata, Unset):
            batch_metadata = self.batch_metadata.to_dict()

        message_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_metadata, Unset):
            message_metadata = self.message_metadata.to_dict()

        conversation_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_metadata, Unset):
            conversation_metadata = self.conversation_metadata.to_dict()

        send_after: str | Unset = UNSET
        if not isinstance(self.send_after, Unset):
            send_after = self.send_after.isoformat().replace("+00:00", "Z")

        callback_url = self.callback_url

        channel_priority_order: list[str] | Unset = UNSET
        if not isinstance(self.channel_priority_order, Unset):
            channel_priority_order = []
            for channel_priority_order_item_data in self.channel_priority_order:
                channel_priority_order_item = channel_priority_order_item_data.value
                channel_priority_order.append(channel_priority_order_item)

        ttl = self.ttl

        channel_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_properties, Unset):
            channel_properties = self.channel_properties.to_dict()

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "message": message,
                "recipient_and_params": recipient_and_params,
            }
        )
        if processing_strategy is not UNSET:
            field_dict["processing_strategy"] = processing_strategy
        if batch_metadata is not UNSET:
            field_dict["batch_metadata"] = batch_metadata
        if message_metadata is not UNSET:
            field_dict["message_metadata"] = message_metadata
        if conversation_metadata is not UNSET:
            field_dict["conversation_metadata"] = conversation_metadata
        if send_after is not UNSET:
            field_dict["send_after"] = send_after
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if channel_priority_order is not UNSET and not is_absent(self.channel_priority_order):
            field_dict["channel_priority_order"] = channel_priority_order
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if channel_properties is not UNSET:
            field_dict["channel_properties"] = channel_properties
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_message import AppMessage
        from ..models.recipient_and_params import RecipientAndParams
        from ..models.string_map import StringMap

        d = dict(src_dict)
        try:
            app_id = d.pop("app_id")

            message = AppMessage.from_dict(d.pop("message"))

            recipient_and_params = []
            _recipient_and_params = d.pop("recipient_and_params")
            for recipient_and_params_item_data in _recipient_and_params:
                recipient_and_params_item = RecipientAndParams.from_dict(
                    recipient_and_params_item_data
                )

                recipient_and_params.append(recipient_and_params_item)

            _processing_strategy = d.pop("processing_strategy", UNSET)
            processing_strategy: SendBatchRequestProcessingStrategy | Unset
            if isinstance(_processing_strategy, Unset):
                processing_strategy = UNSET
            else:
                processing_strategy = SendBatchRequestProcessingStrategy(_processing_strategy)

            _batch_metadata = d.pop("batch_metadata", UNSET)
            batch_metadata: StringMap | Unset
            if isinstance(_batch_metadata, Unset):
                batch_metadata = UNSET
            else:
                batch_metadata = StringMap.from_dict(_batch_metadata)

            _message_metadata = d.pop("message_metadata", UNSET)
            message_metadata: StringMap | Unset
            if isinstance(_message_metadata, Unset):
                message_metadata = UNSET
            else:
                message_metadata = StringMap.from_dict(_message_metadata)

            _conversation_metadata = d.pop("conversation_metadata", UNSET)
            conversation_metadata: StringMap | Unset
            if isinstance(_conversation_metadata, Unset):
                conversation_metadata = UNSET
            else:
                conversation_metadata = StringMap.from_dict(_conversation_metadata)

            _send_after = d.pop("send_after", UNSET)
            send_after: datetime.datetime | Unset
            if isinstance(_send_after, Unset):
                send_after = UNSET
            else:
                send_after = datetime.datetime.fromisoformat(_send_after)

            callback_url = d.pop("callback_url", UNSET)

            _channel_priority_order = d.pop("channel_priority_order", UNSET)
            channel_priority_order: list[ConversationChannel] | Unset = UNSET
            if _channel_priority_order is not UNSET:
                channel_priority_order = []
                for channel_priority_order_item_data in _channel_priority_order:
                    channel_priority_order_item = ConversationChannel(
                        channel_priority_order_item_data
                    )

                    channel_priority_order.append(channel_priority_order_item)

            ttl = d.pop("ttl", UNSET)

            _channel_properties = d.pop("channel_properties", UNSET)
            channel_properties: StringMap | Unset
            if isinstance(_channel_properties, Unset):
                channel_properties = UNSET
            else:
                channel_properties = StringMap.from_dict(_channel_properties)

            correlation_id = d.pop("correlation_id", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        send_batch_request = cls(
            app_id=app_id,
            message=message,
            recipient_and_params=recipient_and_params,
            processing_strategy=processing_strategy,
            batch_metadata=batch_metadata,
            message_metadata=message_metadata,
            conversation_metadata=conversation_metadata,
            send_after=send_after,
            callback_url=callback_url,
            channel_priority_order=AbsentList()
            if isinstance(channel_priority_order, Unset)
            else channel_priority_order,
            ttl=ttl,
            channel_properties=channel_properties,
            correlation_id=correlation_id,
        )
        send_batch_request.additional_properties = d
        return send_batch_request

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
