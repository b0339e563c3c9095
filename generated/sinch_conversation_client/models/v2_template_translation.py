from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.card_message import CardMessage
    from ..models.carousel_message import CarouselMessage
    from ..models.channel_template_override import ChannelTemplateOverride
    from ..models.choice_message import ChoiceMessage
    from ..models.contact_info_message import ContactInfoMessage
    from ..models.list_message import ListMessage
    from ..models.location_message import LocationMessage
    from ..models.media_message import MediaMessage
    from ..models.template_message import TemplateMessage
    from ..models.template_variable import TemplateVariable
    from ..models.text_message import TextMessage


T = TypeVar("T", bound="V2TemplateTranslation")


@_attrs_define(repr=False)
class V2TemplateTranslation:
    """One language version of a v2 template; its message is one of the message kinds."""

    language_code: str
    """ BCP-47 language code, such as "en-US". """
    version: str | Unset = UNSET
    channel_template_overrides: ChannelTemplateOverride | Unset = UNSET
    """ Channel-specific templates by channel. """
    variables: list[TemplateVariable] = _attrs_field(factory=AbsentList)
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    card_message: CardMessage | Unset = UNSET
    """ Message containing text, media and choices. """
    carousel_message: CarouselMessage | Unset = UNSET
    """ Message containing a list of cards often rendered horizontally on supported channels. Supported types for
    media are only images, e.g. .png, .jpg, .jpeg extensions.
     """
    choice_message: ChoiceMessage | Unset = UNSET
    """ Message containing choices/actions. """
    contact_info_message: ContactInfoMessage | Unset = UNSET
    """ A contact card. """
    list_message: ListMessage | Unset = UNSET
    """ A message with sections of choices or products. """
    location_message: LocationMessage | Unset = UNSET
    """ Message with geo location """
    media_message: MediaMessage | Unset = UNSET
    """ Message containing media """
    template_message: TemplateMessage | Unset = UNSET
    """ Message referring to predefined template """
    text_message: TextMessage | Unset = UNSET
    """ Message containing only text """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("language_code", False),
                ("version", False),
                ("channel_template_overrides", False),
                ("variables", False),
                ("create_time", False),
                ("update_time", False),
                ("card_message", False),
                ("carousel_message", False),
                ("choice_message", False),
                ("contact_info_message", False),
                ("list_message", False),
                ("location_message", False),
                ("media_message", False),
                ("template_message", False),
                ("text_message", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        language_code = self.language_code

        version = self.version

        channel_template_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_template_overrides, Unset):
            channel_template_overrides = self.channel_template_overrides.to_dict()

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat().replace("+00:00", "Z")

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat().replace("+00:00", "Z")

        card_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_message, Unset):
            card_message = self.card_message.to_dict()

        carousel_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carousel_message, Unset):
            carousel_message = self.carousel_message.to_dict()

        choice_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.choice_message, Unset):
            choice_message = self.choice_message.to_dict()

        contact_info_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_info_message, Unset):
            contact_info_message = self.contact_info_message.to_dict()

        list_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_message, Unset):
            list_message = self.list_message.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language_code": language_code,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if channel_template_overrides is not UNSET:
            field_dict["channel_template_overrides"] = channel_template_overrides
        if variables is not UNSET and not is_absent(self.variables):
            field_dict["variables"] = variables
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if card_message is not UNSET:
            field_dict["card_message"] = card_message
        if carousel_message is not UNSET:
            field_dict["carousel_message"] = carousel_message
        if choice_message is not UNSET:
            field_dict["choice_message"] = choice_message
        if contact_info_message is not UNSET:
            field_dict["contact_info_message"] = contact_info_message
        if list_message is not UNSET:
            field_dict["list_message"] = list_message
        if location_message is not UNSET:
            field_dict["location_message"] = location_message
        if media_message is not UNSET:
            field_dict["media_message"] = media_message
        if template_message is not UNSET:
            field_dict["template_message"] = template_message
        if text_message is not UNSET:
            field_dict["text_message"] = text_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.card_message import CardMessage
        from ..models.carousel_message import CarouselMessage
        from ..models.channel_template_override import ChannelTemplateOverride
        from ..models.choice_message import ChoiceMessage
        from ..models.contact_info_message import ContactInfoMessage
        from ..models.list_message import ListMessage
        from ..models.location_message import LocationMessage
        from ..models.media_message import MediaMessage
        from ..models.template_message import TemplateMessage
        from ..models.template_variable import TemplateVariable
        from ..models.text_message import TextMessage

        d = dict(src_dict)
        try:
            language_code = d.pop("language_code")

            version = d.pop("version", UNSET)

            _channel_template_overrides = d.pop("channel_template_overrides", UNSET)
            channel_template_overrides: ChannelTemplateOverride | Unset
            if isinstance(_channel_template_overrides, Unset):
                channel_template_overrides = UNSET
            else:
                channel_template_overrides = ChannelTemplateOverride.from_dict(
                    _channel_template_overrides
                )

            _variables = d.pop("variables", UNSET)
            variables: list[TemplateVariable] | Unset = UNSET
            if _variables is not UNSET:
                variables = []
                for variables_item_data in _variables:
                    variables_item = TemplateVariable.from_dict(variables_item_data)

                    variables.append(variables_item)

            _create_time = d.pop("create_time", UNSET)
            create_time: datetime.datetime | Unset
            if isinstance(_create_time, Unset):
                create_time = UNSET
            else:
                create_time = datetime.datetime.fromisoformat(_create_time)

            _update_time = d.pop("update_time", UNSET)
            update_time: datetime.datetime | Unset
            if isinstance(_update_time, Unset):
                update_time = UNSET
            else:
                update_time = datetime.datetime.fromisoformat(_update_time)

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

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        v2_template_translation = cls(
            language_code=language_code,
            version=version,
            channel_template_overrides=channel_template_overrides,
            variables=AbsentList() if isinstance(variables, Unset) else variables,
            create_time=create_time,
            update_time=update_time,
            card_message=card_message,
            carousel_message=carousel_message,
            choice_message=choice_message,
            contact_info_message=contact_info_message,
            list_message=list_message,
            location_message=location_message,
            media_message=media_message,
            template_message=template_message,
            text_message=text_message,
        )
        v2_template_translation.additional_properties = d
        return v2_template_translation

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
