from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ChannelIdentity")


@_attrs_define(repr=False)
class ChannelIdentity:
    """A unique identity of message recipient on a particular channel. For example, the channel identity on SMS, WHATSAPP
    or VIBERBM is a MSISDN phone number.

    """

    channel: ConversationChannel
    """ Channel Identifier """
    identity: str
    """ Required. The channel identity e.g., a phone number for SMS, WhatsApp and Viber Business. """
    app_id: str | Unset = UNSET
    """ Optional. The Conversation API's app ID if this is app-scoped channel identity. Currently, FB Messenger and
    Viber are using app-scoped channel identities which means contacts will have different channel identities for
    different apps. FB Messenger uses PSIDs (Page-Scoped IDs) as channel identities. The app_id is pointing to the
    app linked to the FB page for which this PSID is issued.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("channel", False),
                ("identity", False),
                ("app_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        identity = self.identity

        app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "identity": identity,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            channel = ConversationChannel(d.pop("channel"))

            identity = d.pop("identity")

            app_id = d.pop("app_id", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        channel_identity = cls(
            channel=channel,
            identity=identity,
            app_id=app_id,
        )
        channel_identity.additional_properties = d
        return channel_identity

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
