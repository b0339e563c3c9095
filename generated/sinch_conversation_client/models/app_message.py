from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.agent import Agent
    from ..models.app_message_channel_specific_message import (
        AppMessageChannelSpecificMessage,
    )
    from ..models.app_message_explicit_channel_message import (
        AppMessageExplicitChannelMessage,
    )
    from ..models.app_message_explicit_channel_omni_message import (
        AppMessageExplicitChannelOmniMessage,
    )
    from ..models.card_message import CardMessage
    from ..models.carousel_message import CarouselMessage
    from ..models.choice_message import ChoiceMessage
    from ..models.contact_info_message import ContactInfoMessage
    from ..models.list_message import ListMessage
    from ..models.location_message import LocationMessage
    from ..models.media_message import MediaMessage
    from ..models.template_message import TemplateMessage
    from ..models.text_message import TextMessage


T = TypeVar("T", bound="AppMessage")


@_attrs_define(repr=False)
class AppMessage:
    """A message originating from a Conversation API app: exactly one of card_message, carousel_message, choice_message,
    location_message, media_message, template_message, text_message, list_message or contact_info_message, plus optional
    channel overrides.

    """

    card_message: CardMessage | Unset = UNSET
    """ Message containing text, media and choices. """
    carousel_message: CarouselMessage | Unset = UNSET
    """ Message containing a list of cards often rendered horizontally on supported channels. Supported types for
    media are only images, e.g. .png, .jpg, .jpeg extensions.
     """
    choice_message: ChoiceMessage | Unset = UNSET
    """ Message containing choices/actions. """
    explicit_channel_message: AppMessageExplicitChannelMessage | Unset = UNSET
    """ Optional. Channel specific messages, overriding any transcoding. The key in the map must point to a valid
    conversation channel as defined by the enum ConversationChannel.
     """
    location_message: LocationMessage | Unset = UNSET
    """ Message with geo location """
    media_message: MediaMessage | Unset = UNSET
    """ Message containing media """
    template_message: TemplateMessage | Unset = UNSET
    """ Message referring to predefined template """
    text_message: TextMessage | Unset = UNSET
    """ Message containing only text """
    list_message: ListMessage | Unset = UNSET
    """ A message with sections of choices or products. """
    contact_info_message: ContactInfoMessage | Unset = UNSET
    """ A contact card. """
    explicit_channel_omni_message: AppMessageExplicitChannelOmniMessage | Unset = UNSET
    """ Overrides the message's content for specified channels; keys are ConversationChannel values. """
    channel_specific_message: AppMessageChannelSpecificMessage | Unset = UNSET
    """ Channel specific messages overriding any transcoding; keys are ConversationChannel values. """
    agent: Agent | Unset = UNSET
    """ The agent (person or bot) a message or event is attributed to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("card_message", False),
                ("carousel_message", False),
                ("choice_message", False),
                ("explicit_channel_message", False),
                ("location_message", False),
                ("media_message", False),
                ("template_message", False),
                ("text_message", False),
                ("list_message", False),
                ("contact_info_message", False),
                ("explicit_channel_omni_message", False),
                ("channel_specific_message", False),
                ("agent", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        card_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_message, Unset):
            card_message = self.card_message.to_dict()

        carousel_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carousel_message, Unset):
            carousel_message = self.carousel_message.to_dict()

        choice_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.choice_message, Unset):
            choice_message = self.choice_message.to_dict()

        explicit_channel_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.explicit_channel_message, Unset):
            explicit_channel_message = self.explicit_channel_message.to_dict()

        location_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_message, Unset):
            location_message = self.location_message.to_dict()

        media_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_message, Unset):
            media_message = self.media_message.to_dict()

        template_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_message, Unset):
            template_message = self.template_message.to_dict()

        text_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_message, Unset):
            text_message = self.text_message.to_dict()

        list_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_message, Unset):
            list_message = self.list_message.to_dict()

        contact_info_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_info_message, Unset):
            contact_info_message = self.contact_info_message.to_dict()

        explicit_channel_omni_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.explicit_channel_omni_message, Unset):
            explicit_channel_omni_message = self.explicit_channel_omni_message.to_dict()

        channel_specific_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_specific_message, Unset):
            channel_specific_message = self.channel_specific_message.to_dict()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_message is not UNSET:
            field_dict["card_message"] = card_message
        if carousel_message is not UNSET:
            field_dict["carousel_message"] = carousel_message
        if choice_message is not UNSET:
            field_dict["choice_message"] = choice_message
        if explicit_channel_message is not UNSET:
            field_dict["explicit_channel_message"] = explicit_channel_message
        if location_message is not UNSET:
            field_dict["location_message"] = location_message
        if media_message is not UNSET:
            field_dict["media_message"] = media_message
        if template_message is not UNSET:
            field_dict["template_message"] = template_message
        if text_message is not UNSET:
            field_dict["text_message"] = text_message
        if list_message is not UNSET:
            field_dict["list_message"] = list_message
        if contact_info_message is not UNSET:
            field_dict["contact_info_message"] = contact_info_message
        if explicit_channel_omni_message is not UNSET:
            field_dict["explicit_channel_omni_message"] = explicit_channel_omni_message
        if channel_specific_message is not UNSET:
            field_dict["channel_specific_message"] = channel_specific_message
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent import Agent
        from ..models.app_message_channel_specific_message import (
            AppMessageChannelSpecificMessage,
        )
        from ..models.app_message_explicit_channel_message import (
            AppMessageExplicitChannelMessage,
        )
        from ..models.app_message_explicit_channel_omni_message import (
            AppMessageExplicitChannelOmniMessage,
        )
        from ..models.card_message import CardMessage
        from ..models.carousel_message import CarouselMessage
        from ..models.choice_message import ChoiceMessage
        from ..models.contact_info_message import ContactInfoMessage
        from ..models.list_message import ListMessage
        from ..models.location_message import LocationMessage
        from ..models.media_message import MediaMessage
        from ..models.template_message import TemplateMessage
        from ..models.text_message import TextMessage

        d = dict(src_dict)
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

        _choice_message = d.pop("choice_message", UNSET)
        choice_message: ChoiceMessage | Unset
        if isinstance(_choice_message, Unset):
            choice_message = UNSET
        else:
            choice_message = ChoiceMessage.from_dict(_choice_message)

        _explicit_channel_message = d.pop("explicit_channel_message", UNSET)
        explicit_channel_message: AppMessageExplicitChannelMessage | Unset
        if isinstance(_explicit_channel_message, Unset):
            explicit_channel_message = UNSET
        else:
            explicit_channel_message = AppMessageExplicitChannelMessage.from_dict(
                _explicit_channel_message
            )

        _location_message = d.pop("location_message", UNSET)
        location_message: LocationMessage | Unset
        if isinstance(_location_message, Unset):
            location_message = UNSET
        else:
            location_message = LocationMessage.from_dict(_location_message)

        _media_message = d.pop("media_message", UNSET)
        media_message: MediaMessage | Unset
        if isinstance(_media_message, Unset):
            media_message = UNSET
        else:
            media_message = MediaMessage.from_dict(_media_message)

        _template_message = d.pop("template_message", UNSET)
        template_message: TemplateMessage | Unset
        if isinstance(_template_message, Unset):
            template_message = UNSET
        else:
            template_message = TemplateMessage.from_dict(_template_message)

        _text_message = d.pop("text_message", UNSET)
        text_message: TextMessage | Unset
        if isinstance(_text_message, Unset):
            text_message = UNSET
        else:
            text_message = TextMessage.from_dict(_text_message)

        _list_message = d.pop("list_message", UNSET)
        list_message: ListMessage | Unset
        if isinstance(_list_message, Unset):
            list_message = UNSET
        else:
            list_message = ListMessage.from_dict(_list_message)

        _contact_info_message = d.pop("contact_info_message", UNSET)
        contact_info_message: ContactInfoMessage | Unset
        if isinstance(_contact_info_message, Unset):
            contact_info_message = UNSET
        else:
            contact_info_message = ContactInfoMessage.from_dict(_contact_info_message)

        _explicit_channel_omni_message = d.pop("explicit_channel_omni_message", UNSET)
        explicit_channel_omni_message: AppMessageExplicitChannelOmniMessage | Unset
        if isinstance(_explicit_channel_omni_message, Unset):
            explicit_channel_omni_message = UNSET
        else:
            explicit_channel_omni_message = AppMessageExplicitChannelOmniMessage.from_dict(
                _explicit_channel_omni_message
            )

        _channel_specific_message = d.pop("channel_specific_message", UNSET)
        channel_specific_message: AppMessageChannelSpecificMessage | Unset
        if isinstance(_channel_specific_message, Unset):
            channel_specific_message = UNSET
        else:
            channel_specific_message = AppMessageChannelSpecificMessage.from_dict(
                _channel_specific_message
            )

        _agent = d.pop("agent", UNSET)
        agent: Agent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = Agent.from_dict(_agent)

        app_message = cls(
            card_message=card_message,
            carousel_message=carousel_message,
            choice_message=choice_message,
            explicit_channel_message=explicit_channel_message,
            location_message=location_message,
            media_message=media_message,
            template_message=template_message,
            text_message=text_message,
            list_message=list_message,
            contact_info_message=contact_info_message,
            explicit_channel_omni_message=explicit_channel_omni_message,
            channel_specific_message=channel_specific_message,
            agent=agent,
        )
        app_message.additional_properties = d
        return app_message

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
