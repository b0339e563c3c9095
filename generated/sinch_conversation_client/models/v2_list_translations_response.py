from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.v2_template_translation import V2TemplateTranslation


T = TypeVar("T", bound="V2ListTranslationsResponse")


@_attrs_define(repr=False)
class V2ListTranslationsResponse:
    translations: list[V2TemplateTranslation] = _attrs_field(factory=AbsentList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, (("translations", False),))

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if translations is not UNSET and not is_absent(self.translations):
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v2_template_translation import V2TemplateTranslation

        d = dict(src_dict)
        _translations = d.pop("translations", UNSET)
        translations: list[V2TemplateTranslation] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = V2TemplateTranslation.from_dict(translations_item_data)

                translations.append(translations_item)

        v2_list_translations_response = cls(
            translations=AbsentList() if isinstance(translations, Unset) else translations,
        )
        v2_list_translations_response.additional_properties = d
        return v2_list_translations_response

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
