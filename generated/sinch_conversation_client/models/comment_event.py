from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comment_event_comment_type import CommentEventCommentType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CommentEvent")


@_attrs_define(repr=False)
class CommentEvent:
    """A comment a user made outside the conversation (Instagram)."""

    id: str | Unset = UNSET
    """ The comment ID. """
    text: str | Unset = UNSET
    """ The comment text. """
    comment_type: CommentEventCommentType | Unset = UNSET
    """ Where the comment was made. """
    commented_on: str | Unset = UNSET
    """ The ID of the post commented on. """
    user: str | Unset = UNSET
    """ The commenting user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", False),
                ("text", False),
                ("comment_type", False),
                ("commented_on", False),
                ("user", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        comment_type: str | Unset = UNSET
        if not isinstance(self.comment_type, Unset):
            comment_type = self.comment_type.value

        commented_on = self.commented_on

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if comment_type is not UNSET:
            field_dict["comment_type"] = comment_type
        if commented_on is not UNSET:
            field_dict["commented_on"] = commented_on
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        text = d.pop("text", UNSET)

        _comment_type = d.pop("comment_type", UNSET)
        comment_type: CommentEventCommentType | Unset
        if isinstance(_comment_type, Unset):
            comment_type = UNSET
        else:
            comment_type = CommentEventCommentType(_comment_type)

        commented_on = d.pop("commented_on", UNSET)

        user = d.pop("user", UNSET)

        comment_event = cls(
            id=id,
            text=text,
            comment_type=comment_type,
            commented_on=commented_on,
            user=user,
        )
        comment_event.additional_properties = d
        return comment_event

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
