from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="QueueStats")


@_attrs_define(repr=False)
class QueueStats:
    """The app's outbound (MT) queue, as reported by the API."""

    outbound_size: int | Unset = UNSET
    outbound_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("outbound_size", False),
                ("outbound_limit", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        outbound_size = self.outbound_size

        outbound_limit = self.outbound_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outbound_size is not UNSET:
            field_dict["outbound_size"] = outbound_size
        if outbound_limit is not UNSET:
            field_dict["outbound_limit"] = outbound_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outbound_size = d.pop("outbound_size", UNSET)

        outbound_limit = d.pop("outbound_limit", UNSET)

        queue_stats = cls(
            outbound_size=outbound_size,
            outbound_limit=outbound_limit,
        )
        queue_stats.additional_properties = d
        return queue_stats

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
