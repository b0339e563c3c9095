from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.contact_settings import ContactSettings


T = TypeVar("T", bound="ProjectSettings")


@_attrs_define(repr=False)
class ProjectSettings:
    """The project-level settings (the body of create and update)."""

    contact_settings: ContactSettings | Unset = UNSET
    """ How the project manages contacts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, (("contact_settings", False),))

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        contact_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_settings, Unset):
            contact_settings = self.contact_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_settings is not UNSET:
            field_dict["contact_settings"] = contact_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_settings import ContactSettings

        d = dict(src_dict)
        _contact_settings = d.pop("contact_settings", UNSET)
        contact_settings: ContactSettings | Unset
        if isinstance(_contact_settings, Unset):
            contact_settings = UNSET
        else:
            contact_settings = ContactSettings.from_dict(_contact_settings)

        project_settings = cls(
            contact_settings=contact_settings,
        )
        project_settings.additional_properties = d
        return project_settings

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
