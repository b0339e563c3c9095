from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.consent_record import ConsentRecord


T = TypeVar("T", bound="InsertConsentsRequest")


@_attrs_define(repr=False)
class InsertConsentsRequest:
    app_id: str
    """ The app whose lists the records go on. """
    consent_records: list[ConsentRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("consent_records", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        consent_records = []
        for consent_records_item_data in self.consent_records:
            consent_records_item = consent_records_item_data.to_dict()
            consent_records.append(consent_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "consent_records": consent_records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.consent_record import ConsentRecord

        d = dict(src_dict)
        try:
            app_id = d.pop("app_id")

            consent_records = []
            _consent_records = d.pop("consent_records")
            for consent_records_item_data in _consent_records:
                consent_records_item = ConsentRecord.from_dict(consent_records_item_data)

                consent_records.append(consent_records_item)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        insert_consents_request = cls(
            app_id=app_id,
            consent_records=consent_records,
        )
        insert_consents_request.additional_properties = d
        return insert_consents_request

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
