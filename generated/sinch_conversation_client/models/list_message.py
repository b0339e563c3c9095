from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.list_message_message_properties import ListMessageMessageProperties
    from ..models.list_message_sections_item import ListMessageSectionsItem
    from ..models.media_message import MediaMessage


T = TypeVar("T", bound="ListMessage")


@_attrs_define(repr=False)
class ListMessage:
    """A message with sections of choices or products."""

    title: str
    sections: list[ListMessageSectionsItem]
    description: str | Unset = UNSET
    media: MediaMessage | Unset = UNSET
    """ Message containing media """
    message_properties: ListMessageMessageProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("title", False),
                ("sections", False),
                ("description", False),
                ("media", False),
                ("message_properties", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        description = self.description

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        message_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_properties, Unset):
            message_properties = self.message_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "sections": sections,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if media is not UNSET:
            field_dict["media"] = media
        if message_properties is not UNSET:
            field_dict["message_properties"] = message_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_message_message_properties import (
            ListMessageMessageProperties,
        )
        from ..models.list_message_sections_item import ListMessageSectionsItem
        from ..models.media_message import MediaMessage

        d = dict(src_dict)
        try:
            title = d.pop("title")

            sections = []
            _sections = d.pop("sections")
            for sections_item_data in _sections:
                sections_item = ListMessageSectionsItem.from_dict(sections_item_data)

                sections.append(sections_item)

            description = d.pop("description", UNSET)

            _media = d.pop("media", UNSET)
            media: MediaMessage | Unset
            if isinstance(_media, Unset):
                media = UNSET
            else:
                media = MediaMessage.from_dict(_media)

            _message_properties = d.pop("message_properties", UNSET)
            message_properties: ListMessageMessageProperties | Unset
            if isinstance(_message_properties, Unset):
                message_properties = UNSET
            else:
                message_properties = ListMessageMessageProperties.from_dict(_message_properties)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        list_message = cls(
            title=title,
            sections=sections,
            description=description,
            media=media,
            message_properties=message_properties,
        )
        list_message.additional_properties = d
        return list_message

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
