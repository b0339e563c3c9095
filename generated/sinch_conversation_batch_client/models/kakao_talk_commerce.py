from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.kakao_talk_app_link_button import KakaoTalkAppLinkButton
    from ..models.kakao_talk_bot_keyword_button import KakaoTalkBotKeywordButton
    from ..models.kakao_talk_discount_fixed_commerce import (
        KakaoTalkDiscountFixedCommerce,
    )
    from ..models.kakao_talk_discount_rate_commerce import KakaoTalkDiscountRateCommerce
    from ..models.kakao_talk_discount_rate_coupon import KakaoTalkDiscountRateCoupon
    from ..models.kakao_talk_fixed_discount_coupon import KakaoTalkFixedDiscountCoupon
    from ..models.kakao_talk_free_coupon import KakaoTalkFreeCoupon
    from ..models.kakao_talk_image import KakaoTalkImage
    from ..models.kakao_talk_regular_price_commerce import KakaoTalkRegularPriceCommerce
    from ..models.kakao_talk_shipping_discount_coupon import (
        KakaoTalkShippingDiscountCoupon,
    )
    from ..models.kakao_talk_up_coupon import KakaoTalkUpCoupon
    from ..models.kakao_talk_web_link_button import KakaoTalkWebLinkButton


T = TypeVar("T", bound="KakaoTalkCommerce")


