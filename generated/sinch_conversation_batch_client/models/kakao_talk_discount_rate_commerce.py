from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.kakao_talk_discount_rate_commerce_type import (
    KakaoTalkDiscountRateCommerceType,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="KakaoTalkDiscountRateCommerce")


@_attrs_define(repr=False)
class KakaoTalkDiscountRateCommerce:
    title: str
    regular_price: float
    discount_price: float
    discount_rate: float
    type_: KakaoTalkDiscountRateCommerceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("title", False),
                ("regular_price", False),
                ("discount_price", False),
                ("discount_rate", False),
                ("type_", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        regular_price = self.regular_price

        discount_price = self.discount_price

        discount_rate = self.discount_rate

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "regular_price": regular_price,
                "discount_price": discount_price,
                "discount_rate": discount_rate,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            title = d.pop("title")

            regular_price = d.pop("regular_price")

            discount_price = d.pop("discount_price")

            discount_rate = d.pop("discount_rate")

            _type_ = d.pop("type", UNSET)
            type_: KakaoTalkDiscountRateCommerceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = KakaoTalkDiscountRateCommerceType(_type_)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        kakao_talk_discount_rate_commerce = cls(
            title=title,
            regular_price=regular_price,
            discount_price=discount_price,
            discount_rate=discount_rate,
            type_=type_,
        )
        kakao_talk_discount_rate_commerce.additional_properties = d
        return kakao_talk_discount_rate_commerce

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
