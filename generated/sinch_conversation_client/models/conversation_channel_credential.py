from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError
from ..models.conversation_channel import ConversationChannel
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.apple_bc_credentials import AppleBcCredentials
    from ..models.channel_integration_state import ChannelIntegrationState
    from ..models.instagram_credentials import InstagramCredentials
    from ..models.kakao_talk_chat_credentials import KakaoTalkChatCredentials
    from ..models.kakao_talk_credentials import KakaoTalkCredentials
    from ..models.line_credentials import LineCredentials
    from ..models.line_enterprise_credentials import LineEnterpriseCredentials
    from ..models.mms_credentials import MMSCredentials
    from ..models.static_bearer_credential import StaticBearerCredential
    from ..models.static_token_credential import StaticTokenCredential
    from ..models.telegram_credentials import TelegramCredentials
    from ..models.we_chat_credentials import WeChatCredentials


T = TypeVar("T", bound="ConversationChannelCredential")


@_attrs_define(repr=False)
class ConversationChannelCredential:
    """Enables access to the underlying messaging channel."""

    channel: ConversationChannel
    """ Channel Identifier """
    callback_secret: str | Unset = UNSET
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
    instagram_credentials: InstagramCredentials | Unset = UNSET
    telegram_credentials: TelegramCredentials | Unset = UNSET
    kakaotalk_credentials: KakaoTalkCredentials | Unset = UNSET
    kakaotalkchat_credentials: KakaoTalkChatCredentials | Unset = UNSET
    line_credentials: LineCredentials | Unset = UNSET
    line_enterprise_credentials: LineEnterpriseCredentials | Unset = UNSET
    """ LINE Enterprise credentials for Japan or Thailand (one region per entry). """
    wechat_credentials: WeChatCredentials | Unset = UNSET
    applebc_credentials: AppleBcCredentials | Unset = UNSET
    credential_ordinal_number: int | Unset = UNSET
    state: ChannelIntegrationState | Unset = UNSET
    """ Where the channel's credential integration stands (set by the API). """
    channel_known_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("channel", False),
                ("callback_secret", True),
                ("mms_credentials", False),
                ("static_bearer", False),
                ("static_token", False),
                ("instagram_credentials", False),
                ("telegram_credentials", False),
                ("kakaotalk_credentials", False),
                ("kakaotalkchat_credentials", False),
                ("line_credentials", False),
                ("line_enterprise_credentials", False),
                ("wechat_credentials", False),
                ("applebc_credentials", False),
                ("credential_ordinal_number", False),
                ("state", False),
                ("channel_known_id", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

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

        instagram_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instagram_credentials, Unset):
            instagram_credentials = self.instagram_credentials.to_dict()

        telegram_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.telegram_credentials, Unset):
            telegram_credentials = self.telegram_credentials.to_dict()

        kakaotalk_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kakaotalk_credentials, Unset):
            kakaotalk_credentials = self.kakaotalk_credentials.to_dict()

        kakaotalkchat_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kakaotalkchat_credentials, Unset):
            kakaotalkchat_credentials = self.kakaotalkchat_credentials.to_dict()

        line_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_credentials, Unset):
            line_credentials = self.line_credentials.to_dict()

        line_enterprise_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_enterprise_credentials, Unset):
            line_enterprise_credentials = self.line_enterprise_credentials.to_dict()

        wechat_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wechat_credentials, Unset):
            wechat_credentials = self.wechat_credentials.to_dict()

        applebc_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applebc_credentials, Unset):
            applebc_credentials = self.applebc_credentials.to_dict()

        credential_ordinal_number = self.credential_ordinal_number

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        channel_known_id = self.channel_known_id

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
        if instagram_credentials is not UNSET:
            field_dict["instagram_credentials"] = instagram_credentials
        if telegram_credentials is not UNSET:
            field_dict["telegram_credentials"] = telegram_credentials
        if kakaotalk_credentials is not UNSET:
            field_dict["kakaotalk_credentials"] = kakaotalk_credentials
        if kakaotalkchat_credentials is not UNSET:
            field_dict["kakaotalkchat_credentials"] = kakaotalkchat_credentials
        if line_credentials is not UNSET:
            field_dict["line_credentials"] = line_credentials
        if line_enterprise_credentials is not UNSET:
            field_dict["line_enterprise_credentials"] = line_enterprise_credentials
        if wechat_credentials is not UNSET:
            field_dict["wechat_credentials"] = wechat_credentials
        if applebc_credentials is not UNSET:
            field_dict["applebc_credentials"] = applebc_credentials
        if credential_ordinal_number is not UNSET:
            field_dict["credential_ordinal_number"] = credential_ordinal_number
        if state is not UNSET:
            field_dict["state"] = state
        if channel_known_id is not UNSET:
            field_dict["channel_known_id"] = channel_known_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.apple_bc_credentials import AppleBcCredentials
        from ..models.channel_integration_state import ChannelIntegrationState
        from ..models.instagram_credentials import InstagramCredentials
        from ..models.kakao_talk_chat_credentials import KakaoTalkChatCredentials
        from ..models.kakao_talk_credentials import KakaoTalkCredentials
        from ..models.line_credentials import LineCredentials
        from ..models.line_enterprise_credentials import LineEnterpriseCredentials
        from ..models.mms_credentials import MMSCredentials
        from ..models.static_bearer_credential import StaticBearerCredential
        from ..models.static_token_credential import StaticTokenCredential
        from ..models.telegram_credentials import TelegramCredentials
        from ..models.we_chat_credentials import WeChatCredentials

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

            _instagram_credentials = d.pop("instagram_credentials", UNSET)
            instagram_credentials: InstagramCredentials | Unset
            if isinstance(_instagram_credentials, Unset):
                instagram_credentials = UNSET
            else:
                instagram_credentials = InstagramCredentials.from_dict(_instagram_credentials)

            _telegram_credentials = d.pop("telegram_credentials", UNSET)
            telegram_credentials: TelegramCredentials | Unset
            if isinstance(_telegram_credentials, Unset):
                telegram_credentials = UNSET
            else:
                telegram_credentials = TelegramCredentials.from_dict(_telegram_credentials)

            _kakaotalk_credentials = d.pop("kakaotalk_credentials", UNSET)
            kakaotalk_credentials: KakaoTalkCredentials | Unset
            if isinstance(_kakaotalk_credentials, Unset):
                kakaotalk_credentials = UNSET
            else:
                kakaotalk_credentials = KakaoTalkCredentials.from_dict(_kakaotalk_credentials)

            _kakaotalkchat_credentials = d.pop("kakaotalkchat_credentials", UNSET)
            kakaotalkchat_credentials: KakaoTalkChatCredentials | Unset
            if isinstance(_kakaotalkchat_credentials, Unset):
                kakaotalkchat_credentials = UNSET
            else:
                kakaotalkchat_credentials = KakaoTalkChatCredentials.from_dict(
                    _kakaotalkchat_credentials
                )

            _line_credentials = d.pop("line_credentials", UNSET)
            line_credentials: LineCredentials | Unset
            if isinstance(_line_credentials, Unset):
                line_credentials = UNSET
            else:
                line_credentials = LineCredentials.from_dict(_line_credentials)

            _line_enterprise_credentials = d.pop("line_enterprise_credentials", UNSET)
            line_enterprise_credentials: LineEnterpriseCredentials | Unset
            if isinstance(_line_enterprise_credentials, Unset):
                line_enterprise_credentials = UNSET
            else:
                line_enterprise_credentials = LineEnterpriseCredentials.from_dict(
                    _line_enterprise_credentials
                )

            _wechat_credentials = d.pop("wechat_credentials", UNSET)
            wechat_credentials: WeChatCredentials | Unset
            if isinstance(_wechat_credentials, Unset):
                wechat_credentials = UNSET
            else:
                wechat_credentials = WeChatCredentials.from_dict(_wechat_credentials)

            _applebc_credentials = d.pop("applebc_credentials", UNSET)
            applebc_credentials: AppleBcCredentials | Unset
            if isinstance(_applebc_credentials, Unset):
                applebc_credentials = UNSET
            else:
                applebc_credentials = AppleBcCredentials.from_dict(_applebc_credentials)

            credential_ordinal_number = d.pop("credential_ordinal_number", UNSET)

            _state = d.pop("state", UNSET)
            state: ChannelIntegrationState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = ChannelIntegrationState.from_dict(_state)

            channel_known_id = d.pop("channel_known_id", UNSET)

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
            instagram_credentials=instagram_credentials,
            telegram_credentials=telegram_credentials,
            kakaotalk_credentials=kakaotalk_credentials,
            kakaotalkchat_credentials=kakaotalkchat_credentials,
            line_credentials=line_credentials,
            line_enterprise_credentials=line_enterprise_credentials,
            wechat_credentials=wechat_credentials,
            applebc_credentials=applebc_credentials,
            credential_ordinal_number=credential_ordinal_number,
            state=state,
            channel_known_id=channel_known_id,
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
