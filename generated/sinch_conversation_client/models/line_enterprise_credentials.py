from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.line_enterprise_credentials_pair import LineEnterpriseCredentialsPair


T = TypeVar("T", bound="LineEnterpriseCredentials")


@_attrs_define(repr=False)
class LineEnterpriseCredentials:
    """LINE Enterprise credentials for Japan or Thailand (one region per entry)."""

    is_default: bool | Unset = UNSET
    line_japan: LineEnterpriseCredentialsPair | Unset = UNSET
    line_thailand: LineEnterpriseCredentialsPair | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("is_default", False),
                ("line_japan", False),
                ("line_thailand", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        is_default = self.is_default

        line_japan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_japan, Unset):
            line_japan = self.line_japan.to_dict()

        line_thailand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_thailand, Unset):
            line_thailand = self.line_thailand.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if line_japan is not UNSET:
            field_dict["line_japan"] = line_japan
        if line_thailand is not UNSET:
            field_dict["line_thailand"] = line_thailand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_enterprise_credentials_pair import (
            LineEnterpriseCredentialsPair,
        )

        d = dict(src_dict)
        is_default = d.pop("is_default", UNSET)

        _line_japan = d.pop("line_japan", UNSET)
        line_japan: LineEnterpriseCredentialsPair | Unset
        if isinstance(_line_japan, Unset):
            line_japan = UNSET
        else:
            line_japan = LineEnterpriseCredentialsPair.from_dict(_line_japan)

        _line_thailand = d.pop("line_thailand", UNSET)
        line_thailand: LineEnterpriseCredentialsPair | Unset
        if isinstance(_line_thailand, Unset):
            line_thailand = UNSET
        else:
            line_thailand = LineEnterpriseCredentialsPair.from_dict(_line_thailand)

        line_enterprise_credentials = cls(
            is_default=is_default,
            line_japan=line_japan,
            line_thailand=line_thailand,
        )
        line_enterprise_credentials.additional_properties = d
        return line_enterprise_credentials

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
