from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OrderDetailsPaymentOrderItem")


@_attrs_define(repr=False)
class OrderDetailsPaymentOrderItem:
    retailer_id: str
    name: str
    amount_value: float
    quantity: float
    sale_amount_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("retailer_id", False),
                ("name", False),
                ("amount_value", False),
                ("quantity", False),
                ("sale_amount_value", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        retailer_id = self.retailer_id

        name = self.name

        amount_value = self.amount_value

        quantity = self.quantity

        sale_amount_value = self.sale_amount_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retailer_id": retailer_id,
                "name": name,
                "amount_value": amount_value,
                "quantity": quantity,
            }
        )
        if sale_amount_value is not UNSET:
            field_dict["sale_amount_value"] = sale_amount_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            retailer_id = d.pop("retailer_id")

            name = d.pop("name")

            amount_value = d.pop("amount_value")

            quantity = d.pop("quantity")

            sale_amount_value = d.pop("sale_amount_value", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        order_details_payment_order_item = cls(
            retailer_id=retailer_id,
            name=name,
            amount_value=amount_value,
            quantity=quantity,
            sale_amount_value=sale_amount_value,
        )
        order_details_payment_order_item.additional_properties = d
        return order_details_payment_order_item

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
