from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reason_code import ReasonCode
from ..models.reason_sub_code import ReasonSubCode
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Reason")


@_attrs_define(repr=False)
class Reason:
    """Reason"""

    code: ReasonCode | Unset = UNSET
    """  - UNKNOWN: UNKNOWN is used if no other code can be used to describe the encountered error.
     - INTERNAL_ERROR: An internal error occurred. Please save the entire callback if you want to
    report an error.
     - RATE_LIMITED: The message or event was not sent due to rate limiting.
     - RECIPIENT_INVALID_CHANNEL_IDENTITY: The channel recipient identity was malformed.
     - RECIPIENT_NOT_REACHABLE: It was not possible to reach the contact, or channel recipient identity,
    on the channel.
     - RECIPIENT_NOT_OPTED_IN: The contact, or channel recipient identity, has not opt-ed in on the channel.
     - OUTSIDE_ALLOWED_SENDING_WINDOW: The allowed sending window has expired. See the channel documentation
    for more information about how the sending window works for the different
    channels.
     - CHANNEL_FAILURE: The channel failed to accept the message. The Conversation API performs
    multiple retries in case of transient errors
     - CHANNEL_BAD_CONFIGURATION: The configuration of the channel for the used App is wrong. The bad
    configuration caused the channel to reject the message. Please see
    the channel support documentation page for how to set it up correctly.
     - CHANNEL_CONFIGURATION_MISSING: The configuration of the channel is missing from the used App. Please see
    the channel support documentation page for how to set it up correctly.
     - MEDIA_TYPE_UNSUPPORTED: Some of the referenced media files is of a unsupported media type. Please
    read the channel support documentation page to find out the limitations
    on media that the different channels impose.
     - MEDIA_TOO_LARGE: Some of the referenced media files are too large. Please read the channel
    support documentation to find out the limitations on file size that the
    different channels impose.
     - MEDIA_NOT_REACHABLE: The provided media link was not accessible from the Conversation API or
    from the underlying channels. Please make sure that the media file is
    accessible.
     - NO_CHANNELS_LEFT: No channels to try to send the message to. This error will occur if one
    attempts to send a message to a channel with no channel identities or if
    all applicable channels have been attempted.
     - TEMPLATE_NOT_FOUND: The referenced template was not found.
     - TEMPLATE_INSUFFICIENT_PARAMETERS: Sufficient template parameters was not given. All parameters defined
    in the template must be provided when sending a template message
     - TEMPLATE_NON_EXISTING_LANGUAGE_OR_VERSION: The selected language, or version, of the referenced template did
    not exist. Please check the available versions and languages of the template
     - DELIVERY_TIMED_OUT: The message delivery, or event delivery, failed due to a channel-imposed timeout.
    See the channel support documentation page for further details
    about how the different channels behave.
     - DELIVERY_REJECTED_DUE_TO_POLICY: The message or event was rejected by the channel due to a policy.
    Some channels have specific policies that must be met to send a message.
    See the channel support documentation page for more information about
    when this error will be triggered.
     - CONTACT_NOT_FOUND: The provided Contact ID did not exist.
     - BAD_REQUEST: Conversation API validates send requests in two different stages.
    The first stage is right before the message is enqueued.
    If this first validation fails the API responds with 400 Bad Request
    and the request is discarded immediately.
    The second validation kicks in during message processing and
    it normally contains channel specific validation rules.
    Failures during second request validation are
    delivered as callbacks to MESSAGE_DELIVERY (EVENT_DELIVERY) webhooks
    with ReasonCode BAD_REQUEST.
     - UNKNOWN_APP: The used App is missing. This error may occur when the app is removed
    during message processing.
     - NO_CHANNEL_IDENTITY_FOR_CONTACT: The contact has no channel identities setup, or the contact has no
    channels setup for the resolved channel priorities.
     - CHANNEL_REJECT: Generic error for channel permanently rejecting a message.
    Only used if no other better matching error can be used
     - NO_PERMISSION: No permission to perform action
     - NO_PROFILE_AVAILABLE: No available profile data for user
     - UNSUPPORTED_OPERATION: Generic error for channel unsupported operations. """
    description: str | Unset = UNSET
    """ A textual description of the reason. """
    sub_code: ReasonSubCode | Unset = UNSET
    """  - UNSPECIFIED_SUB_CODE: UNSPECIFIED_SUB_CODE is used if no other sub code can be used to describe the
    encountered error.
     - ATTACHMENT_REJECTED: The message attachment was rejected by the channel due to a policy.
    Some channels have specific policies that must be met to receive an attachment.
     - MEDIA_TYPE_UNDETERMINED: The specified media urls media type could not be determined
     - INACTIVE_SENDER: The used credentials for the underlying channel is inactivated and not allowed to send or
    receive messages. """
    channel_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("code", False),
                ("description", False),
                ("sub_code", False),
                ("channel_code", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        description = self.description

        sub_code: str | Unset = UNSET
        if not isinstance(self.sub_code, Unset):
            sub_code = self.sub_code.value

        channel_code = self.channel_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if sub_code is not UNSET:
            field_dict["sub_code"] = sub_code
        if channel_code is not UNSET:
            field_dict["channel_code"] = channel_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: ReasonCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = ReasonCode(_code)

        description = d.pop("description", UNSET)

        _sub_code = d.pop("sub_code", UNSET)
        sub_code: ReasonSubCode | Unset
        if isinstance(_sub_code, Unset):
            sub_code = UNSET
        else:
            sub_code = ReasonSubCode(_sub_code)

        channel_code = d.pop("channel_code", UNSET)

        reason = cls(
            code=code,
            description=description,
            sub_code=sub_code,
            channel_code=channel_code,
        )
        reason.additional_properties = d
        return reason

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
