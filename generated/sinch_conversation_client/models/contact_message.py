from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.channel_specific_contact_message import ChannelSpecificContactMessage
    from ..models.choice_response_message import ChoiceResponseMessage
    from ..models.fallback_message import FallbackMessage
    from ..models.location_message import LocationMessage
    from ..models.media_card_message import MediaCardMessage
    from ..models.media_message import MediaMessage
    from ..models.product_response_message import ProductResponseMessage
    from ..models.reply_to import ReplyTo
    from ..models.text_message import TextMessage


T = TypeVar("T", bound="ContactMessage")


@_attrs_define(repr=False)
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
    reply_to: None | ReplyTo | Unset = UNSET
    text_message: TextMessage | Unset = UNSET
    """ Message containing only text """
    product_response_message: ProductResponseMessage | Unset = UNSET
    """ The products a contact selected, with an optional text and catalog. """
    channel_specific_message: ChannelSpecificContactMessage | Unset = UNSET
    """ A channel-specific message sent by a contact (WhatsApp nfm_reply). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("choice_response_message", False),
                ("fallback_message", False),
                ("location_message", False),
                ("media_card_message", False),
                ("media_message", False),
                ("reply_to", False),
                ("text_message", False),
                ("product_response_message", False),
                ("channel_specific_message", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.reply_to import ReplyTo

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

        reply_to: dict[str, Any] | None | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        elif isinstance(self.reply_to, ReplyTo):
            reply_to = self.reply_to.to_dict()
        else:
            reply_to = self.reply_to

        text_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_message, Unset):
            text_message = self.text_message.to_dict()

        product_response_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_response_message, Unset):
            product_response_message = self.product_response_message.to_dict()

        channel_specific_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_specific_message, Unset):
            channel_specific_message = self.channel_specific_message.to_dict()

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
        if product_response_message is not UNSET:
            field_dict["product_response_message"] = product_response_message
        if channel_specific_message is not UNSET:
            field_dict["channel_specific_message"] = channel_specific_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_specific_contact_message import (
            ChannelSpecificContactMessage,
        )
        from ..models.choice_response_message import ChoiceResponseMessage
        from ..models.fallback_message import FallbackMessage
        from ..models.location_message import LocationMessage
        from ..models.media_card_message import MediaCardMessage
        from ..models.media_message import MediaMessage
        from ..models.product_response_message import ProductResponseMessage
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

        def _parse_reply_to(data: object) -> None | ReplyTo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reply_to_type_1 = ReplyTo.from_dict(data)

                return reply_to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReplyTo | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        _text_message = d.pop("text_message", UNSET)
        text_message: TextMessage | Unset
        if isinstance(_text_message, Unset):
            text_message = UNSET
        else:
            text_message = TextMessage.from_dict(_text_message)

        _product_response_message = d.pop("product_response_message", UNSET)
        product_response_message: ProductResponseMessage | Unset
        if isinstance(_product_response_message, Unset):
            product_response_message = UNSET
        else:
            product_response_message = ProductResponseMessage.from_dict(_product_response_message)

        _channel_specific_message = d.pop("channel_specific_message", UNSET)
        channel_specific_message: ChannelSpecificContactMessage | Unset
        if isinstance(_channel_specific_message, Unset):
            channel_specific_message = UNSET
        else:
            channel_specific_message = ChannelSpecificContactMessage.from_dict(
                _channel_specific_message
            )

        contact_message = cls(
            choice_response_message=choice_response_message,
            fallback_message=fallback_message,
            location_message=location_message,
            media_card_message=media_card_message,
            media_message=media_message,
            reply_to=reply_to,
            text_message=text_message,
            product_response_message=product_response_message,
            channel_specific_message=channel_specific_message,
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
