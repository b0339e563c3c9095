from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.choice_item import ChoiceItem
    from ..models.product_item import ProductItem


T = TypeVar("T", bound="ListItem")


@_attrs_define(repr=False)
class ListItem:
    """One entry of a list section, a choice or a product."""

    choice: ChoiceItem | Unset = UNSET
    """ One choice of a list section. """
    product: ProductItem | Unset = UNSET
    """ A product of a list section or of a contact's product response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("choice", False),
                ("product", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        choice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.choice, Unset):
            choice = self.choice.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if choice is not UNSET:
            field_dict["choice"] = choice
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.choice_item import ChoiceItem
        from ..models.product_item import ProductItem

        d = dict(src_dict)
        _choice = d.pop("choice", UNSET)
        choice: ChoiceItem | Unset
        if isinstance(_choice, Unset):
            choice = UNSET
        else:
            choice = ChoiceItem.from_dict(_choice)

        _product = d.pop("product", UNSET)
        product: ProductItem | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductItem.from_dict(_product)

        list_item = cls(
            choice=choice,
            product=product,
        )
        list_item.additional_properties = d
        return list_item

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
