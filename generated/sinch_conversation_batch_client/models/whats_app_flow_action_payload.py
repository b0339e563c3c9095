from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.whats_app_flow_action_payload_data import (
        WhatsAppFlowActionPayloadData,
    )


T = TypeVar("T", bound="WhatsAppFlowActionPayload")


@_attrs_define(repr=False)
class WhatsAppFlowActionPayload:
    screen: str | Unset = UNSET
    data: WhatsAppFlowActionPayloadData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("screen", False),
                ("data", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        screen = self.screen

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if screen is not UNSET:
            field_dict["screen"] = screen
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.whats_app_flow_action_payload_data import (
            WhatsAppFlowActionPayloadData,
        )

        d = dict(src_dict)
        screen = d.pop("screen", UNSET)

        _data = d.pop("data", UNSET)
        data: WhatsAppFlowActionPayloadData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WhatsAppFlowActionPayloadData.from_dict(_data)

        whats_app_flow_action_payload = cls(
            screen=screen,
            data=data,
        )
        whats_app_flow_action_payload.additional_properties = d
        return whats_app_flow_action_payload

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
