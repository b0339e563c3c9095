from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_height import CardHeight
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.card_message_message_properties import CardMessageMessageProperties
    from ..models.choice import Choice
    from ..models.media_message import MediaMessage


T = TypeVar("T", bound="CardMessage")


@_attrs_define(repr=False)
class CardMessage:
    """Message containing text, media and choices."""

    choices: list[Choice] = _attrs_field(factory=AbsentList)
    """ Optional. The number of choices is limited to 3. """
    description: str | Unset = UNSET
    """ Optional. """
    height: CardHeight | Unset = UNSET
    """ Card height """
    media_message: MediaMessage | Unset = UNSET
    """ Message containing media """
    title: str | Unset = UNSET
    """ Required. """
    message_properties: CardMessageMessageProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("choices", False),
                ("description", False),
                ("height", False),
                ("media_message", False),
                ("title", False),
                ("message_properties", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        description = self.description

        height: str | Unset = UNSET
        if not isinstance(self.height, Unset):
            height = self.height.value

        media_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_message, Unset):
            media_message = self.media_message.to_dict()

        title = self.title

        message_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_properties, Unset):
            message_properties = self.message_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if choices is not UNSET and not is_absent(self.choices):
            field_dict["choices"] = choices
        if description is not UNSET:
            field_dict["description"] = description
        if height is not UNSET:
            field_dict["height"] = height
        if media_message is not UNSET:
            field_dict["media_message"] = media_message
        if title is not UNSET:
            field_dict["title"] = title
        if message_properties is not UNSET:
            field_dict["message_properties"] = message_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.card_message_message_properties import (
            CardMessageMessageProperties,
        )
        from ..models.choice import Choice
        from ..models.media_message import MediaMessage

        d = dict(src_dict)
        _choices = d.pop("choices", UNSET)
        choices: list[Choice] | Unset = UNSET
        if _choices is not UNSET:
            choices = []
            for choices_item_data in _choices:
                choices_item = Choice.from_dict(choices_item_data)

                choices.append(choices_item)

        description = d.pop("description", UNSET)

        _height = d.pop("height", UNSET)
        height: CardHeight | Unset
        if isinstance(_height, Unset):
            height = UNSET
        else:
            height = CardHeight(_height)

        _media_message = d.pop("media_message", UNSET)
        media_message: MediaMessage | Unset
        if isinstance(_media_message, Unset):
            media_message = UNSET
        else:
            media_message = MediaMessage.from_dict(_media_message)

        title = d.pop("title", UNSET)

        _message_properties = d.pop("message_properties", UNSET)
        message_properties: CardMessageMessageProperties | Unset
        if isinstance(_message_properties, Unset):
            message_properties = UNSET
        else:
            message_properties = CardMessageMessageProperties.from_dict(_message_properties)

        card_message = cls(
            choices=AbsentList() if isinstance(choices, Unset) else choices,
            description=description,
            height=height,
            media_message=media_message,
            title=title,
            message_properties=message_properties,
        )
        card_message.additional_properties = d
        return card_message

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
