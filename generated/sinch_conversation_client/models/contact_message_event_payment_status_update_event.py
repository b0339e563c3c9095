from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_message_event_payment_status_update_event_payment_status import (
    ContactMessageEventPaymentStatusUpdateEventPaymentStatus,
)
from ..models.contact_message_event_payment_status_update_event_payment_transaction_status import (
    ContactMessageEventPaymentStatusUpdateEventPaymentTransactionStatus,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContactMessageEventPaymentStatusUpdateEvent")


@_attrs_define(repr=False)
class ContactMessageEventPaymentStatusUpdateEvent:
    reference_id: str | Unset = UNSET
    payment_status: ContactMessageEventPaymentStatusUpdateEventPaymentStatus | Unset = UNSET
    payment_transaction_status: (
        ContactMessageEventPaymentStatusUpdateEventPaymentTransactionStatus | Unset
    ) = UNSET
    payment_transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("reference_id", False),
                ("payment_status", False),
                ("payment_transaction_status", False),
                ("payment_transaction_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.value

        payment_transaction_status: str | Unset = UNSET
        if not isinstance(self.payment_transaction_status, Unset):
            payment_transaction_status = self.payment_transaction_status.value

        payment_transaction_id = self.payment_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if payment_transaction_status is not UNSET:
            field_dict["payment_transaction_status"] = payment_transaction_status
        if payment_transaction_id is not UNSET:
            field_dict["payment_transaction_id"] = payment_transaction_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reference_id = d.pop("reference_id", UNSET)

        _payment_status = d.pop("payment_status", UNSET)
        payment_status: ContactMessageEventPaymentStatusUpdateEventPaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = ContactMessageEventPaymentStatusUpdateEventPaymentStatus(
                _payment_status
            )

        _payment_transaction_status = d.pop("payment_transaction_status", UNSET)
        payment_transaction_status: (
            ContactMessageEventPaymentStatusUpdateEventPaymentTransactionStatus | Unset
        )
        if isinstance(_payment_transaction_status, Unset):
            payment_transaction_status = UNSET
        else:
            payment_transaction_status = (
                ContactMessageEventPaymentStatusUpdateEventPaymentTransactionStatus(
                    _payment_transaction_status
                )
            )

        payment_transaction_id = d.pop("payment_transaction_id", UNSET)

        contact_message_event_payment_status_update_event = cls(
            reference_id=reference_id,
            payment_status=payment_status,
            payment_transaction_status=payment_transaction_status,
            payment_transaction_id=payment_transaction_id,
        )
        contact_message_event_payment_status_update_event.additional_properties = d
        return contact_message_event_payment_status_update_event

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
