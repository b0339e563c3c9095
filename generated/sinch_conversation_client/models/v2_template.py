from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.v2_template_translation import V2TemplateTranslation


T = TypeVar("T", bound="V2Template")


@_attrs_define(repr=False)
class V2Template:
    """A v2 template with its translations (id and version are set by the server when absent)."""

    id: str | Unset = UNSET
    description: str | Unset = UNSET
    version: int | Unset = UNSET
    default_translation: str | Unset = UNSET
    """ The language code of the default translation. """
    translations: list[V2TemplateTranslation] = _attrs_field(factory=AbsentList)
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", False),
                ("description", False),
                ("version", False),
                ("default_translation", False),
                ("translations", False),
                ("create_time", False),
                ("update_time", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        version = self.version

        default_translation = self.default_translation

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat().replace("+00:00", "Z")

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if default_translation is not UNSET:
            field_dict["default_translation"] = default_translation
        if translations is not UNSET and not is_absent(self.translations):
            field_dict["translations"] = translations
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v2_template_translation import V2TemplateTranslation

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        version = d.pop("version", UNSET)

        default_translation = d.pop("default_translation", UNSET)

        _translations = d.pop("translations", UNSET)
        translations: list[V2TemplateTranslation] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = V2TemplateTranslation.from_dict(translations_item_data)

                translations.append(translations_item)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        v2_template = cls(
            id=id,
            description=description,
            version=version,
            default_translation=default_translation,
            translations=AbsentList() if isinstance(translations, Unset) else translations,
            create_time=create_time,
            update_time=update_time,
        )
        v2_template.additional_properties = d
        return v2_template

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
