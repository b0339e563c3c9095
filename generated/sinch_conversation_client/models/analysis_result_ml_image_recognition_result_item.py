from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.analysis_result_ml_image_recognition_result_item_document_field_classification import (
        AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification,
    )
    from ..models.analysis_result_ml_image_recognition_result_item_document_image_classification import (
        AnalysisResultMlImageRecognitionResultItemDocumentImageClassification,
    )
    from ..models.analysis_result_ml_image_recognition_result_item_optical_character_recognition import (
        AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognition,
    )


T = TypeVar("T", bound="AnalysisResultMlImageRecognitionResultItem")


@_attrs_define(repr=False)
class AnalysisResultMlImageRecognitionResultItem:
    url: str | Unset = UNSET
    document_image_classification: (
        AnalysisResultMlImageRecognitionResultItemDocumentImageClassification | Unset
    ) = UNSET
    optical_character_recognition: (
        AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognition | Unset
    ) = UNSET
    document_field_classification: (
        AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("url", False),
                ("document_image_classification", False),
                ("optical_character_recognition", False),
                ("document_field_classification", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        document_image_classification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_image_classification, Unset):
            document_image_classification = self.document_image_classification.to_dict()

        optical_character_recognition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optical_character_recognition, Unset):
            optical_character_recognition = self.optical_character_recognition.to_dict()

        document_field_classification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_field_classification, Unset):
            document_field_classification = self.document_field_classification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if document_image_classification is not UNSET:
            field_dict["document_image_classification"] = document_image_classification
        if optical_character_recognition is not UNSET:
            field_dict["optical_character_recognition"] = optical_character_recognition
        if document_field_classification is not UNSET:
            field_dict["document_field_classification"] = document_field_classification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_result_ml_image_recognition_result_item_document_field_classification import (
            AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification,
        )
        from ..models.analysis_result_ml_image_recognition_result_item_document_image_classification import (
            AnalysisResultMlImageRecognitionResultItemDocumentImageClassification,
        )
        from ..models.analysis_result_ml_image_recognition_result_item_optical_character_recognition import (
            AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognition,
        )

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _document_image_classification = d.pop("document_image_classification", UNSET)
        document_image_classification: (
            AnalysisResultMlImageRecognitionResultItemDocumentImageClassification | Unset
        )
        if isinstance(_document_image_classification, Unset):
            document_image_classification = UNSET
        else:
            document_image_classification = (
                AnalysisResultMlImageRecognitionResultItemDocumentImageClassification.from_dict(
                    _document_image_classification
                )
            )

        _optical_character_recognition = d.pop("optical_character_recognition", UNSET)
        optical_character_recognition: (
            AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognition | Unset
        )
        if isinstance(_optical_character_recognition, Unset):
            optical_character_recognition = UNSET
        else:
            optical_character_recognition = (
                AnalysisResultMlImageRecognitionResultItemOpticalCharacterRecognition.from_dict(
                    _optical_character_recognition
                )
            )

        _document_field_classification = d.pop("document_field_classification", UNSET)
        document_field_classification: (
            AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification | Unset
        )
        if isinstance(_document_field_classification, Unset):
            document_field_classification = UNSET
        else:
            document_field_classification = (
                AnalysisResultMlImageRecognitionResultItemDocumentFieldClassification.from_dict(
                    _document_field_classification
                )
            )

        analysis_result_ml_image_recognition_result_item = cls(
            url=url,
            document_image_classification=document_image_classification,
            optical_character_recognition=optical_character_recognition,
            document_field_classification=document_field_classification,
        )
        analysis_result_ml_image_recognition_result_item.additional_properties = d
        return analysis_result_ml_image_recognition_result_item

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
