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
from ..types import model_repr

T = TypeVar("T", bound="KakaoTalkDiscountFixedCommerce")


@_attrs_define(repr=False)
class KakaoTalkDiscountFixedCommerce:
    type_: KakaoTalkDiscountFixedCommerceType
    title: str
    regular_price: float
    discount_price: float
    discount_fixed: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type_", False),
                ("title", False),
                ("regular_price", False),
                ("discount_price", False),
                ("discount_fixed", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        title = self.title

        regular_price = self.regular_price

        discount_price = self.discount_price

        discount_fixed = self.discount_fixed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "regular_price": regular_price,
                "discount_price": discount_price,
                "discount_fixed": discount_fixed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = KakaoTalkDiscountFixedCommerceType(d.pop("type"))

            title = d.pop("title")

            regular_price = d.pop("regular_price")

            discount_price = d.pop("discount_price")

            discount_fixed = d.pop("discount_fixed")

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        kakao_talk_discount_fixed_commerce = cls(
            type_=type_,
            title=title,
            regular_price=regular_price,
            discount_price=discount_price,
            discount_fixed=discount_fixed,
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