@_attrs_define(repr=False)
class KakaoTalkCommerce:
    """A KakaoTalk commerce message (message_type COMMERCE)."""

    image: KakaoTalkImage
    buttons: list[KakaoTalkAppLinkButton | KakaoTalkBotKeywordButton | KakaoTalkWebLinkButton]
    push_alarm: bool | Unset = UNSET
    adult: bool | Unset = UNSET
    additional_content: str | Unset = UNSET
    commerce: (
        KakaoTalkDiscountFixedCommerce
        | KakaoTalkDiscountRateCommerce
        | KakaoTalkRegularPriceCommerce
        | Unset
    ) = UNSET
    coupon: (
        KakaoTalkDiscountRateCoupon
        | KakaoTalkFixedDiscountCoupon
        | KakaoTalkFreeCoupon
        | KakaoTalkShippingDiscountCoupon
        | KakaoTalkUpCoupon
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("image", False),
                ("buttons", False),
                ("push_alarm", False),
                ("adult", False),
                ("additional_content", False),
                ("commerce", False),
                ("coupon", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kakao_talk_app_link_button import KakaoTalkAppLinkButton
        from ..models.kakao_talk_discount_fixed_commerce import (
            KakaoTalkDiscountFixedCommerce,
        )
        from ..models.kakao_talk_discount_rate_coupon import KakaoTalkDiscountRateCoupon
        from ..models.kakao_talk_fixed_discount_coupon import (
            KakaoTalkFixedDiscountCoupon,
        )
        from ..models.kakao_talk_free_coupon import KakaoTalkFreeCoupon
        from ..models.kakao_talk_regular_price_commerce import (
            KakaoTalkRegularPriceCommerce,
        )
        from ..models.kakao_talk_shipping_discount_coupon import (
            KakaoTalkShippingDiscountCoupon,
        )
        from ..models.kakao_talk_web_link_button import KakaoTalkWebLinkButton

        image = self.image.to_dict()

        buttons = []
        for buttons_item_data in self.buttons:
            buttons_item: dict[str, Any]
            if isinstance(buttons_item_data, KakaoTalkWebLinkButton) or isinstance(
                buttons_item_data, KakaoTalkAppLinkButton
            ):
                buttons_item = buttons_item_data.to_dict()
            else:
                buttons_item = buttons_item_data.to_dict()

            buttons.append(buttons_item)

        push_alarm = self.push_alarm

        adult = self.adult

        additional_content = self.additional_content

        commerce: dict[str, Any] | Unset
        if isinstance(self.commerce, Unset):
            commerce = UNSET
        elif isinstance(self.commerce, KakaoTalkRegularPriceCommerce) or isinstance(
            self.commerce, KakaoTalkDiscountFixedCommerce
        ):
            commerce = self.commerce.to_dict()
        else:
            commerce = self.commerce.to_dict()

        coupon: dict[str, Any] | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        elif (
            isinstance(self.coupon, KakaoTalkFixedDiscountCoupon)
            or isinstance(self.coupon, KakaoTalkDiscountRateCoupon)
            or isinstance(self.coupon, KakaoTalkShippingDiscountCoupon)
            or isinstance(self.coupon, KakaoTalkFreeCoupon)
        ):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "buttons": buttons,
            }
        )
        if push_alarm is not UNSET:
            field_dict["push_alarm"] = push_alarm
        if adult is not UNSET:
            field_dict["adult"] = adult
        if additional_content is not UNSET:
            field_dict["additional_content"] = additional_content
        if commerce is not UNSET:
            field_dict["commerce"] = commerce
        if coupon is not UNSET:
            field_dict["coupon"] = coupon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kakao_talk_app_link_button import KakaoTalkAppLinkButton
        from ..models.kakao_talk_bot_keyword_button import KakaoTalkBotKeywordButton
        from ..models.kakao_talk_discount_fixed_commerce import (
            KakaoTalkDiscountFixedCommerce,
        )
        from ..models.kakao_talk_discount_rate_commerce import (
            KakaoTalkDiscountRateCommerce,
        )
        from ..models.kakao_talk_discount_rate_coupon import KakaoTalkDiscountRateCoupon
        from ..models.kakao_talk_fixed_discount_coupon import (
            KakaoTalkFixedDiscountCoupon,
        )
        from ..models.kakao_talk_free_coupon import KakaoTalkFreeCoupon
        from ..models.kakao_talk_image import KakaoTalkImage
        from ..models.kakao_talk_regular_price_commerce import (
            KakaoTalkRegularPriceCommerce,
        )
        from ..models.kakao_talk_shipping_discount_coupon import (
            KakaoTalkShippingDiscountCoupon,
        )
        from ..models.kakao_talk_up_coupon import KakaoTalkUpCoupon
        from ..models.kakao_talk_web_link_button import KakaoTalkWebLinkButton

        d = dict(src_dict)
        try:
            image = KakaoTalkImage.from_dict(d.pop("image"))

            buttons = []
            _buttons = d.pop("buttons")
            for buttons_item_data in _buttons:

                def _parse_buttons_item(
                    data: object,
                ) -> KakaoTalkAppLinkButton | KakaoTalkBotKeywordButton | KakaoTalkWebLinkButton:
                    if isinstance(data, dict):
                        kind = data.get("type")
                        if kind == "WL":
                            return KakaoTalkWebLinkButton.from_dict(data)
                        if kind == "AL":
                            return KakaoTalkAppLinkButton.from_dict(data)
                        if kind == "BK":
                            return KakaoTalkBotKeywordButton.from_dict(data)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kakao_talk_button_type_0 = (
                            KakaoTalkWebLinkButton.from_dict(data)
                        )

                        return componentsschemas_kakao_talk_button_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kakao_talk_button_type_1 = (
                            KakaoTalkAppLinkButton.from_dict(data)
                        )

                        return componentsschemas_kakao_talk_button_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kakao_talk_button_type_2 = (
                        KakaoTalkBotKeywordButton.from_dict(data)
                    )

                    return componentsschemas_kakao_talk_button_type_2

                buttons_item = _parse_buttons_item(buttons_item_data)

                buttons.append(buttons_item)

            push_alarm = d.pop("push_alarm", UNSET)

            adult = d.pop("adult", UNSET)

            additional_content = d.pop("additional_content", UNSET)

            def _parse_commerce(
                data: object,
            ) -> (
                KakaoTalkDiscountFixedCommerce
                | KakaoTalkDiscountRateCommerce
                | KakaoTalkRegularPriceCommerce
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    kind = data.get("type")
                    if kind == "REGULAR_PRICE_COMMERCE":
                        return KakaoTalkRegularPriceCommerce.from_dict(data)
                    if kind == "FIXED_DISCOUNT_COMMERCE":
                        return KakaoTalkDiscountFixedCommerce.from_dict(data)
                    if kind == "PERCENTAGE_DISCOUNT_COMMERCE":
                        return KakaoTalkDiscountRateCommerce.from_dict(data)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kakao_talk_pricing_type_0 = (
                        KakaoTalkRegularPriceCommerce.from_dict(data)
                    )

                    return componentsschemas_kakao_talk_pricing_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kakao_talk_pricing_type_1 = (
                        KakaoTalkDiscountFixedCommerce.from_dict(data)
                    )

                    return componentsschemas_kakao_talk_pricing_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_kakao_talk_pricing_type_2 = (
                    KakaoTalkDiscountRateCommerce.from_dict(data)
                )

                return componentsschemas_kakao_talk_pricing_type_2

            commerce = _parse_commerce(d.pop("commerce", UNSET))

            def _parse_coupon(
                data: object,
            ) -> (
                KakaoTalkDiscountRateCoupon
                | KakaoTalkFixedDiscountCoupon
                | KakaoTalkFreeCoupon
                | KakaoTalkShippingDiscountCoupon
                | KakaoTalkUpCoupon
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    kind = data.get("type")
                    if kind == "FIXED_DISCOUNT_COUPON":
                        return KakaoTalkFixedDiscountCoupon.from_dict(data)
                    if kind == "PERCENTAGE_DISCOUNT_COUPON":
                        return KakaoTalkDiscountRateCoupon.from_dict(data)
                    if kind == "SHIPPING_DISCOUNT_COUPON":
                        return KakaoTalkShippingDiscountCoupon.from_dict(data)
                    if kind == "FREE_COUPON":
                        return KakaoTalkFreeCoupon.from_dict(data)
                    if kind == "UP_COUPON":
                        return KakaoTalkUpCoupon.from_dict(data)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kakao_talk_coupon_type_0 = (
                        KakaoTalkFixedDiscountCoupon.from_dict(data)
                    )

                    return componentsschemas_kakao_talk_coupon_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kakao_talk_coupon_type_1 = (
                        KakaoTalkDiscountRateCoupon.from_dict(data)
                    )

                    return componentsschemas_kakao_talk_coupon_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kakao_talk_coupon_type_2 = (
                        KakaoTalkShippingDiscountCoupon.from_dict(data)
                    )

                    return componentsschemas_kakao_talk_coupon_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kakao_talk_coupon_type_3 = KakaoTalkFreeCoupon.from_dict(data)

                    return componentsschemas_kakao_talk_coupon_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_kakao_talk_coupon_type_4 = KakaoTalkUpCoupon.from_dict(data)

                return componentsschemas_kakao_talk_coupon_type_4

            coupon = _parse_coupon(d.pop("coupon", UNSET))

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        kakao_talk_commerce = cls(
            image=image,
            buttons=buttons,
            push_alarm=push_alarm,
            adult=adult,
            additional_content=additional_content,
            commerce=commerce,
            coupon=coupon,
        )
        kakao_talk_commerce.additional_properties = d
        return kakao_talk_commerce

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
