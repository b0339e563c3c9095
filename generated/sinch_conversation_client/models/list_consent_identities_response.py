from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.consent_identity import ConsentIdentity


T = TypeVar("T", bound="ListConsentIdentitiesResponse")


@_attrs_define(repr=False)
class ListConsentIdentitiesResponse:
    identities: list[ConsentIdentity] = _attrs_field(factory=AbsentList)
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("identities", False),
                ("next_page_token", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = []
            for identities_item_data in self.identities:
                identities_item = identities_item_data.to_dict()
                identities.append(identities_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identities is not UNSET and not is_absent(self.identities):
            field_dict["identities"] = identities
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.consent_identity import ConsentIdentity

        d = dict(src_dict)
        _identities = d.pop("identities", UNSET)
        identities: list[ConsentIdentity] | Unset = UNSET
        if _identities is not UNSET:
            identities = []
            for identities_item_data in _identities:
                identities_item = ConsentIdentity.from_dict(identities_item_data)

                identities.append(identities_item)

        next_page_token = d.pop("next_page_token", UNSET)

        list_consent_identities_response = cls(
            identities=AbsentList() if isinstance(identities, Unset) else identities,
            next_page_token=next_page_token,
        )
        list_consent_identities_response.additional_properties = d
        return list_consent_identities_response

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
