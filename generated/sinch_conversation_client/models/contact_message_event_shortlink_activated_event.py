from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContactMessageEventShortlinkActivatedEvent")


@_attrs_define(repr=False)
class ContactMessageEventShortlinkActivatedEvent:
    payload: str | Unset = UNSET
    title: str | Unset = UNSET
    ref: str | Unset = UNSET
    source: str | Unset = UNSET
    type_: str | Unset = UNSET
    existing_thread: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("payload", False),
                ("title", False),
                ("ref", False),
                ("source", False),
                ("type_", False),
                ("existing_thread", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        title = self.title

        ref = self.ref

        source = self.source

        type_ = self.type_

        existing_thread = self.existing_thread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload
        if title is not UNSET:
            field_dict["title"] = title
        if ref is not UNSET:
            field_dict["ref"] = ref
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if existing_thread is not UNSET:
            field_dict["existing_thread"] = existing_thread

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payload = d.pop("payload", UNSET)

        title = d.pop("title", UNSET)

        ref = d.pop("ref", UNSET)

        source = d.pop("source", UNSET)

        type_ = d.pop("type", UNSET)

        existing_thread = d.pop("existing_thread", UNSET)

        contact_message_event_shortlink_activated_event = cls(
            payload=payload,
            title=title,
            ref=ref,
            source=source,
            type_=type_,
            existing_thread=existing_thread,
        )
        contact_message_event_shortlink_activated_event.additional_properties = d
        return contact_message_event_shortlink_activated_event

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
