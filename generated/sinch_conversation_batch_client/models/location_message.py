from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.coordinates import Coordinates


T = TypeVar("T", bound="LocationMessage")


@_attrs_define(repr=False)
class LocationMessage:
    """Message with geo location"""

    coordinates: Coordinates
    """ Geographic coordinates """
    title: str
    """ Required. The title is shown close to the button or link that leads to a map showing the location. The title
    is clickable in some cases.
     """
    label: str | Unset = UNSET
    """ Optional. Label or name for the position. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("coordinates", False),
                ("title", False),
                ("label", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        coordinates = self.coordinates.to_dict()

        title = self.title

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coordinates": coordinates,
                "title": title,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.coordinates import Coordinates

        d = dict(src_dict)
        try:
            coordinates = Coordinates.from_dict(d.pop("coordinates"))

            title = d.pop("title")

            label = d.pop("label", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        location_message = cls(
            coordinates=coordinates,
            title=title,
            label=label,
        )
        location_message.additional_properties = d
        return location_message

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
