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
    from ..models.app_message import AppMessage
    from ..models.channel_identity import ChannelIdentity
    from ..models.contact_message import ContactMessage


T = TypeVar("T", bound="InjectMessageRequest")


@_attrs_define(repr=False)
class InjectMessageRequest:
    """A message to add to a conversation's history, from an app or a contact (set exactly one of app_message,
    contact_message).

    """

    accept_time: datetime.datetime
    """ When the message was accepted; within the last 30 days. """
    channel_identity: ChannelIdentity
    """ A unique identity of message recipient on a particular channel. For example, the channel identity on SMS,
    WHATSAPP or VIBERBM is a MSISDN phone number.
     """
    contact_id: str
    direction: ConversationDirection
    """ Conversation direction """
    app_message: AppMessage | Unset = UNSET
    """ A message originating from a Conversation API app: exactly one of card_message, carousel_message,
    choice_message, location_message, media_message, template_message, text_message, list_message or
    contact_info_message, plus optional channel overrides.
     """
    contact_message: ContactMessage | Unset = UNSET
    """ Message originating from a contact """
    metadata: str | Unset = UNSET
    sender_id: str | Unset = UNSET
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    conversation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("accept_time", False),
                ("channel_identity", False),
                ("contact_id", False),
                ("direction", False),
                ("app_message", False),
                ("contact_message", False),
                ("metadata", False),
                ("sender_id", False),
                ("processing_mode", False),
                ("conversation_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        accept_time = self.accept_time.isoformat().replace("+00:00", "Z")

        channel_identity = self.channel_identity.to_dict()

        contact_id = self.contact_id

        direction = self.direction.value

        app_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_message, Unset):
            app_message = self.app_message.to_dict()

        contact_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_message, Unset):
            contact_message = self.contact_message.to_dict()

        metadata = self.metadata

        sender_id = self.sender_id

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        conversation_id = self.conversation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accept_time": accept_time,
                "channel_identity": channel_identity,
                "contact_id": contact_id,
                "direction": direction,
            }
        )
        if app_message is not UNSET:
            field_dict["app_message"] = app_message
        if contact_message is not UNSET:
            field_dict["contact_message"] = contact_message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_message import AppMessage
        from ..models.channel_identity import ChannelIdentity
        from ..models.contact_message import ContactMessage

        d = dict(src_dict)
        try:
            accept_time = datetime.datetime.fromisoformat(d.pop("accept_time"))

            channel_identity = ChannelIdentity.from_dict(d.pop("channel_identity"))

            contact_id = d.pop("contact_id")

            direction = ConversationDirection(d.pop("direction"))

            _app_message = d.pop("app_message", UNSET)
            app_message: AppMessage | Unset
            if isinstance(_app_message, Unset):
                app_message = UNSET
            else:
                app_message = AppMessage.from_dict(_app_message)

            _contact_message = d.pop("contact_message", UNSET)
            contact_message: ContactMessage | Unset
            if isinstance(_contact_message, Unset):
                contact_message = UNSET
            else:
                contact_message = ContactMessage.from_dict(_contact_message)

            metadata = d.pop("metadata", UNSET)

            sender_id = d.pop("sender_id", UNSET)

            _processing_mode = d.pop("processing_mode", UNSET)
            processing_mode: ProcessingMode | Unset
            if isinstance(_processing_mode, Unset):
                processing_mode = UNSET
            else:
                processing_mode = ProcessingMode(_processing_mode)

            conversation_id = d.pop("conversation_id", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        inject_message_request = cls(
            accept_time=accept_time,
            channel_identity=channel_identity,
            contact_id=contact_id,
            direction=direction,
            app_message=app_message,
            contact_message=contact_message,
            metadata=metadata,
            sender_id=sender_id,
            processing_mode=processing_mode,
            conversation_id=conversation_id,
        )
        inject_message_request.additional_properties = d
        return inject_message_request

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
