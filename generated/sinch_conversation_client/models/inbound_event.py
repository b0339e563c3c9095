from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_direction import ConversationDirection
from ..models.processing_mode import ProcessingMode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.channel_identity import ChannelIdentity
    from ..models.contact_event import ContactEvent
    from ..models.contact_message_event import ContactMessageEvent


T = TypeVar("T", bound="InboundEvent")


@_attrs_define(repr=False)
class InboundEvent:
    """An event a contact caused (trigger EVENT_INBOUND), with either a contact event or a contact message event."""

    id: str | Unset = UNSET
    direction: ConversationDirection | Unset = UNSET
    """ Conversation direction """
    channel_identity: ChannelIdentity | Unset = UNSET
    """ A unique identity of message recipient on a particular channel. For example, the channel identity on SMS,
    WHATSAPP or VIBERBM is a MSISDN phone number.
     """
    contact_id: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    accept_time: datetime.datetime | Unset = UNSET
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    contact_event: ContactEvent | Unset = UNSET
    """ An event originating from a contact (one kind set). """
    contact_message_event: ContactMessageEvent | Unset = UNSET
    """ An event about a contact's message when contact_event is not set (one kind set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", False),
                ("direction", False),
                ("channel_identity", False),
                ("contact_id", False),
                ("conversation_id", False),
                ("accept_time", False),
                ("processing_mode", False),
                ("contact_event", False),
                ("contact_message_event", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        channel_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_identity, Unset):
            channel_identity = self.channel_identity.to_dict()

        contact_id = self.contact_id

        conversation_id = self.conversation_id

        accept_time: str | Unset = UNSET
        if not isinstance(self.accept_time, Unset):
            accept_time = self.accept_time.isoformat().replace("+00:00", "Z")

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        contact_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_event, Unset):
            contact_event = self.contact_event.to_dict()

        contact_message_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_message_event, Unset):
            contact_message_event = self.contact_message_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if channel_identity is not UNSET:
            field_dict["channel_identity"] = channel_identity
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if accept_time is not UNSET:
            field_dict["accept_time"] = accept_time
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode
        if contact_event is not UNSET:
            field_dict["contact_event"] = contact_event
        if contact_message_event is not UNSET:
            field_dict["contact_message_event"] = contact_message_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_identity import ChannelIdentity
        from ..models.contact_event import ContactEvent
        from ..models.contact_message_event import ContactMessageEvent

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: ConversationDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ConversationDirection(_direction)

        _channel_identity = d.pop("channel_identity", UNSET)
        channel_identity: ChannelIdentity | Unset
        if isinstance(_channel_identity, Unset):
            channel_identity = UNSET
        else:
            channel_identity = ChannelIdentity.from_dict(_channel_identity)

        contact_id = d.pop("contact_id", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        _accept_time = d.pop("accept_time", UNSET)
        accept_time: datetime.datetime | Unset
        if isinstance(_accept_time, Unset):
            accept_time = UNSET
        else:
            accept_time = datetime.datetime.fromisoformat(_accept_time)

        _processing_mode = d.pop("processing_mode", UNSET)
        processing_mode: ProcessingMode | Unset
        if isinstance(_processing_mode, Unset):
            processing_mode = UNSET
        else:
            processing_mode = ProcessingMode(_processing_mode)

        _contact_event = d.pop("contact_event", UNSET)
        contact_event: ContactEvent | Unset
        if isinstance(_contact_event, Unset):
            contact_event = UNSET
        else:
            contact_event = ContactEvent.from_dict(_contact_event)

        _contact_message_event = d.pop("contact_message_event", UNSET)
        contact_message_event: ContactMessageEvent | Unset
        if isinstance(_contact_message_event, Unset):
            contact_message_event = UNSET
        else:
            contact_message_event = ContactMessageEvent.from_dict(_contact_message_event)

        inbound_event = cls(
            id=id,
            direction=direction,
            channel_identity=channel_identity,
            contact_id=contact_id,
            conversation_id=conversation_id,
            accept_time=accept_time,
            processing_mode=processing_mode,
            contact_event=contact_event,
            contact_message_event=contact_message_event,
        )
        inbound_event.additional_properties = d
        return inbound_event

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
