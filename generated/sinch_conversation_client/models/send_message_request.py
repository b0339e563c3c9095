from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_channel import ConversationChannel
from ..models.message_content_type import MessageContentType
from ..models.message_queue import MessageQueue
from ..models.metadata_update_strategy import MetadataUpdateStrategy
from ..models.processing_strategy import ProcessingStrategy
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.app_message import AppMessage
    from ..models.contact_recipient import ContactRecipient
    from ..models.identified_recipient import IdentifiedRecipient
    from ..models.send_message_request_channel_properties import (
        SendMessageRequestChannelProperties,
    )
    from ..models.send_message_request_conversation_metadata import (
        SendMessageRequestConversationMetadata,
    )


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define(repr=False)
class SendMessageRequest:
    """Send message request."""

    app_id: str
    """ The ID of the app sending the message. """
    message: AppMessage
    """ A message originating from a Conversation API app: exactly one of card_message, carousel_message,
    choice_message, location_message, media_message, template_message, text_message, list_message or
    contact_info_message, plus optional channel overrides.
     """
    recipient: ContactRecipient | IdentifiedRecipient
    """ The recipient, by contact ID or by channel identities (DISPATCH mode requires identified_by). """
    callback_url: str | Unset = UNSET
    """ Overwrites the default callback url for delivery reports for this message The REST URL should be of the
    form: http://host[:port]/path
     """
    channel_priority_order: list[ConversationChannel] = _attrs_field(factory=AbsentList)
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
    """ Metadata returned in the metadata field of delivery receipts. """
    queue: MessageQueue | Unset = UNSET
    """ Message queue priority. """
    ttl: str | Unset = UNSET
    """ Timeout for sending the message, an integer of seconds with the suffix s (3s to 315576000000s), e.g. 86400s.
    """
    conversation_metadata: SendMessageRequestConversationMetadata | Unset = UNSET
    """ JSON object associated with the conversation (CONVERSATION mode) or the recipient identities (DISPATCH
    mode); propagated on MO callbacks. """
    conversation_metadata_update_strategy: MetadataUpdateStrategy | Unset = UNSET
    """ REPLACE (the default) replaces the whole metadata object; MERGE_PATCH applies it as an RFC 7386 merge patch.
    """
    correlation_id: str | Unset = UNSET
    """ Identifier propagated to callbacks related to this message, MO replies included. """
    processing_strategy: ProcessingStrategy | Unset = UNSET
    """ DEFAULT inherits the app's processing mode; DISPATCH_ONLY forces DISPATCH mode for this request. """
    message_content_type: MessageContentType | Unset = UNSET
    """ Classifies the content for consent management. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("message", False),
                ("recipient", False),
                ("callback_url", False),
                ("channel_priority_order", False),
                ("channel_properties", False),
                ("message_metadata", False),
                ("queue", False),
                ("ttl", False),
                ("conversation_metadata", False),
                ("conversation_metadata_update_strategy", False),
                ("correlation_id", False),
                ("processing_strategy", False),
                ("message_content_type", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_recipient import ContactRecipient

        app_id = self.app_id

        message = self.message.to_dict()

        recipient: dict[str, Any]
        if isinstance(self.recipient, ContactRecipient):
            recipient = self.recipient.to_dict()
        else:
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

        conversation_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_metadata, Unset):
            conversation_metadata = self.conversation_metadata.to_dict()

        conversation_metadata_update_strategy: str | Unset = UNSET
        if not isinstance(self.conversation_metadata_update_strategy, Unset):
            conversation_metadata_update_strategy = self.conversation_metadata_update_strategy.value

        correlation_id = self.correlation_id

        processing_strategy: str | Unset = UNSET
        if not isinstance(self.processing_strategy, Unset):
            processing_strategy = self.processing_strategy.value

        message_content_type: str | Unset = UNSET
        if not isinstance(self.message_content_type, Unset):
            message_content_type = self.message_content_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "message": message,
                "recipient": recipient,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if channel_priority_order is not UNSET and not is_absent(self.channel_priority_order):
            field_dict["channel_priority_order"] = channel_priority_order
        if channel_properties is not UNSET:
            field_dict["channel_properties"] = channel_properties
        if message_metadata is not UNSET:
            field_dict["message_metadata"] = message_metadata
        if queue is not UNSET:
            field_dict["queue"] = queue
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if conversation_metadata is not UNSET:
            field_dict["conversation_metadata"] = conversation_metadata
        if conversation_metadata_update_strategy is not UNSET:
            field_dict["conversation_metadata_update_strategy"] = (
                conversation_metadata_update_strategy
            )
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if processing_strategy is not UNSET:
            field_dict["processing_strategy"] = processing_strategy
        if message_content_type is not UNSET:
            field_dict["message_content_type"] = message_content_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_message import AppMessage
        from ..models.contact_recipient import ContactRecipient
        from ..models.identified_recipient import IdentifiedRecipient
        from ..models.send_message_request_channel_properties import (
            SendMessageRequestChannelProperties,
        )
        from ..models.send_message_request_conversation_metadata import (
            SendMessageRequestConversationMetadata,
        )

        d = dict(src_dict)
        try:
            app_id = d.pop("app_id")

            message = AppMessage.from_dict(d.pop("message"))

            def _parse_recipient(data: object) -> ContactRecipient | IdentifiedRecipient:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_recipient_type_0 = ContactRecipient.from_dict(data)

                    return componentsschemas_recipient_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_recipient_type_1 = IdentifiedRecipient.from_dict(data)

                return componentsschemas_recipient_type_1

            recipient = _parse_recipient(d.pop("recipient"))

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

            _channel_properties = d.pop("channel_properties", UNSET)
            channel_properties: SendMessageRequestChannelProperties | Unset
            if isinstance(_channel_properties, Unset):
                channel_properties = UNSET
            else:
                channel_properties = SendMessageRequestChannelProperties.from_dict(
                    _channel_properties
                )

            message_metadata = d.pop("message_metadata", UNSET)

            _queue = d.pop("queue", UNSET)
            queue: MessageQueue | Unset
            if isinstance(_queue, Unset):
                queue = UNSET
            else:
                queue = MessageQueue(_queue)

            ttl = d.pop("ttl", UNSET)

            _conversation_metadata = d.pop("conversation_metadata", UNSET)
            conversation_metadata: SendMessageRequestConversationMetadata | Unset
            if isinstance(_conversation_metadata, Unset):
                conversation_metadata = UNSET
            else:
                conversation_metadata = SendMessageRequestConversationMetadata.from_dict(
                    _conversation_metadata
                )

            _conversation_metadata_update_strategy = d.pop(
                "conversation_metadata_update_strategy", UNSET
            )
            conversation_metadata_update_strategy: MetadataUpdateStrategy | Unset
            if isinstance(_conversation_metadata_update_strategy, Unset):
                conversation_metadata_update_strategy = UNSET
            else:
                conversation_metadata_update_strategy = MetadataUpdateStrategy(
                    _conversation_metadata_update_strategy
                )

            correlation_id = d.pop("correlation_id", UNSET)

            _processing_strategy = d.pop("processing_strategy", UNSET)
            processing_strategy: ProcessingStrategy | Unset
            if isinstance(_processing_strategy, Unset):
                processing_strategy = UNSET
            else:
                processing_strategy = ProcessingStrategy(_processing_strategy)

            _message_content_type = d.pop("message_content_type", UNSET)
            message_content_type: MessageContentType | Unset
            if isinstance(_message_content_type, Unset):
                message_content_type = UNSET
            else:
                message_content_type = MessageContentType(_message_content_type)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        send_message_request = cls(
            app_id=app_id,
            message=message,
            recipient=recipient,
            callback_url=callback_url,
            channel_priority_order=AbsentList()
            if isinstance(channel_priority_order, Unset)
            else channel_priority_order,
            channel_properties=channel_properties,
            message_metadata=message_metadata,
            queue=queue,
            ttl=ttl,
            conversation_metadata=conversation_metadata,
            conversation_metadata_update_strategy=conversation_metadata_update_strategy,
            correlation_id=correlation_id,
            processing_strategy=processing_strategy,
            message_content_type=message_content_type,
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
