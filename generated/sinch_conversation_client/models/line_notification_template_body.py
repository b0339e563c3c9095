from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.line_notification_template_button import (
        LineNotificationTemplateButton,
    )
    from ..models.line_notification_template_item import LineNotificationTemplateItem


T = TypeVar("T", bound="LineNotificationTemplateBody")


@_attrs_define(repr=False)
class LineNotificationTemplateBody:
    emphasized_item: LineNotificationTemplateItem | Unset = UNSET
    items: list[LineNotificationTemplateItem] = _attrs_field(factory=AbsentList)
    buttons: list[LineNotificationTemplateButton] = _attrs_field(factory=AbsentList)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("emphasized_item", False),
                ("items", False),
                ("buttons", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        emphasized_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emphasized_item, Unset):
            emphasized_item = self.emphasized_item.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emphasized_item is not UNSET:
            field_dict["emphasized_item"] = emphasized_item
        if items is not UNSET and not is_absent(self.items):
            field_dict["items"] = items
        if buttons is not UNSET and not is_absent(self.buttons):
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_notification_template_button import (
            LineNotificationTemplateButton,
        )
        from ..models.line_notification_template_item import (
            LineNotificationTemplateItem,
        )

        d = dict(src_dict)
        _emphasized_item = d.pop("emphasized_item", UNSET)
        emphasized_item: LineNotificationTemplateItem | Unset
        if isinstance(_emphasized_item, Unset):
            emphasized_item = UNSET
        else:
            emphasized_item = LineNotificationTemplateItem.from_dict(_emphasized_item)

        _items = d.pop("items", UNSET)
        items: list[LineNotificationTemplateItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = LineNotificationTemplateItem.from_dict(items_item_data)

                items.append(items_item)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[LineNotificationTemplateButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = LineNotificationTemplateButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        line_notification_template_body = cls(
            emphasized_item=emphasized_item,
            items=AbsentList() if isinstance(items, Unset) else items,
            buttons=AbsentList() if isinstance(buttons, Unset) else buttons,
        )
        line_notification_template_body.additional_properties = d
        return line_notification_template_body

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
