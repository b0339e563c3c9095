from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.kakao_talk_discount_fixed_commerce_type import (
    KakaoTalkDiscountFixedCommerceType,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="KakaoTalkDiscountFixedCommerce")


@_attrs_define(repr=False)
class KakaoTalkDiscountFixedCommerce:
    title: str
    regular_price: float
    discount_price: float
    discount_fixed: float
    type_: KakaoTalkDiscountFixedCommerceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("title", False),
                ("regular_price", False),
                ("discount_price", False),
                ("discount_fixed", False),
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

        discount_fixed = self.discount_fixed

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
                "discount_fixed": discount_fixed,
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

            discount_fixed = d.pop("discount_fixed")

            _type_ = d.pop("type", UNSET)
            type_: KakaoTalkDiscountFixedCommerceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = KakaoTalkDiscountFixedCommerceType(_type_)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        kakao_talk_discount_fixed_commerce = cls(
            title=title,
            regular_price=regular_price,
            discount_price=discount_price,
            discount_fixed=discount_fixed,
            type_=type_,
        )
        kakao_talk_discount_fixed_commerce.additional_properties = d
        return kakao_talk_discount_fixed_commerce

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
