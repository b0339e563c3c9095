from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.processing_mode import ProcessingMode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_event import AppEvent
    from ..models.channel_identity import ChannelIdentity


T = TypeVar("T", bound="InjectEventRequest")


@_attrs_define(repr=False)
class InjectEventRequest:
    """An app event to record in a conversation's history, as if it had been sent."""

    app_event: AppEvent
    accept_time: datetime.datetime
    """ When the event was accepted. """
    conversation_id: str | Unset = UNSET
    """ The conversation the event belongs to. """
    contact_id: str | Unset = UNSET
    """ The contact the event belongs to. """
    channel_identity: ChannelIdentity | Unset = UNSET
    """ A unique identity of message recipient on a particular channel. For example, the channel identity on SMS,
    WHATSAPP or VIBERBM is a MSISDN phone number.
     """
    processing_mode: ProcessingMode | Unset = UNSET
    """ Whether the API stores contacts and conversations for the app (CONVERSATION) or not (DISPATCH, the default).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_event", False),
                ("accept_time", False),
                ("conversation_id", False),
                ("contact_id", False),
                ("channel_identity", False),
                ("processing_mode", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        app_event = self.app_event.to_dict()

        accept_time = self.accept_time.isoformat().replace("+00:00", "Z")

        conversation_id = self.conversation_id

        contact_id = self.contact_id

        channel_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_identity, Unset):
            channel_identity = self.channel_identity.to_dict()

        processing_mode: str | Unset = UNSET
        if not isinstance(self.processing_mode, Unset):
            processing_mode = self.processing_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_event": app_event,
                "accept_time": accept_time,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if channel_identity is not UNSET:
            field_dict["channel_identity"] = channel_identity
        if processing_mode is not UNSET:
            field_dict["processing_mode"] = processing_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_event import AppEvent
        from ..models.channel_identity import ChannelIdentity

        d = dict(src_dict)
        try:
            app_event = AppEvent.from_dict(d.pop("app_event"))

            accept_time = datetime.datetime.fromisoformat(d.pop("accept_time"))

            conversation_id = d.pop("conversation_id", UNSET)

            contact_id = d.pop("contact_id", UNSET)

            _channel_identity = d.pop("channel_identity", UNSET)
            channel_identity: ChannelIdentity | Unset
            if isinstance(_channel_identity, Unset):
                channel_identity = UNSET
            else:
                channel_identity = ChannelIdentity.from_dict(_channel_identity)

            _processing_mode = d.pop("processing_mode", UNSET)
            processing_mode: ProcessingMode | Unset
            if isinstance(_processing_mode, Unset):
                processing_mode = UNSET
            else:
                processing_mode = ProcessingMode(_processing_mode)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        inject_event_request = cls(
            app_event=app_event,
            accept_time=accept_time,
            conversation_id=conversation_id,
            contact_id=contact_id,
            channel_identity=channel_identity,
            processing_mode=processing_mode,
        )
        inject_event_request.additional_properties = d
        return inject_event_request

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
