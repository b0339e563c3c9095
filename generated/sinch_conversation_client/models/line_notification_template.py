from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.line_notification_template_body import LineNotificationTemplateBody


T = TypeVar("T", bound="LineNotificationTemplate")


@_attrs_define(repr=False)
class LineNotificationTemplate:
    """A LINE notification message template (message_type NOTIFICATION_MESSAGE_TEMPLATE)."""

    template_key: str
    body: LineNotificationTemplateBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("template_key", False),
                ("body", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        template_key = self.template_key

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_key": template_key,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_notification_template_body import (
            LineNotificationTemplateBody,
        )

        d = dict(src_dict)
        try:
            template_key = d.pop("template_key")

            _body = d.pop("body", UNSET)
            body: LineNotificationTemplateBody | Unset
            if isinstance(_body, Unset):
                body = UNSET
            else:
                body = LineNotificationTemplateBody.from_dict(_body)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        line_notification_template = cls(
            template_key=template_key,
            body=body,
        )
        line_notification_template.additional_properties = d
        return line_notification_template

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
