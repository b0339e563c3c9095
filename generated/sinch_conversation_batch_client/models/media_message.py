from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="MediaMessage")


@_attrs_define(repr=False)
class MediaMessage:
    """Message containing media"""

    url: str
    """ Required. Url to the file. """
    thumbnail_url: str | Unset = UNSET
    """ Optional. Will be used where it is natively supported """
    filename_override: str | Unset = UNSET
    """ Overrides the file name of the media shown to the recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("url", False),
                ("thumbnail_url", False),
                ("filename_override", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        thumbnail_url = self.thumbnail_url

        filename_override = self.filename_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if filename_override is not UNSET:
            field_dict["filename_override"] = filename_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            url = d.pop("url")

            thumbnail_url = d.pop("thumbnail_url", UNSET)

            filename_override = d.pop("filename_override", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        media_message = cls(
            url=url,
            thumbnail_url=thumbnail_url,
            filename_override=filename_override,
        )
        media_message.additional_properties = d
        return media_message

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
