from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comment_reply_event import CommentReplyEvent
    from ..models.composing_event import ComposingEvent


T = TypeVar("T", bound="AppEvent")


@_attrs_define
class AppEvent:
    composing_event: ComposingEvent | Unset = UNSET
    comment_reply_event: CommentReplyEvent | Unset = UNSET
    """ Represents a response to a comment event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        composing_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.composing_event, Unset):
            composing_event = self.composing_event.to_dict()

        comment_reply_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment_reply_event, Unset):
            comment_reply_event = self.comment_reply_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if composing_event is not UNSET:
            field_dict["composing_event"] = composing_event
        if comment_reply_event is not UNSET:
            field_dict["comment_reply_event"] = comment_reply_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.comment_reply_event import CommentReplyEvent
        from ..models.composing_event import ComposingEvent

        d = dict(src_dict)
        _composing_event = d.pop("composing_event", UNSET)
        composing_event: ComposingEvent | Unset
        if isinstance(_composing_event, Unset):
            composing_event = UNSET
        else:
            composing_event = ComposingEvent.from_dict(_composing_event)

        _comment_reply_event = d.pop("comment_reply_event", UNSET)
        comment_reply_event: CommentReplyEvent | Unset
        if isinstance(_comment_reply_event, Unset):
            comment_reply_event = UNSET
        else:
            comment_reply_event = CommentReplyEvent.from_dict(_comment_reply_event)

        app_event = cls(
            composing_event=composing_event,
            comment_reply_event=comment_reply_event,
        )

        app_event.additional_properties = d
        return app_event

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
