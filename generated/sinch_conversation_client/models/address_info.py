from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AddressInfo")


@_attrs_define(repr=False)
class AddressInfo:
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    type_: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("city", False),
                ("country", False),
                ("state", False),
                ("zip_", False),
                ("type_", False),
                ("country_code", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        state = self.state

        zip_ = self.zip_

        type_ = self.type_

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        type_ = d.pop("type", UNSET)

        country_code = d.pop("country_code", UNSET)

        address_info = cls(
            city=city,
            country=country,
            state=state,
            zip_=zip_,
            type_=type_,
            country_code=country_code,
        )
        address_info.additional_properties = d
        return address_info

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
