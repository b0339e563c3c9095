from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.reaction_event_action import ReactionEventAction
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ReactionEvent")


@_attrs_define(repr=False)
class ReactionEvent:
    """A contact reacted (or stopped reacting) to a message with an emoji."""

    emoji: str
    action: ReactionEventAction
    message_id: str
    """ The message reacted to. """
    reaction_category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("emoji", False),
                ("action", False),
                ("message_id", False),
                ("reaction_category", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        emoji = self.emoji

        action = self.action.value

        message_id = self.message_id

        reaction_category = self.reaction_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emoji": emoji,
                "action": action,
                "message_id": message_id,
            }
        )
        if reaction_category is not UNSET:
            field_dict["reaction_category"] = reaction_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            emoji = d.pop("emoji")

            action = ReactionEventAction(d.pop("action"))

            message_id = d.pop("message_id")

            reaction_category = d.pop("reaction_category", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        reaction_event = cls(
            emoji=emoji,
            action=action,
            message_id=message_id,
            reaction_category=reaction_category,
        )
        reaction_event.additional_properties = d
        return reaction_event

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
