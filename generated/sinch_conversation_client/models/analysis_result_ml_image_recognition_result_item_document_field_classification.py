from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.analysis_result_ml_image_recognition_result_item_document_field_classification_result_item import (
        AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItem,
    )


T = TypeVar("T", bound="AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification")


@_attrs_define(repr=False)
class AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification:
    result: list[
        AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItem
    ] = _attrs_field(factory=AbsentList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, (("result", False),))

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET and not is_absent(self.result):
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_result_ml_image_recognition_result_item_document_field_classification_result_item import (
            AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItem,
        )

        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: (
            list[AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItem]
            | Unset
        ) = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = AnalysisResultMlImageRecognitionResultItemDocumentFieldClassificationResultItem.from_dict(
                    result_item_data
                )

                result.append(result_item)

        analysis_result_ml_image_recognition_result_item_document_field_classification = cls(
            result=AbsentList() if isinstance(result, Unset) else result,
        )
        analysis_result_ml_image_recognition_result_item_document_field_classification.additional_properties = d
        return analysis_result_ml_image_recognition_result_item_document_field_classification

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
