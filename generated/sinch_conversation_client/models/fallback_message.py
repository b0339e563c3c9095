from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.reason import Reason


T = TypeVar("T", bound="FallbackMessage")


@_attrs_define(repr=False)
class FallbackMessage:
    """Fallback message, appears when original contact message can not be handled"""

    raw_message: str | Unset = UNSET
    """ Optional. The raw fallback message if provided by the channel. """
    reason: Reason | Unset = UNSET
    """ Reason """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("raw_message", False),
                ("reason", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        raw_message = self.raw_message

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raw_message is not UNSET:
            field_dict["raw_message"] = raw_message
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reason import Reason

        d = dict(src_dict)
        raw_message = d.pop("raw_message", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: Reason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = Reason.from_dict(_reason)

        fallback_message = cls(
            raw_message=raw_message,
            reason=reason,
        )
        fallback_message.additional_properties = d
        return fallback_message

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
