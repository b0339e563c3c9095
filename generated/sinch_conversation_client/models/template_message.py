from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.template_message_channel_template import (
        TemplateMessageChannelTemplate,
    )
    from ..models.template_reference import TemplateReference


T = TypeVar("T", bound="TemplateMessage")


@_attrs_define(repr=False)
class TemplateMessage:
    """Message referring to predefined template"""

    channel_template: TemplateMessageChannelTemplate | Unset = UNSET
    """ Optional. Channel specific template reference with parameters per channel. The channel template if exists
    overrides the omnichannel template. At least one of channel_template or omni_template needs to be present. The
    key in the map must point to a valid conversation channel as defined by the enum ConversationChannel.
     """
    omni_template: TemplateReference | Unset = UNSET
    """ The referenced template can be an omnichannel template stored in Conversation API Template Store as
    AppMessage or it can reference external channel-specific template such as WhatsApp Business Template.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("channel_template", False),
                ("omni_template", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        channel_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_template, Unset):
            channel_template = self.channel_template.to_dict()

        omni_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.omni_template, Unset):
            omni_template = self.omni_template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_template is not UNSET:
            field_dict["channel_template"] = channel_template
        if omni_template is not UNSET:
            field_dict["omni_template"] = omni_template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_message_channel_template import (
            TemplateMessageChannelTemplate,
        )
        from ..models.template_reference import TemplateReference

        d = dict(src_dict)
        _channel_template = d.pop("channel_template", UNSET)
        channel_template: TemplateMessageChannelTemplate | Unset
        if isinstance(_channel_template, Unset):
            channel_template = UNSET
        else:
            channel_template = TemplateMessageChannelTemplate.from_dict(_channel_template)

        _omni_template = d.pop("omni_template", UNSET)
        omni_template: TemplateReference | Unset
        if isinstance(_omni_template, Unset):
            omni_template = UNSET
        else:
            omni_template = TemplateReference.from_dict(_omni_template)

        template_message = cls(
            channel_template=channel_template,
            omni_template=omni_template,
        )
        template_message.additional_properties = d
        return template_message

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
