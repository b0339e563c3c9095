from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.kakao_talk_carousel_head import KakaoTalkCarouselHead
    from ..models.kakao_talk_carousel_tail import KakaoTalkCarouselTail
    from ..models.kakao_talk_message import KakaoTalkMessage


T = TypeVar("T", bound="KakaoTalkCarousel")


@_attrs_define(repr=False)
class KakaoTalkCarousel:
    list_: list[KakaoTalkMessage]
    head: KakaoTalkCarouselHead | Unset = UNSET
    tail: KakaoTalkCarouselTail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("list_", False),
                ("head", False),
                ("tail", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        head: dict[str, Any] | Unset = UNSET
        if not isinstance(self.head, Unset):
            head = self.head.to_dict()

        tail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tail, Unset):
            tail = self.tail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_,
            }
        )
        if head is not UNSET:
            field_dict["head"] = head
        if tail is not UNSET:
            field_dict["tail"] = tail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kakao_talk_carousel_head import KakaoTalkCarouselHead
        from ..models.kakao_talk_carousel_tail import KakaoTalkCarouselTail
        from ..models.kakao_talk_message import KakaoTalkMessage

        d = dict(src_dict)
        try:
            list_ = []
            _list_ = d.pop("list")
            for list_item_data in _list_:
                list_item = KakaoTalkMessage.from_dict(list_item_data)

                list_.append(list_item)

            _head = d.pop("head", UNSET)
            head: KakaoTalkCarouselHead | Unset
            if isinstance(_head, Unset):
                head = UNSET
            else:
                head = KakaoTalkCarouselHead.from_dict(_head)

            _tail = d.pop("tail", UNSET)
            tail: KakaoTalkCarouselTail | Unset
            if isinstance(_tail, Unset):
                tail = UNSET
            else:
                tail = KakaoTalkCarouselTail.from_dict(_tail)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        kakao_talk_carousel = cls(
            list_=list_,
            head=head,
            tail=tail,
        )
        kakao_talk_carousel.additional_properties = d
        return kakao_talk_carousel

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
