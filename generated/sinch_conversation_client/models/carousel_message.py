from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.card_message import CardMessage
    from ..models.choice import Choice


T = TypeVar("T", bound="CarouselMessage")


@_attrs_define(repr=False)
class CarouselMessage:
    """Message containing a list of cards often rendered horizontally on supported channels. Supported types for media are
    only images, e.g. .png, .jpg, .jpeg extensions.

    """

    cards: list[CardMessage]
    """ A list of up to 10 cards. """
    choices: list[Choice] = _attrs_field(factory=AbsentList)
    """ Optional. Outer choices on the carousel level. The number of outer choices is limited to 3.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("cards", False),
                ("choices", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        cards = []
        for cards_item_data in self.cards:
            cards_item = cards_item_data.to_dict()
            cards.append(cards_item)

        choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cards": cards,
            }
        )
        if choices is not UNSET and not is_absent(self.choices):
            field_dict["choices"] = choices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.card_message import CardMessage
        from ..models.choice import Choice

        d = dict(src_dict)
        try:
            cards = []
            _cards = d.pop("cards")
            for cards_item_data in _cards:
                cards_item = CardMessage.from_dict(cards_item_data)

                cards.append(cards_item)

            _choices = d.pop("choices", UNSET)
            choices: list[Choice] | Unset = UNSET
            if _choices is not UNSET:
                choices = []
                for choices_item_data in _choices:
                    choices_item = Choice.from_dict(choices_item_data)

                    choices.append(choices_item)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        carousel_message = cls(
            cards=cards,
            choices=AbsentList() if isinstance(choices, Unset) else choices,
        )
        carousel_message.additional_properties = d
        return carousel_message

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
