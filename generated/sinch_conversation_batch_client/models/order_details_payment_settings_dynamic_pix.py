from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.order_details_payment_settings_dynamic_pix_key_type import (
    OrderDetailsPaymentSettingsDynamicPixKeyType,
)
from ..models.order_details_payment_settings_dynamic_pix_type import (
    OrderDetailsPaymentSettingsDynamicPixType,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OrderDetailsPaymentSettingsDynamicPix")


@_attrs_define(repr=False)
class OrderDetailsPaymentSettingsDynamicPix:
    """The dynamic Pix payment settings."""

    code: str
    merchant_name: str
    key: str
    key_type: OrderDetailsPaymentSettingsDynamicPixKeyType
    type_: OrderDetailsPaymentSettingsDynamicPixType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("code", False),
                ("merchant_name", False),
                ("key", False),
                ("key_type", False),
                ("type_", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        merchant_name = self.merchant_name

        key = self.key

        key_type = self.key_type.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "merchant_name": merchant_name,
                "key": key,
                "key_type": key_type,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            code = d.pop("code")

            merchant_name = d.pop("merchant_name")

            key = d.pop("key")

            key_type = OrderDetailsPaymentSettingsDynamicPixKeyType(d.pop("key_type"))

            _type_ = d.pop("type", UNSET)
            type_: OrderDetailsPaymentSettingsDynamicPixType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = OrderDetailsPaymentSettingsDynamicPixType(_type_)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        order_details_payment_settings_dynamic_pix = cls(
            code=code,
            merchant_name=merchant_name,
            key=key,
            key_type=key_type,
            type_=type_,
        )
        order_details_payment_settings_dynamic_pix.additional_properties = d
        return order_details_payment_settings_dynamic_pix

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
