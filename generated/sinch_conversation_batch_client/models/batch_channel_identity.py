from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.batch_contact_channel import BatchContactChannel
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BatchChannelIdentity")


@_attrs_define(repr=False)
class BatchChannelIdentity:
    channel: BatchContactChannel
    identity: str
    """ The address on the channel, e.g. a phone number. """
    app_id: str | Unset = UNSET
    """ Required for app-scoped identities (Messenger, Instagram, LINE, WeChat). """
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
            channel = BatchContactChannel(d.pop("channel"))

            identity = d.pop("identity")

            app_id = d.pop("app_id", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        batch_channel_identity = cls(
            channel=channel,
            identity=identity,
            app_id=app_id,
        )
        batch_channel_identity.additional_properties = d
        return batch_channel_identity

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
