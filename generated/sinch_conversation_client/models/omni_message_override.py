from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.card_message import CardMessage
    from ..models.carousel_message import CarouselMessage
    from ..models.choice_message import ChoiceMessage
    from ..models.contact_info_message import ContactInfoMessage
    from ..models.list_message import ListMessage
    from ..models.location_message import LocationMessage
    from ..models.media_message import MediaMessage
    from ..models.template_reference import TemplateReference
    from ..models.text_message import TextMessage


T = TypeVar("T", bound="OmniMessageOverride")


@_attrs_define(repr=False)
class OmniMessageOverride:
    """The content sent instead on one channel; one kind per entry."""

    text_message: TextMessage | Unset = UNSET
    """ Message containing only text """
    media_message: MediaMessage | Unset = UNSET
    """ Message containing media """
    template_reference: TemplateReference | Unset = UNSET
    """ The referenced template can be an omnichannel template stored in Conversation API Template Store as
    AppMessage or it can reference external channel-specific template such as WhatsApp Business Template.
     """
    choice_message: ChoiceMessage | Unset = UNSET
    """ Message containing choices/actions. """
    card_message: CardMessage | Unset = UNSET
    """ Message containing text, media and choices. """
    carousel_message: CarouselMessage | Unset = UNSET
    """ Message containing a list of cards often rendered horizontally on supported channels. Supported types for
    media are only images, e.g. .png, .jpg, .jpeg extensions.
     """
    location_message: LocationMessage | Unset = UNSET
    """ Message with geo location """
    contact_info_message: ContactInfoMessage | Unset = UNSET
    """ A contact card. """
    list_message: ListMessage | Unset = UNSET
    """ A message with sections of choices or products. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("text_message", False),
                ("media_message", False),
                ("template_reference", False),
                ("choice_message", False),
                ("card_message", False),
                ("carousel_message", False),
                ("location_message", False),
                ("contact_info_message", False),
                ("list_message", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        text_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_message, Unset):
            text_message = self.text_message.to_dict()

        media_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_message, Unset):
            media_message = self.media_message.to_dict()

        template_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_reference, Unset):
            template_reference = self.template_reference.to_dict()

        choice_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.choice_message, Unset):
            choice_message = self.choice_message.to_dict()

        card_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_message, Unset):
            card_message = self.card_message.to_dict()

        carousel_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carousel_message, Unset):
            carousel_message = self.carousel_message.to_dict()

        location_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_message, Unset):
            location_message = self.location_message.to_dict()

        contact_info_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_info_message, Unset):
            contact_info_message = self.contact_info_message.to_dict()

        list_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_message, Unset):
            list_message = self.list_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_message is not UNSET:
            field_dict["text_message"] = text_message
        if media_message is not UNSET:
            field_dict["media_message"] = media_message
        if template_reference is not UNSET:
            field_dict["template_reference"] = template_reference
        if choice_message is not UNSET:
            field_dict["choice_message"] = choice_message
        if card_message is not UNSET:
            field_dict["card_message"] = card_message
        if carousel_message is not UNSET:
            field_dict["carousel_message"] = carousel_message
        if location_message is not UNSET:
            field_dict["location_message"] = location_message
        if contact_info_message is not UNSET:
            field_dict["contact_info_message"] = contact_info_message
        if list_message is not UNSET:
            field_dict["list_message"] = list_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.card_message import CardMessage
        from ..models.carousel_message import CarouselMessage
        from ..models.choice_message import ChoiceMessage
        from ..models.contact_info_message import ContactInfoMessage
        from ..models.list_message import ListMessage
        from ..models.location_message import LocationMessage
        from ..models.media_message import MediaMessage
        from ..models.template_reference import TemplateReference
        from ..models.text_message import TextMessage

        d = dict(src_dict)
        _text_message = d.pop("text_message", UNSET)
        text_message: TextMessage | Unset
        if isinstance(_text_message, Unset):
            text_message = UNSET
        else:
            text_message = TextMessage.from_dict(_text_message)

        _media_message = d.pop("media_message", UNSET)
        media_message: MediaMessage | Unset
        if isinstance(_media_message, Unset):
            media_message = UNSET
        else:
            media_message = MediaMessage.from_dict(_media_message)

        _template_reference = d.pop("template_reference", UNSET)
        template_reference: TemplateReference | Unset
        if isinstance(_template_reference, Unset):
            template_reference = UNSET
        else:
            template_reference = TemplateReference.from_dict(_template_reference)

        _choice_message = d.pop("choice_message", UNSET)
        choice_message: ChoiceMessage | Unset
        if isinstance(_choice_message, Unset):
            choice_message = UNSET
        else:
            choice_message = ChoiceMessage.from_dict(_choice_message)

        _card_message = d.pop("card_message", UNSET)
        card_message: CardMessage | Unset
        if isinstance(_card_message, Unset):
            card_message = UNSET
        else:
            card_message = CardMessage.from_dict(_card_message)

        _carousel_message = d.pop("carousel_message", UNSET)
        carousel_message: CarouselMessage | Unset
        if isinstance(_carousel_message, Unset):
            carousel_message = UNSET
        else:
            carousel_message = CarouselMessage.from_dict(_carousel_message)

        _location_message = d.pop("location_message", UNSET)
        location_message: LocationMessage | Unset
        if isinstance(_location_message, Unset):
            location_message = UNSET
        else:
            location_message = LocationMessage.from_dict(_location_message)

        _contact_info_message = d.pop("contact_info_message", UNSET)
        contact_info_message: ContactInfoMessage | Unset
        if isinstance(_contact_info_message, Unset):
            contact_info_message = UNSET
        else:
            contact_info_message = ContactInfoMessage.from_dict(_contact_info_message)

        _list_message = d.pop("list_message", UNSET)
        list_message: ListMessage | Unset
        if isinstance(_list_message, Unset):
            list_message = UNSET
        else:
            list_message = ListMessage.from_dict(_list_message)

        omni_message_override = cls(
            text_message=text_message,
            media_message=media_message,
            template_reference=template_reference,
            choice_message=choice_message,
            card_message=card_message,
            carousel_message=carousel_message,
            location_message=location_message,
            contact_info_message=contact_info_message,
            list_message=list_message,
        )
        omni_message_override.additional_properties = d
        return omni_message_override

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
