from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.product_item import ProductItem


T = TypeVar("T", bound="ProductResponseMessage")


@_attrs_define(repr=False)
class ProductResponseMessage:
    """The products a contact selected, with an optional text and catalog."""

    products: list[ProductItem]
    title: str | Unset = UNSET
    catalog_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("products", False),
                ("title", False),
                ("catalog_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        title = self.title

        catalog_id = self.catalog_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "products": products,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_item import ProductItem

        d = dict(src_dict)
        try:
            products = []
            _products = d.pop("products")
            for products_item_data in _products:
                products_item = ProductItem.from_dict(products_item_data)

                products.append(products_item)

            title = d.pop("title", UNSET)

            catalog_id = d.pop("catalog_id", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        product_response_message = cls(
            products=products,
            title=title,
            catalog_id=catalog_id,
        )
        product_response_message.additional_properties = d
        return product_response_message

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
