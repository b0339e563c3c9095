from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_result_ml_sentiment_result_item_sentiment import (
    AnalysisResultMlSentimentResultItemSentiment,
)
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.analysis_result_ml_sentiment_result_item_results_item import (
        AnalysisResultMlSentimentResultItemResultsItem,
    )


T = TypeVar("T", bound="AnalysisResultMlSentimentResultItem")


@_attrs_define(repr=False)
class AnalysisResultMlSentimentResultItem:
    message: str | Unset = UNSET
    results: list[AnalysisResultMlSentimentResultItemResultsItem] = _attrs_field(factory=AbsentList)
    sentiment: AnalysisResultMlSentimentResultItemSentiment | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("message", False),
                ("results", False),
                ("sentiment", False),
                ("score", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        sentiment: str | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment.value

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if results is not UNSET and not is_absent(self.results):
            field_dict["results"] = results
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_result_ml_sentiment_result_item_results_item import (
            AnalysisResultMlSentimentResultItemResultsItem,
        )

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _results = d.pop("results", UNSET)
        results: list[AnalysisResultMlSentimentResultItemResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = AnalysisResultMlSentimentResultItemResultsItem.from_dict(
                    results_item_data
                )

                results.append(results_item)

        _sentiment = d.pop("sentiment", UNSET)
        sentiment: AnalysisResultMlSentimentResultItemSentiment | Unset
        if isinstance(_sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = AnalysisResultMlSentimentResultItemSentiment(_sentiment)

        score = d.pop("score", UNSET)

        analysis_result_ml_sentiment_result_item = cls(
            message=message,
            results=AbsentList() if isinstance(results, Unset) else results,
            sentiment=sentiment,
            score=score,
        )
        analysis_result_ml_sentiment_result_item.additional_properties = d
        return analysis_result_ml_sentiment_result_item

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
