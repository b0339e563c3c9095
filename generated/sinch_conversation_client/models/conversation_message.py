from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_direction import ConversationDirection
from ..models.processing_mode import ProcessingMode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_message import AppMessage
    from ..models.channel_identity import ChannelIdentity
    from ..models.contact_message import ContactMessage
    from ..models.message_status import MessageStatus


T = TypeVar("T", bound="ConversationMessage")


@_attrs_define(repr=False)
class ConversationMessage:
    """A message on a particular channel."""

    accept_time: datetime.datetime | Unset = UNSET
    """ Output only. """
    app_message: AppMessage | Unset = UNSET
    """ A message originating from a Conversation API app: exactly one of card_message, carousel_message,
    choice_message, location_message, media_message, template_message, text_message, list_message or
    contact_info_message, plus optional channel overrides.
     """
    channel_identity: ChannelIdentity | Unset = UNSET
    """ A unique identity of message recipient on a particular channel. For example, the channel identity on SMS,
    WHATSAPP or VIBERBM is a MSISDN phone number.
     """
    contact_id: str | Unset = UNSET
    """ Required. The ID of the contact. """
    contact_message: ContactMessage | Unset = UNSET
    """ Message originating from a contact """
    conversation_id: str | Unset = UNSET
    """ Required. The ID of the conversation. """
    direction: ConversationDirection | Unset = UNSET
    """ Conversation direction """
    id: str | Unset = UNSET
    """ Required. The ID of the message. """
    metadata: str | Unset = UNSET
    """ Metadata associated with the message. Up to 1024 characters long. """
    injected: bool | Unset = UNSET
    """ Whether the message was injected. """
    sender_id: str | Unset = UNSET
    """ For contact messages, the number or ID the message was sent to. """
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    message_status: MessageStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("accept_time", False),
                ("app_message", False),
                ("channel_identity", False),
                ("contact_id", False),
                ("contact_message", False),
                ("conversation_id", False),
                ("direction", False),
                ("id", False),
                ("metadata", False),
                ("injected", False),
                ("sender_id", False),
                ("processing_mode", False),
                ("message_status", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_status import MessageStatus

        accept_time: str | Unset = UNSET
        if not isinstance(self.accept_time, Unset):
            accept_time = self.accept_time.isoformat().replace("+00:00", "Z")

        app_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_message, Unset):
            app_message = self.app_message.to_dict()

        channel_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_identity, Unset):
            channel_identity = self.channel_identity.to_dict()

        contact_id = self.contact_id

        contact_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_message, Unset):
            contact_message = self.contact_message.to_dict()

        conversation_id = self.conversation_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        id = self.id

        metadata = self.metadata

        injected = self.injected

        sender_id = self.sender_id

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        message_status: dict[str, Any] | None | Unset
        if isinstance(self.message_status, Unset):
            message_status = UNSET
        elif isinstance(self.message_status, MessageStatus):
            message_status = self.message_status.to_dict()
        else:
            message_status = self.message_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accept_time is not UNSET:
            field_dict["accept_time"] = accept_time
        if app_message is not UNSET:
            field_dict["app_message"] = app_message
        if channel_identity is not UNSET:
            field_dict["channel_identity"] = channel_identity
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_message is not UNSET:
            field_dict["contact_message"] = contact_message
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if injected is not UNSET:
            field_dict["injected"] = injected
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode
        if message_status is not UNSET:
            field_dict["message_status"] = message_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_message import AppMessage
        from ..models.channel_identity import ChannelIdentity
        from ..models.contact_message import ContactMessage
        from ..models.message_status import MessageStatus

        d = dict(src_dict)
        _accept_time = d.pop("accept_time", UNSET)
        accept_time: datetime.datetime | Unset
        if isinstance(_accept_time, Unset):
            accept_time = UNSET
        else:
            accept_time = datetime.datetime.fromisoformat(_accept_time)

        _app_message = d.pop("app_message", UNSET)
        app_message: AppMessage | Unset
        if isinstance(_app_message, Unset):
            app_message = UNSET
        else:
            app_message = AppMessage.from_dict(_app_message)

        _channel_identity = d.pop("channel_identity", UNSET)
        channel_identity: ChannelIdentity | Unset
        if isinstance(_channel_identity, Unset):
            channel_identity = UNSET
        else:
            channel_identity = ChannelIdentity.from_dict(_channel_identity)

        contact_id = d.pop("contact_id", UNSET)

        _contact_message = d.pop("contact_message", UNSET)
        contact_message: ContactMessage | Unset
        if isinstance(_contact_message, Unset):
            contact_message = UNSET
        else:
            contact_message = ContactMessage.from_dict(_contact_message)

        conversation_id = d.pop("conversation_id", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: ConversationDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ConversationDirection(_direction)

        id = d.pop("id", UNSET)

        metadata = d.pop("metadata", UNSET)

        injected = d.pop("injected", UNSET)

        sender_id = d.pop("sender_id", UNSET)

        _processing_mode = d.pop("processing_mode", UNSET)
        processing_mode: ProcessingMode | Unset
        if isinstance(_processing_mode, Unset):
            processing_mode = UNSET
        else:
            processing_mode = ProcessingMode(_processing_mode)

        def _parse_message_status(data: object) -> MessageStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_status_type_1 = MessageStatus.from_dict(data)

                return message_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageStatus | None | Unset, data)

        message_status = _parse_message_status(d.pop("message_status", UNSET))

        conversation_message = cls(
            accept_time=accept_time,
            app_message=app_message,
            channel_identity=channel_identity,
            contact_id=contact_id,
            contact_message=contact_message,
            conversation_id=conversation_id,
            direction=direction,
            id=id,
            metadata=metadata,
            injected=injected,
            sender_id=sender_id,
            processing_mode=processing_mode,
            message_status=message_status,
        )
        conversation_message.additional_properties = d
        return conversation_message

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
