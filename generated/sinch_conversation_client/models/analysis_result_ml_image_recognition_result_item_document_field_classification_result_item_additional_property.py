from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

T = TypeVar(
    "T",
    bound="AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItemAdditionalProperty",
)


@_attrs_define(repr=False)
class AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItemAdditionalProperty:
    data: list[str] = _attrs_field(factory=AbsentList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, (("data", False),))

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        data: list[str] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET and not is_absent(self.data):
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = cast(list[str], d.pop("data", UNSET))

        analysis_result_ml_image_recognition_result_item_document_field_classification_result_item_additional_property = cls(
            data=AbsentList() if isinstance(data, Unset) else data,
        )
        analysis_result_ml_image_recognition_result_item_document_field_classification_result_item_additional_property.additional_properties = d
        return analysis_result_ml_image_recognition_result_item_document_field_classification_result_item_additional_property

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
