from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice_response_message import ChoiceResponseMessage
    from ..models.fallback_message import FallbackMessage
    from ..models.location_message import LocationMessage
    from ..models.media_card_message import MediaCardMessage
    from ..models.media_message import MediaMessage
    from ..models.reply_to import ReplyTo
    from ..models.text_message import TextMessage


T = TypeVar("T", bound="ContactMessage")


@_attrs_define
class ContactMessage:
    """Message originating from a contact"""

    choice_response_message: ChoiceResponseMessage | Unset = UNSET
    """ Represents a response to a choice message. """
    fallback_message: FallbackMessage | Unset = UNSET
    """ Fallback message, appears when original contact message can not be handled """
    location_message: LocationMessage | Unset = UNSET
    """ Message with geo location """
    media_card_message: MediaCardMessage | Unset = UNSET
    """ Contact Message containing media and caption """
    media_message: MediaMessage | Unset = UNSET
    """ Message containing media """
    reply_to: ReplyTo | Unset = UNSET
    """ If the contact message was a response to a previous App message then this field contains information about
    that. """
    text_message: TextMessage | Unset = UNSET
    """ Message containing only text """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choice_response_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.choice_response_message, Unset):
            choice_response_message = self.choice_response_message.to_dict()

        fallback_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fallback_message, Unset):
            fallback_message = self.fallback_message.to_dict()

        location_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_message, Unset):
            location_message = self.location_message.to_dict()

        media_card_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_card_message, Unset):
            media_card_message = self.media_card_message.to_dict()

        media_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_message, Unset):
            media_message = self.media_message.to_dict()

        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        text_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_message, Unset):
            text_message = self.text_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if choice_response_message is not UNSET:
            field_dict["choice_response_message"] = choice_response_message
        if fallback_message is not UNSET:
            field_dict["fallback_message"] = fallback_message
        if location_message is not UNSET:
            field_dict["location_message"] = location_message
        if media_card_message is not UNSET:
            field_dict["media_card_message"] = media_card_message
        if media_message is not UNSET:
            field_dict["media_message"] = media_message
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if text_message is not UNSET:
            field_dict["text_message"] = text_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.choice_response_message import ChoiceResponseMessage
        from ..models.fallback_message import FallbackMessage
        from ..models.location_message import LocationMessage
        from ..models.media_card_message import MediaCardMessage
        from ..models.media_message import MediaMessage
        from ..models.reply_to import ReplyTo
        from ..models.text_message import TextMessage

        d = dict(src_dict)
        _choice_response_message = d.pop("choice_response_message", UNSET)
        choice_response_message: ChoiceResponseMessage | Unset
        if isinstance(_choice_response_message, Unset):
            choice_response_message = UNSET
        else:
            choice_response_message = ChoiceResponseMessage.from_dict(_choice_response_message)

        _fallback_message = d.pop("fallback_message", UNSET)
        fallback_message: FallbackMessage | Unset
        if isinstance(_fallback_message, Unset):
            fallback_message = UNSET
        else:
            fallback_message = FallbackMessage.from_dict(_fallback_message)

        _location_message = d.pop("location_message", UNSET)
        location_message: LocationMessage | Unset
        if isinstance(_location_message, Unset):
            location_message = UNSET
        else:
            location_message = LocationMessage.from_dict(_location_message)

        _media_card_message = d.pop("media_card_message", UNSET)
        media_card_message: MediaCardMessage | Unset
        if isinstance(_media_card_message, Unset):
            media_card_message = UNSET
        else:
            media_card_message = MediaCardMessage.from_dict(_media_card_message)

        _media_message = d.pop("media_message", UNSET)
        media_message: MediaMessage | Unset
        if isinstance(_media_message, Unset):
            media_message = UNSET
        else:
            media_message = MediaMessage.from_dict(_media_message)

        _reply_to = d.pop("reply_to", UNSET)
        reply_to: ReplyTo | Unset
        if isinstance(_reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = ReplyTo.from_dict(_reply_to)

        _text_message = d.pop("text_message", UNSET)
        text_message: TextMessage | Unset
        if isinstance(_text_message, Unset):
            text_message = UNSET
        else:
            text_message = TextMessage.from_dict(_text_message)

        contact_message = cls(
            choice_response_message=choice_response_message,
            fallback_message=fallback_message,
            location_message=location_message,
            media_card_message=media_card_message,
            media_message=media_message,
            reply_to=reply_to,
            text_message=text_message,
        )
        contact_message.additional_properties = d
        return contact_message

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
