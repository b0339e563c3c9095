from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.kakao_talk_carousel import KakaoTalkCarousel


T = TypeVar("T", bound="KakaoTalkCarouselCommerce")


@_attrs_define(repr=False)
class KakaoTalkCarouselCommerce:
    """A KakaoTalk carousel (message_type CAROUSEL_COMMERCE)."""

    carousel: KakaoTalkCarousel
    push_alarm: bool | Unset = UNSET
    adult: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("carousel", False),
                ("push_alarm", False),
                ("adult", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        carousel = self.carousel.to_dict()

        push_alarm = self.push_alarm

        adult = self.adult

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carousel": carousel,
            }
        )
        if push_alarm is not UNSET:
            field_dict["push_alarm"] = push_alarm
        if adult is not UNSET:
            field_dict["adult"] = adult

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kakao_talk_carousel import KakaoTalkCarousel

        d = dict(src_dict)
        try:
            carousel = KakaoTalkCarousel.from_dict(d.pop("carousel"))

            push_alarm = d.pop("push_alarm", UNSET)

            adult = d.pop("adult", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        kakao_talk_carousel_commerce = cls(
            carousel=carousel,
            push_alarm=push_alarm,
            adult=adult,
        )
        kakao_talk_carousel_commerce.additional_properties = d
        return kakao_talk_carousel_commerce

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
