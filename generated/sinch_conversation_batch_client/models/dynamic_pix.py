from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.dynamic_pix_key_type import DynamicPixKeyType
from ..models.dynamic_pix_type import DynamicPixType
from ..types import model_repr

T = TypeVar("T", bound="DynamicPix")


@_attrs_define(repr=False)
class DynamicPix:
    type_: DynamicPixType
    code: str
    merchant_name: str
    key: str
    key_type: DynamicPixKeyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type_", False),
                ("code", False),
                ("merchant_name", False),
                ("key", False),
                ("key_type", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        code = self.code

        merchant_name = self.merchant_name

        key = self.key

        key_type = self.key_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "merchant_name": merchant_name,
                "key": key,
                "key_type": key_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = DynamicPixType(d.pop("type"))

            code = d.pop("code")

            merchant_name = d.pop("merchant_name")

            key = d.pop("key")

            key_type = DynamicPixKeyType(d.pop("key_type"))

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        dynamic_pix = cls(
            type_=type_,
            code=code,
            merchant_name=merchant_name,
            key=key,
            key_type=key_type,
        )
        dynamic_pix.additional_properties = d
        return dynamic_pix

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
