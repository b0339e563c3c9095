from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..models.message_queue import MessageQueue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_message import AppMessage
    from ..models.recipient import Recipient
    from ..models.send_message_request_channel_properties import (
        SendMessageRequestChannelProperties,
    )


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """Send message request."""

    app_id: str
    """ The ID of the app sending the message. """
    message: AppMessage
    """ Message originating from an app """
    project_id: str
    """ The project ID. """
    recipient: Recipient
    """ Recipient information """
    callback_url: str | Unset = UNSET
    """ Overwrites the default callback url for delivery reports for this message The REST URL should be of the
    form: http://host[:port]/path
     """
    channel_priority_order: list[ConversationChannel] | Unset = UNSET
    """ Explicitly define the channels and order in which they are tried when sending the message. Note that
    collection can't contain 'CHANNEL_UNSPECIFIED' value. Which channels the API will try and their priority is
    defined by: 1. channel_priority_order if available. 2. recipient.identified_by.channel_identities if available.
    3. When recipient is a contact_id:
      - if a conversation with the contact exists: the active channel of the conversation is tried first.
      - the existing channels for the contact are ordered by contact channel preferences if given.
      - lastly the existing channels for the contact are ordered by the app priority.
     """
    channel_properties: SendMessageRequestChannelProperties | Unset = UNSET
    """ Channel-specific properties. The key in the map must point to a valid channel property key as defined by the
    enum ChannelPropertyKeys. The maximum allowed property value length is 1024 characters.
     """
    message_metadata: str | Unset = UNSET
    """ Metadata that should be associated with the message. """
    queue: MessageQueue | Unset = UNSET
    """ Message queue priority. """
    ttl: str | Unset = UNSET
    """ The timeout allotted for sending the message. Passed onto channels which have support for it and emulated by
    Conversation API for channels without ttl support but with message retract/unsend functionality. Channel
    failover will not be performed for messages with expired TTL.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        message = self.message.to_dict()

        project_id = self.project_id

        recipient = self.recipient.to_dict()

        callback_url = self.callback_url

        channel_priority_order: list[str] | Unset = UNSET
        if not isinstance(self.channel_priority_order, Unset):
            channel_priority_order = []
            for channel_priority_order_item_data in self.channel_priority_order:
                channel_priority_order_item = channel_priority_order_item_data.value
                channel_priority_order.append(channel_priority_order_item)

        channel_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_properties, Unset):
            channel_properties = self.channel_properties.to_dict()

        message_metadata = self.message_metadata

        queue: str | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.value

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "message": message,
                "project_id": project_id,
                "recipient": recipient,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if channel_priority_order is not UNSET:
            field_dict["channel_priority_order"] = channel_priority_order
        if channel_properties is not UNSET:
            field_dict["channel_properties"] = channel_properties
        if message_metadata is not UNSET:
            field_dict["message_metadata"] = message_metadata
        if queue is not UNSET:
            field_dict["queue"] = queue
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_message import AppMessage
        from ..models.recipient import Recipient
        from ..models.send_message_request_channel_properties import (
            SendMessageRequestChannelProperties,
        )

        d = dict(src_dict)
        app_id = d.pop("app_id")

        message = AppMessage.from_dict(d.pop("message"))

        project_id = d.pop("project_id")

        recipient = Recipient.from_dict(d.pop("recipient"))

        callback_url = d.pop("callback_url", UNSET)

        _channel_priority_order = d.pop("channel_priority_order", UNSET)
        channel_priority_order: list[ConversationChannel] | Unset = UNSET
        if _channel_priority_order is not UNSET:
            channel_priority_order = []
            for channel_priority_order_item_data in _channel_priority_order:
                channel_priority_order_item = ConversationChannel(channel_priority_order_item_data)

                channel_priority_order.append(channel_priority_order_item)

        _channel_properties = d.pop("channel_properties", UNSET)
        channel_properties: SendMessageRequestChannelProperties | Unset
        if isinstance(_channel_properties, Unset):
            channel_properties = UNSET
        else:
            channel_properties = SendMessageRequestChannelProperties.from_dict(_channel_properties)

        message_metadata = d.pop("message_metadata", UNSET)

        _queue = d.pop("queue", UNSET)
        queue: MessageQueue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = MessageQueue(_queue)

        ttl = d.pop("ttl", UNSET)

        send_message_request = cls(
            app_id=app_id,
            message=message,
            project_id=project_id,
            recipient=recipient,
            callback_url=callback_url,
            channel_priority_order=channel_priority_order,
            channel_properties=channel_properties,
            message_metadata=message_metadata,
            queue=queue,
            ttl=ttl,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
