from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProductItem")


@_attrs_define(repr=False)
class ProductItem:
    """A product of a list section or of a contact's product response."""

    id: str
    marketplace: str
    quantity: int | Unset = UNSET
    item_price: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", False),
                ("marketplace", False),
                ("quantity", False),
                ("item_price", False),
                ("currency", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        marketplace = self.marketplace

        quantity = self.quantity

        item_price = self.item_price

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "marketplace": marketplace,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if item_price is not UNSET:
            field_dict["item_price"] = item_price
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")

            marketplace = d.pop("marketplace")

            quantity = d.pop("quantity", UNSET)

            item_price = d.pop("item_price", UNSET)

            currency = d.pop("currency", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        product_item = cls(
            id=id,
            marketplace=marketplace,
            quantity=quantity,
            item_price=item_price,
            currency=currency,
        )
        product_item.additional_properties = d
        return product_item

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
