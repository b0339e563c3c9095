from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.batch_contact_channel import BatchContactChannel
from ..models.batch_contact_language import BatchContactLanguage
from ..types import UNSET, AbsentList, Unset, is_absent, model_repr

if TYPE_CHECKING:
    from ..models.batch_channel_identity import BatchChannelIdentity


T = TypeVar("T", bound="BatchContact")


@_attrs_define(repr=False)
class BatchContact:
    channel_identities: list[BatchChannelIdentity]
    language: BatchContactLanguage
    channel_priority: list[BatchContactChannel] = _attrs_field(factory=AbsentList)
    """ The first channel is tried first. """
    display_name: str | Unset = UNSET
    """ "Unknown" when empty. """
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("channel_identities", False),
                ("language", False),
                ("channel_priority", False),
                ("display_name", False),
                ("email", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        channel_identities = []
        for channel_identities_item_data in self.channel_identities:
            channel_identities_item = channel_identities_item_data.to_dict()
            channel_identities.append(channel_identities_item)

        language = self.language.value

        channel_priority: list[str] | Unset = UNSET
        if not isinstance(self.channel_priority, Unset):
            channel_priority = []
            for channel_priority_item_data in self.channel_priority:
                channel_priority_item = channel_priority_item_data.value
                channel_priority.append(channel_priority_item)

        display_name = self.display_name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_identities": channel_identities,
                "language": language,
            }
        )
        if channel_priority is not UNSET and not is_absent(self.channel_priority):
            field_dict["channel_priority"] = channel_priority
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_channel_identity import BatchChannelIdentity

        d = dict(src_dict)
        try:
            channel_identities = []
            _channel_identities = d.pop("channel_identities")
            for channel_identities_item_data in _channel_identities:
                channel_identities_item = BatchChannelIdentity.from_dict(
                    channel_identities_item_data
                )

                channel_identities.append(channel_identities_item)

            language = BatchContactLanguage(d.pop("language"))

            _channel_priority = d.pop("channel_priority", UNSET)
            channel_priority: list[BatchContactChannel] | Unset = UNSET
            if _channel_priority is not UNSET:
                channel_priority = []
                for channel_priority_item_data in _channel_priority:
                    channel_priority_item = BatchContactChannel(channel_priority_item_data)

                    channel_priority.append(channel_priority_item)

            display_name = d.pop("display_name", UNSET)

            email = d.pop("email", UNSET)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        batch_contact = cls(
            channel_identities=channel_identities,
            language=language,
            channel_priority=AbsentList()
            if isinstance(channel_priority, Unset)
            else channel_priority,
            display_name=display_name,
            email=email,
        )
        batch_contact.additional_properties = d
        return batch_contact

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
