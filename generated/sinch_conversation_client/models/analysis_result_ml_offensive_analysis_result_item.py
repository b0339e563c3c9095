from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_result_ml_offensive_analysis_result_item_evaluation import (
    AnalysisResultMlOffensiveAnalysisResultItemEvaluation,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AnalysisResultMlOffensiveAnalysisResultItem")


@_attrs_define(repr=False)
class AnalysisResultMlOffensiveAnalysisResultItem:
    message: str | Unset = UNSET
    url: str | Unset = UNSET
    evaluation: AnalysisResultMlOffensiveAnalysisResultItemEvaluation | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message", False),
                ("url", False),
                ("evaluation", False),
                ("score", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        url = self.url

        evaluation: str | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            evaluation = self.evaluation.value

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if url is not UNSET:
            field_dict["url"] = url
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        url = d.pop("url", UNSET)

        _evaluation = d.pop("evaluation", UNSET)
        evaluation: AnalysisResultMlOffensiveAnalysisResultItemEvaluation | Unset
        if isinstance(_evaluation, Unset):
            evaluation = UNSET
        else:
            evaluation = AnalysisResultMlOffensiveAnalysisResultItemEvaluation(_evaluation)

        score = d.pop("score", UNSET)

        analysis_result_ml_offensive_analysis_result_item = cls(
            message=message,
            url=url,
            evaluation=evaluation,
            score=score,
        )
        analysis_result_ml_offensive_analysis_result_item.additional_properties = d
        return analysis_result_ml_offensive_analysis_result_item

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
