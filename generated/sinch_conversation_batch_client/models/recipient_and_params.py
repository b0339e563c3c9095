from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.batch_recipient import BatchRecipient
    from ..models.string_map import StringMap


T = TypeVar("T", bound="RecipientAndParams")


@_attrs_define(repr=False)
class RecipientAndParams:
    recipient: BatchRecipient
    """ Who gets one message of the batch, by contact ID or by channel identities. """
    parameters: StringMap | Unset = UNSET
    """ String keys to string values. """
    message_metadata: StringMap | Unset = UNSET
    """ String keys to string values. """
    conversation_metadata: StringMap | Unset = UNSET
    """ String keys to string values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("recipient", False),
                ("parameters", False),
                ("message_metadata", False),
                ("conversation_metadata", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        message_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_metadata, Unset):
            message_metadata = self.message_metadata.to_dict()

        conversation_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_metadata, Unset):
            conversation_metadata = self.conversation_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if message_metadata is not UNSET:
            field_dict["message_metadata"] = message_metadata
        if conversation_metadata is not UNSET:
            field_dict["conversation_metadata"] = conversation_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_recipient import BatchRecipient
        from ..models.string_map import StringMap

        d = dict(src_dict)
        try:
            recipient = BatchRecipient.from_dict(d.pop("recipient"))

            _parameters = d.pop("parameters", UNSET)
            parameters: StringMap | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = StringMap.from_dict(_parameters)

            _message_metadata = d.pop("message_metadata", UNSET)
            message_metadata: StringMap | Unset
            if isinstance(_message_metadata, Unset):
                message_metadata = UNSET
            else:
                message_metadata = StringMap.from_dict(_message_metadata)

            _conversation_metadata = d.pop("conversation_metadata", UNSET)
            conversation_metadata: StringMap | Unset
            if isinstance(_conversation_metadata, Unset):
                conversation_metadata = UNSET
            else:
                conversation_metadata = StringMap.from_dict(_conversation_metadata)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        recipient_and_params = cls(
            recipient=recipient,
            parameters=parameters,
            message_metadata=message_metadata,
            conversation_metadata=conversation_metadata,
        )
        recipient_and_params.additional_properties = d
        return recipient_and_params

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
