from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_direction import ConversationDirection
from ..models.processing_mode import ProcessingMode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_event import AppEvent
    from ..models.channel_identity import ChannelIdentity
    from ..models.contact_event import ContactEvent
    from ..models.contact_message_event import ContactMessageEvent


T = TypeVar("T", bound="ConversationEvent")


@_attrs_define(repr=False)
class ConversationEvent:
    """A stored event on a particular channel (one of app_event, contact_event, contact_message_event)."""

    id: str
    """ The ID of the event. """
    channel_identity: ChannelIdentity
    """ A unique identity of message recipient on a particular channel. For example, the channel identity on SMS,
    WHATSAPP or VIBERBM is a MSISDN phone number.
     """
    processing_mode: ProcessingMode
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    direction: ConversationDirection | Unset = UNSET
    """ Conversation direction """
    conversation_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    accept_time: datetime.datetime | Unset = UNSET
    app_event: AppEvent | Unset = UNSET
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
                ("channel_identity", False),
                ("processing_mode", False),
                ("direction", False),
                ("conversation_id", False),
                ("contact_id", False),
                ("accept_time", False),
                ("app_event", False),
                ("contact_event", False),
                ("contact_message_event", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel_identity = self.channel_identity.to_dict()

        processing_mode = self.processing_mode.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        conversation_id = self.conversation_id

        contact_id = self.contact_id

        accept_time: str | Unset = UNSET
        if not isinstance(self.accept_time, Unset):
            accept_time = self.accept_time.isoformat().replace("+00:00", "Z")

        app_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_event, Unset):
            app_event = self.app_event.to_dict()

        contact_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_event, Unset):
            contact_event = self.contact_event.to_dict()

        contact_message_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_message_event, Unset):
            contact_message_event = self.contact_message_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "channel_identity": channel_identity,
                "processing_mode": processing_mode,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if accept_time is not UNSET:
            field_dict["accept_time"] = accept_time
        if app_event is not UNSET:
            field_dict["app_event"] = app_event
        if contact_event is not UNSET:
            field_dict["contact_event"] = contact_event
        if contact_message_event is not UNSET:
            field_dict["contact_message_event"] = contact_message_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_event import AppEvent
        from ..models.channel_identity import ChannelIdentity
        from ..models.contact_event import ContactEvent
        from ..models.contact_message_event import ContactMessageEvent

        d = dict(src_dict)
        try:
            id = d.pop("id")

            channel_identity = ChannelIdentity.from_dict(d.pop("channel_identity"))

            processing_mode = ProcessingMode(d.pop("processing_mode"))

            _direction = d.pop("direction", UNSET)
            direction: ConversationDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = ConversationDirection(_direction)

            conversation_id = d.pop("conversation_id", UNSET)

            contact_id = d.pop("contact_id", UNSET)

            _accept_time = d.pop("accept_time", UNSET)
            accept_time: datetime.datetime | Unset
            if isinstance(_accept_time, Unset):
                accept_time = UNSET
            else:
                accept_time = datetime.datetime.fromisoformat(_accept_time)

            _app_event = d.pop("app_event", UNSET)
            app_event: AppEvent | Unset
            if isinstance(_app_event, Unset):
                app_event = UNSET
            else:
                app_event = AppEvent.from_dict(_app_event)

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

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        conversation_event = cls(
            id=id,
            channel_identity=channel_identity,
            processing_mode=processing_mode,
            direction=direction,
            conversation_id=conversation_id,
            contact_id=contact_id,
            accept_time=accept_time,
            app_event=app_event,
            contact_event=contact_event,
            contact_message_event=contact_message_event,
        )
        conversation_event.additional_properties = d
        return conversation_event

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
