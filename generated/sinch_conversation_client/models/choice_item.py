from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.media_message import MediaMessage


T = TypeVar("T", bound="ChoiceItem")


@_attrs_define(repr=False)
class ChoiceItem:
    """One choice of a list section."""

    title: str
    description: str | Unset = UNSET
    media: MediaMessage | Unset = UNSET
    """ Message containing media """
    postback_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("title", False),
                ("description", False),
                ("media", False),
                ("postback_data", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        postback_data = self.postback_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if media is not UNSET:
            field_dict["media"] = media
        if postback_data is not UNSET:
            field_dict["postback_data"] = postback_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_message import MediaMessage

        d = dict(src_dict)
        try:
            title = d.pop("title")

            description = d.pop("description", UNSET)

            _media = d.pop("media", UNSET)
            media: MediaMessage | Unset
            if isinstance(_media, Unset):
                media = UNSET
            else:
                media = MediaMessage.from_dict(_media)

            postback_data = d.pop("postback_data", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        choice_item = cls(
            title=title,
            description=description,
            media=media,
            postback_data=postback_data,
        )
        choice_item.additional_properties = d
        return choice_item

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
