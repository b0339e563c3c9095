from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.identity_conflict import IdentityConflict


T = TypeVar("T", bound="ListIdentityConflictsResponse")


@_attrs_define(repr=False)
class ListIdentityConflictsResponse:
    conflicts: list[IdentityConflict] = _attrs_field(factory=AbsentList)
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("conflicts", False),
                ("next_page_token", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        conflicts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conflicts, Unset):
            conflicts = []
            for conflicts_item_data in self.conflicts:
                conflicts_item = conflicts_item_data.to_dict()
                conflicts.append(conflicts_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conflicts is not UNSET and not is_absent(self.conflicts):
            field_dict["conflicts"] = conflicts
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.identity_conflict import IdentityConflict

        d = dict(src_dict)
        _conflicts = d.pop("conflicts", UNSET)
        conflicts: list[IdentityConflict] | Unset = UNSET
        if _conflicts is not UNSET:
            conflicts = []
            for conflicts_item_data in _conflicts:
                conflicts_item = IdentityConflict.from_dict(conflicts_item_data)

                conflicts.append(conflicts_item)

        next_page_token = d.pop("next_page_token", UNSET)

        list_identity_conflicts_response = cls(
            conflicts=AbsentList() if isinstance(conflicts, Unset) else conflicts,
            next_page_token=next_page_token,
        )
        list_identity_conflicts_response.additional_properties = d
        return list_identity_conflicts_response

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
