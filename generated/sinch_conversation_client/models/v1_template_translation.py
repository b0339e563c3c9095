from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.template_variable import TemplateVariable


T = TypeVar("T", bound="V1TemplateTranslation")


@_attrs_define(repr=False)
class V1TemplateTranslation:
    """One language version of a v1 template."""

    language_code: str | Unset = UNSET
    """ BCP-47 language code, such as "en-US". """
    content: str | Unset = UNSET
    """ The message of this translation as a JSON string. """
    version: str | Unset = UNSET
    variables: list[TemplateVariable] = _attrs_field(factory=AbsentList)
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("language_code", False),
                ("content", False),
                ("version", False),
                ("variables", False),
                ("create_time", False),
                ("update_time", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        language_code = self.language_code

        content = self.content

        version = self.version

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat().replace("+00:00", "Z")

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if content is not UNSET:
            field_dict["content"] = content
        if version is not UNSET:
            field_dict["version"] = version
        if variables is not UNSET and not is_absent(self.variables):
            field_dict["variables"] = variables
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_variable import TemplateVariable

        d = dict(src_dict)
        language_code = d.pop("language_code", UNSET)

        content = d.pop("content", UNSET)

        version = d.pop("version", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: list[TemplateVariable] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = TemplateVariable.from_dict(variables_item_data)

                variables.append(variables_item)

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

        v1_template_translation = cls(
            language_code=language_code,
            content=content,
            version=version,
            variables=AbsentList() if isinstance(variables, Unset) else variables,
            create_time=create_time,
            update_time=update_time,
        )
        v1_template_translation.additional_properties = d
        return v1_template_translation

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
