from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.analysis_result_ml_image_recognition_result_item import (
        AnalysisResultMlImageRecognitionResultItem,
    )
    from ..models.analysis_result_ml_nlu_result_item import (
        AnalysisResultMlNluResultItem,
    )
    from ..models.analysis_result_ml_offensive_analysis_result_item import (
        AnalysisResultMlOffensiveAnalysisResultItem,
    )
    from ..models.analysis_result_ml_pii_result_item import (
        AnalysisResultMlPiiResultItem,
    )
    from ..models.analysis_result_ml_sentiment_result_item import (
        AnalysisResultMlSentimentResultItem,
    )


T = TypeVar("T", bound="AnalysisResult")


@_attrs_define(repr=False)
class AnalysisResult:
    ml_sentiment_result: list[AnalysisResultMlSentimentResultItem] = _attrs_field(
        factory=AbsentList
    )
    ml_nlu_result: list[AnalysisResultMlNluResultItem] = _attrs_field(factory=AbsentList)
    ml_image_recognition_result: list[AnalysisResultMlImageRecognitionResultItem] = _attrs_field(
        factory=AbsentList
    )
    ml_pii_result: list[AnalysisResultMlPiiResultItem] = _attrs_field(factory=AbsentList)
    ml_offensive_analysis_result: list[AnalysisResultMlOffensiveAnalysisResultItem] = _attrs_field(
        factory=AbsentList
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("ml_sentiment_result", False),
                ("ml_nlu_result", False),
                ("ml_image_recognition_result", False),
                ("ml_pii_result", False),
                ("ml_offensive_analysis_result", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        ml_sentiment_result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ml_sentiment_result, Unset):
            ml_sentiment_result = []
            for ml_sentiment_result_item_data in self.ml_sentiment_result:
                ml_sentiment_result_item = ml_sentiment_result_item_data.to_dict()
                ml_sentiment_result.append(ml_sentiment_result_item)

        ml_nlu_result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ml_nlu_result, Unset):
            ml_nlu_result = []
            for ml_nlu_result_item_data in self.ml_nlu_result:
                ml_nlu_result_item = ml_nlu_result_item_data.to_dict()
                ml_nlu_result.append(ml_nlu_result_item)

        ml_image_recognition_result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ml_image_recognition_result, Unset):
            ml_image_recognition_result = []
            for ml_image_recognition_result_item_data in self.ml_image_recognition_result:
                ml_image_recognition_result_item = ml_image_recognition_result_item_data.to_dict()
                ml_image_recognition_result.append(ml_image_recognition_result_item)

        ml_pii_result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ml_pii_result, Unset):
            ml_pii_result = []
            for ml_pii_result_item_data in self.ml_pii_result:
                ml_pii_result_item = ml_pii_result_item_data.to_dict()
                ml_pii_result.append(ml_pii_result_item)

        ml_offensive_analysis_result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ml_offensive_analysis_result, Unset):
            ml_offensive_analysis_result = []
            for ml_offensive_analysis_result_item_data in self.ml_offensive_analysis_result:
                ml_offensive_analysis_result_item = ml_offensive_analysis_result_item_data.to_dict()
                ml_offensive_analysis_result.append(ml_offensive_analysis_result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ml_sentiment_result is not UNSET and not is_absent(self.ml_sentiment_result):
            field_dict["ml_sentiment_result"] = ml_sentiment_result
        if ml_nlu_result is not UNSET and not is_absent(self.ml_nlu_result):
            field_dict["ml_nlu_result"] = ml_nlu_result
        if ml_image_recognition_result is not UNSET and not is_absent(
            self.ml_image_recognition_result
        ):
            field_dict["ml_image_recognition_result"] = ml_image_recognition_result
        if ml_pii_result is not UNSET and not is_absent(self.ml_pii_result):
            field_dict["ml_pii_result"] = ml_pii_result
        if ml_offensive_analysis_result is not UNSET and not is_absent(
            self.ml_offensive_analysis_result
        ):
            field_dict["ml_offensive_analysis_result"] = ml_offensive_analysis_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_result_ml_image_recognition_result_item import (
            AnalysisResultMlImageRecognitionResultItem,
        )
        from ..models.analysis_result_ml_nlu_result_item import (
            AnalysisResultMlNluResultItem,
        )
        from ..models.analysis_result_ml_offensive_analysis_result_item import (
            AnalysisResultMlOffensiveAnalysisResultItem,
        )
        from ..models.analysis_result_ml_pii_result_item import (
            AnalysisResultMlPiiResultItem,
        )
        from ..models.analysis_result_ml_sentiment_result_item import (
            AnalysisResultMlSentimentResultItem,
        )

        d = dict(src_dict)
        _ml_sentiment_result = d.pop("ml_sentiment_result", UNSET)
        ml_sentiment_result: list[AnalysisResultMlSentimentResultItem] | Unset = UNSET
        if _ml_sentiment_result is not UNSET:
            ml_sentiment_result = []
            for ml_sentiment_result_item_data in _ml_sentiment_result:
                ml_sentiment_result_item = AnalysisResultMlSentimentResultItem.from_dict(
                    ml_sentiment_result_item_data
                )

                ml_sentiment_result.append(ml_sentiment_result_item)

        _ml_nlu_result = d.pop("ml_nlu_result", UNSET)
        ml_nlu_result: list[AnalysisResultMlNluResultItem] | Unset = UNSET
        if _ml_nlu_result is not UNSET:
            ml_nlu_result = []
            for ml_nlu_result_item_data in _ml_nlu_result:
                ml_nlu_result_item = AnalysisResultMlNluResultItem.from_dict(
                    ml_nlu_result_item_data
                )

                ml_nlu_result.append(ml_nlu_result_item)

        _ml_image_recognition_result = d.pop("ml_image_recognition_result", UNSET)
        ml_image_recognition_result: list[AnalysisResultMlImageRecognitionResultItem] | Unset = (
            UNSET
        )
        if _ml_image_recognition_result is not UNSET:
            ml_image_recognition_result = []
            for ml_image_recognition_result_item_data in _ml_image_recognition_result:
                ml_image_recognition_result_item = (
                    AnalysisResultMlImageRecognitionResultItem.from_dict(
                        ml_image_recognition_result_item_data
                    )
                )

                ml_image_recognition_result.append(ml_image_recognition_result_item)

        _ml_pii_result = d.pop("ml_pii_result", UNSET)
        ml_pii_result: list[AnalysisResultMlPiiResultItem] | Unset = UNSET
        if _ml_pii_result is not UNSET:
            ml_pii_result = []
            for ml_pii_result_item_data in _ml_pii_result:
                ml_pii_result_item = AnalysisResultMlPiiResultItem.from_dict(
                    ml_pii_result_item_data
                )

                ml_pii_result.append(ml_pii_result_item)

        _ml_offensive_analysis_result = d.pop("ml_offensive_analysis_result", UNSET)
        ml_offensive_analysis_result: list[AnalysisResultMlOffensiveAnalysisResultItem] | Unset = (
            UNSET
        )
        if _ml_offensive_analysis_result is not UNSET:
            ml_offensive_analysis_result = []
            for ml_offensive_analysis_result_item_data in _ml_offensive_analysis_result:
                ml_offensive_analysis_result_item = (
                    AnalysisResultMlOffensiveAnalysisResultItem.from_dict(
                        ml_offensive_analysis_result_item_data
                    )
                )

                ml_offensive_analysis_result.append(ml_offensive_analysis_result_item)

        analysis_result = cls(
            ml_sentiment_result=AbsentList()
            if isinstance(ml_sentiment_result, Unset)
            else ml_sentiment_result,
            ml_nlu_result=AbsentList() if isinstance(ml_nlu_result, Unset) else ml_nlu_result,
            ml_image_recognition_result=AbsentList()
            if isinstance(ml_image_recognition_result, Unset)
            else ml_image_recognition_result,
            ml_pii_result=AbsentList() if isinstance(ml_pii_result, Unset) else ml_pii_result,
            ml_offensive_analysis_result=AbsentList()
            if isinstance(ml_offensive_analysis_result, Unset)
            else ml_offensive_analysis_result,
        )
        analysis_result.additional_properties = d
        return analysis_result

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
