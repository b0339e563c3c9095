from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_merge_strategy import ConversationMergeStrategy
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="MergeContactRequest")


@_attrs_define(repr=False)
class MergeContactRequest:
    source_id: str
    """ Required. The ID of the contact that should be removed. """
    destination_id: str | Unset = UNSET
    """ Required. The ID of the contact that should be kept. """
    strategy: ConversationMergeStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("source_id", False),
                ("destination_id", False),
                ("strategy", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        destination_id = self.destination_id

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_id": source_id,
            }
        )
        if destination_id is not UNSET:
            field_dict["destination_id"] = destination_id
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            source_id = d.pop("source_id")

            destination_id = d.pop("destination_id", UNSET)

            _strategy = d.pop("strategy", UNSET)
            strategy: ConversationMergeStrategy | Unset
            if isinstance(_strategy, Unset):
                strategy = UNSET
            else:
                strategy = ConversationMergeStrategy(_strategy)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        merge_contact_request = cls(
            source_id=source_id,
            destination_id=destination_id,
            strategy=strategy,
        )
        merge_contact_request.additional_properties = d
        return merge_contact_request

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
