from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_recipient import ContactRecipient
    from ..models.identified_recipient import IdentifiedRecipient


T = TypeVar("T", bound="OptOut")


@_attrs_define
class OptOut:
    """An Opt-Out contains the identity of the recipient which retract its consent to receive messages from Conversation
    API apps on a given channel.

    """

    app_id: str
    """ The app for which the Opt-Out is being registered. """
    channels: list[ConversationChannel]
    """ The channels covered by this Opt-Out. The default are all the channels for a contact if recipient is
    contact_id or the channels in the channel_identities list.
     """
    recipient: ContactRecipient | IdentifiedRecipient | Unset = UNSET
    """ The recipient, by contact ID or by channel identities (DISPATCH mode requires identified_by). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_recipient import ContactRecipient

        app_id = self.app_id

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.value
            channels.append(channels_item)

        recipient: dict[str, Any] | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        elif isinstance(self.recipient, ContactRecipient):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "channels": channels,
            }
        )
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_recipient import ContactRecipient
        from ..models.identified_recipient import IdentifiedRecipient

        d = dict(src_dict)
        app_id = d.pop("app_id")

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = ConversationChannel(channels_item_data)

            channels.append(channels_item)

        def _parse_recipient(data: object) -> ContactRecipient | IdentifiedRecipient | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_recipient_type_0 = ContactRecipient.from_dict(data)

                return componentsschemas_recipient_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_recipient_type_1 = IdentifiedRecipient.from_dict(data)

            return componentsschemas_recipient_type_1

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        opt_out = cls(
            app_id=app_id,
            channels=channels,
            recipient=recipient,
        )

        opt_out.additional_properties = d
        return opt_out

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
