from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.choice import Choice
    from ..models.choice_message_message_properties import (
        ChoiceMessageMessageProperties,
    )
    from ..models.text_message import TextMessage


T = TypeVar("T", bound="ChoiceMessage")


@_attrs_define(repr=False)
class ChoiceMessage:
    """Message containing choices/actions."""

    choices: list[Choice]
    """ The number of choices is limited to 3. """
    text_message: TextMessage | Unset = UNSET
    """ Message containing only text """
    message_properties: ChoiceMessageMessageProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("choices", False),
                ("text_message", False),
                ("message_properties", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        text_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_message, Unset):
            text_message = self.text_message.to_dict()

        message_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_properties, Unset):
            message_properties = self.message_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
            }
        )
        if text_message is not UNSET:
            field_dict["text_message"] = text_message
        if message_properties is not UNSET:
            field_dict["message_properties"] = message_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.choice import Choice
        from ..models.choice_message_message_properties import (
            ChoiceMessageMessageProperties,
        )
        from ..models.text_message import TextMessage

        d = dict(src_dict)
        try:
            choices = []
            _choices = d.pop("choices")
            for choices_item_data in _choices:
                choices_item = Choice.from_dict(choices_item_data)

                choices.append(choices_item)

            _text_message = d.pop("text_message", UNSET)
            text_message: TextMessage | Unset
            if isinstance(_text_message, Unset):
                text_message = UNSET
            else:
                text_message = TextMessage.from_dict(_text_message)

            _message_properties = d.pop("message_properties", UNSET)
            message_properties: ChoiceMessageMessageProperties | Unset
            if isinstance(_message_properties, Unset):
                message_properties = UNSET
            else:
                message_properties = ChoiceMessageMessageProperties.from_dict(_message_properties)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        choice_message = cls(
            choices=choices,
            text_message=text_message,
            message_properties=message_properties,
        )
        choice_message.additional_properties = d
        return choice_message

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
