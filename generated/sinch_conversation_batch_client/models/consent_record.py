from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.consent_type import ConsentType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ConsentRecord")


@_attrs_define(repr=False)
class ConsentRecord:
    identification: str
    """ Whom the record is about, e.g. a phone number or a contact ID. """
    consent_type: ConsentType | Unset = UNSET
    """ The opt-out list the identification goes on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("identification", False),
                ("consent_type", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        identification = self.identification

        consent_type: str | Unset = UNSET
        if not isinstance(self.consent_type, Unset):
            consent_type = self.consent_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identification": identification,
            }
        )
        if consent_type is not UNSET:
            field_dict["consent_type"] = consent_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            identification = d.pop("identification")

            _consent_type = d.pop("consent_type", UNSET)
            consent_type: ConsentType | Unset
            if isinstance(_consent_type, Unset):
                consent_type = UNSET
            else:
                consent_type = ConsentType(_consent_type)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        consent_record = cls(
            identification=identification,
            consent_type=consent_type,
        )
        consent_record.additional_properties = d
        return consent_record

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
