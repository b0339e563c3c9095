from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

T = TypeVar("T", bound="IdentityConflict")


@_attrs_define(repr=False)
class IdentityConflict:
    """One channel identity claimed by more than one contact."""

    identity: str | Unset = UNSET
    """ The channel identity in conflict. """
    channels: list[ConversationChannel] = _attrs_field(factory=AbsentList)
    """ The channels on which the identity is claimed. """
    contact_ids: list[str] = _attrs_field(factory=AbsentList)
    """ The contacts claiming the identity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("identity", False),
                ("channels", False),
                ("contact_ids", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        identity = self.identity

        channels: list[str] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.value
                channels.append(channels_item)

        contact_ids: list[str] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity is not UNSET:
            field_dict["identity"] = identity
        if channels is not UNSET and not is_absent(self.channels):
            field_dict["channels"] = channels
        if contact_ids is not UNSET and not is_absent(self.contact_ids):
            field_dict["contact_ids"] = contact_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identity = d.pop("identity", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: list[ConversationChannel] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = ConversationChannel(channels_item_data)

                channels.append(channels_item)

        contact_ids = cast(list[str], d.pop("contact_ids", UNSET))

        identity_conflict = cls(
            identity=identity,
            channels=AbsentList() if isinstance(channels, Unset) else channels,
            contact_ids=AbsentList() if isinstance(contact_ids, Unset) else contact_ids,
        )
        identity_conflict.additional_properties = d
        return identity_conflict

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
