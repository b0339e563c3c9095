from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.duplicated_identities import DuplicatedIdentities


T = TypeVar("T", bound="DuplicatedContactIdentitiesNotification")


@_attrs_define(repr=False)
class DuplicatedContactIdentitiesNotification:
    """Several contacts share a channel identity (trigger CONTACT_IDENTITIES_DUPLICATION)."""

    duplicated_identities: list[DuplicatedIdentities] = _attrs_field(factory=AbsentList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, (("duplicated_identities", False),))

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        duplicated_identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.duplicated_identities, Unset):
            duplicated_identities = []
            for duplicated_identities_item_data in self.duplicated_identities:
                duplicated_identities_item = duplicated_identities_item_data.to_dict()
                duplicated_identities.append(duplicated_identities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duplicated_identities is not UNSET and not is_absent(self.duplicated_identities):
            field_dict["duplicated_identities"] = duplicated_identities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duplicated_identities import DuplicatedIdentities

        d = dict(src_dict)
        _duplicated_identities = d.pop("duplicated_identities", UNSET)
        duplicated_identities: list[DuplicatedIdentities] | Unset = UNSET
        if _duplicated_identities is not UNSET:
            duplicated_identities = []
            for duplicated_identities_item_data in _duplicated_identities:
                duplicated_identities_item = DuplicatedIdentities.from_dict(
                    duplicated_identities_item_data
                )

                duplicated_identities.append(duplicated_identities_item)

        duplicated_contact_identities_notification = cls(
            duplicated_identities=AbsentList()
            if isinstance(duplicated_identities, Unset)
            else duplicated_identities,
        )
        duplicated_contact_identities_notification.additional_properties = d
        return duplicated_contact_identities_notification

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
