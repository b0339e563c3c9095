from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.channel_identity import ChannelIdentity


T = TypeVar("T", bound="BatchRecipientIdentifiedBy")


@_attrs_define(repr=False)
class BatchRecipientIdentifiedBy:
    channel_identities: list[ChannelIdentity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, (("channel_identities", False),))

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        channel_identities = []
        for channel_identities_item_data in self.channel_identities:
            channel_identities_item = channel_identities_item_data.to_dict()
            channel_identities.append(channel_identities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_identities": channel_identities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.channel_identity import ChannelIdentity

        d = dict(src_dict)
        try:
            channel_identities = []
            _channel_identities = d.pop("channel_identities")
            for channel_identities_item_data in _channel_identities:
                channel_identities_item = ChannelIdentity.from_dict(channel_identities_item_data)

                channel_identities.append(channel_identities_item)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        batch_recipient_identified_by = cls(
            channel_identities=channel_identities,
        )
        batch_recipient_identified_by.additional_properties = d
        return batch_recipient_identified_by

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
