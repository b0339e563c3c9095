from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mms_credentials import MMSCredentials
    from ..models.static_bearer_credential import StaticBearerCredential
    from ..models.static_token_credential import StaticTokenCredential


T = TypeVar("T", bound="ConversationChannelCredential")


def _masked(value: object) -> str:
    """repr() of a secret-bearing field: whether it is set, never what it holds."""
    return repr(value) if value is UNSET or value is None else "'***'"


@_attrs_define
class ConversationChannelCredential:
    """Enables access to the underlying messaging channel."""

    channel: ConversationChannel
    """ Channel Identifier """
    callback_secret: str | Unset = _attrs_field(default=UNSET, repr=_masked)
    """ The secret used to verify the channel callbacks for channels which support callback verification. The
    callback verification is not needed for Sinch-managed channels because the callbacks are not leaving Sinch
    internal networks. Max length is 256 characters. Note: leaving channel_callback_secret empty for channels with
    callback verification will disable the verification.
     """
    mms_credentials: MMSCredentials | Unset = UNSET
    """ MMS channel credential """
    static_bearer: StaticBearerCredential | Unset = UNSET
    """ It consists of claimed identity and a static token. """
    static_token: StaticTokenCredential | Unset = UNSET
    """ Static Token Credential """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        callback_secret = self.callback_secret

        mms_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mms_credentials, Unset):
            mms_credentials = self.mms_credentials.to_dict()

        static_bearer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.static_bearer, Unset):
            static_bearer = self.static_bearer.to_dict()

        static_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.static_token, Unset):
            static_token = self.static_token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if callback_secret is not UNSET:
            field_dict["callback_secret"] = callback_secret
        if mms_credentials is not UNSET:
            field_dict["mms_credentials"] = mms_credentials
        if static_bearer is not UNSET:
            field_dict["static_bearer"] = static_bearer
        if static_token is not UNSET:
            field_dict["static_token"] = static_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mms_credentials import MMSCredentials
        from ..models.static_bearer_credential import StaticBearerCredential
        from ..models.static_token_credential import StaticTokenCredential

        d = dict(src_dict)
        try:
            channel = ConversationChannel(d.pop("channel"))

            callback_secret = d.pop("callback_secret", UNSET)

            _mms_credentials = d.pop("mms_credentials", UNSET)
            mms_credentials: MMSCredentials | Unset
            if isinstance(_mms_credentials, Unset):
                mms_credentials = UNSET
            else:
                mms_credentials = MMSCredentials.from_dict(_mms_credentials)

            _static_bearer = d.pop("static_bearer", UNSET)
            static_bearer: StaticBearerCredential | Unset
            if isinstance(_static_bearer, Unset):
                static_bearer = UNSET
            else:
                static_bearer = StaticBearerCredential.from_dict(_static_bearer)

            _static_token = d.pop("static_token", UNSET)
            static_token: StaticTokenCredential | Unset
            if isinstance(_static_token, Unset):
                static_token = UNSET
            else:
                static_token = StaticTokenCredential.from_dict(_static_token)

        except MissingFieldError:
            raise
        except KeyError as exc:  # a required field is absent
            raise MissingFieldError(cls.__name__, str(exc.args[0])) from None
        conversation_channel_credential = cls(
            channel=channel,
            callback_secret=callback_secret,
            mms_credentials=mms_credentials,
            static_bearer=static_bearer,
            static_token=static_token,
        )
        conversation_channel_credential.additional_properties = d
        return conversation_channel_credential

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
