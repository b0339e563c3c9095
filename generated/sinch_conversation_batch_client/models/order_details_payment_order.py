from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.order_details_payment_order_item import OrderDetailsPaymentOrderItem


T = TypeVar("T", bound="OrderDetailsPaymentOrder")


@_attrs_define(repr=False)
class OrderDetailsPaymentOrder:
    subtotal_value: float
    tax_value: float
    items: list[OrderDetailsPaymentOrderItem]
    catalog_id: str | Unset = UNSET
    expiration_time: str | Unset = UNSET
    expiration_description: str | Unset = UNSET
    tax_description: str | Unset = UNSET
    shipping_value: float | Unset = UNSET
    shipping_description: str | Unset = UNSET
    discount_value: float | Unset = UNSET
    discount_description: str | Unset = UNSET
    discount_program_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("subtotal_value", False),
                ("tax_value", False),
                ("items", False),
                ("catalog_id", False),
                ("expiration_time", False),
                ("expiration_description", False),
                ("tax_description", False),
                ("shipping_value", False),
                ("shipping_description", False),
                ("discount_value", False),
                ("discount_description", False),
                ("discount_program_name", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        subtotal_value = self.subtotal_value

        tax_value = self.tax_value

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        catalog_id = self.catalog_id

        expiration_time = self.expiration_time

        expiration_description = self.expiration_description

        tax_description = self.tax_description

        shipping_value = self.shipping_value

        shipping_description = self.shipping_description

        discount_value = self.discount_value

        discount_description = self.discount_description

        discount_program_name = self.discount_program_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtotal_value": subtotal_value,
                "tax_value": tax_value,
                "items": items,
            }
        )
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if expiration_description is not UNSET:
            field_dict["expiration_description"] = expiration_description
        if tax_description is not UNSET:
            field_dict["tax_description"] = tax_description
        if shipping_value is not UNSET:
            field_dict["shipping_value"] = shipping_value
        if shipping_description is not UNSET:
            field_dict["shipping_description"] = shipping_description
        if discount_value is not UNSET:
            field_dict["discount_value"] = discount_value
        if discount_description is not UNSET:
            field_dict["discount_description"] = discount_description
        if discount_program_name is not UNSET:
            field_dict["discount_program_name"] = discount_program_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_details_payment_order_item import (
            OrderDetailsPaymentOrderItem,
        )

        d = dict(src_dict)
        try:
            subtotal_value = d.pop("subtotal_value")

            tax_value = d.pop("tax_value")

            items = []
            _items = d.pop("items")
            for items_item_data in _items:
                items_item = OrderDetailsPaymentOrderItem.from_dict(items_item_data)

                items.append(items_item)

            catalog_id = d.pop("catalog_id", UNSET)

            expiration_time = d.pop("expiration_time", UNSET)

            expiration_description = d.pop("expiration_description", UNSET)

            tax_description = d.pop("tax_description", UNSET)

            shipping_value = d.pop("shipping_value", UNSET)

            shipping_description = d.pop("shipping_description", UNSET)

            discount_value = d.pop("discount_value", UNSET)

            discount_description = d.pop("discount_description", UNSET)

            discount_program_name = d.pop("discount_program_name", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        order_details_payment_order = cls(
            subtotal_value=subtotal_value,
            tax_value=tax_value,
            items=items,
            catalog_id=catalog_id,
            expiration_time=expiration_time,
            expiration_description=expiration_description,
            tax_description=tax_description,
            shipping_value=shipping_value,
            shipping_description=shipping_description,
            discount_value=discount_value,
            discount_description=discount_description,
            discount_program_name=discount_program_name,
        )
        order_details_payment_order.additional_properties = d
        return order_details_payment_order

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
