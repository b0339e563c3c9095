from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.kakao_talk_discount_rate_coupon_type import (
    KakaoTalkDiscountRateCouponType,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="KakaoTalkDiscountRateCoupon")


@_attrs_define(repr=False)
class KakaoTalkDiscountRateCoupon:
    type_: KakaoTalkDiscountRateCouponType
    discount_rate: int
    description: str | Unset = UNSET
    link_mo: str | Unset = UNSET
    link_pc: str | Unset = UNSET
    scheme_ios: str | Unset = UNSET
    scheme_android: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("type_", False),
                ("discount_rate", False),
                ("description", False),
                ("link_mo", False),
                ("link_pc", False),
                ("scheme_ios", False),
                ("scheme_android", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        discount_rate = self.discount_rate

        description = self.description

        link_mo = self.link_mo

        link_pc = self.link_pc

        scheme_ios = self.scheme_ios

        scheme_android = self.scheme_android

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "discount_rate": discount_rate,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if link_mo is not UNSET:
            field_dict["link_mo"] = link_mo
        if link_pc is not UNSET:
            field_dict["link_pc"] = link_pc
        if scheme_ios is not UNSET:
            field_dict["scheme_ios"] = scheme_ios
        if scheme_android is not UNSET:
            field_dict["scheme_android"] = scheme_android

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = KakaoTalkDiscountRateCouponType(d.pop("type"))

            discount_rate = d.pop("discount_rate")

            description = d.pop("description", UNSET)

            link_mo = d.pop("link_mo", UNSET)

            link_pc = d.pop("link_pc", UNSET)

            scheme_ios = d.pop("scheme_ios", UNSET)

            scheme_android = d.pop("scheme_android", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        kakao_talk_discount_rate_coupon = cls(
            type_=type_,
            discount_rate=discount_rate,
            description=description,
            link_mo=link_mo,
            link_pc=link_pc,
            scheme_ios=scheme_ios,
            scheme_android=scheme_android,
        )
        kakao_talk_discount_rate_coupon.additional_properties = d
        return kakao_talk_discount_rate_coupon

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
