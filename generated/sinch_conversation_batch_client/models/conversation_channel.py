from enum import StrEnum


class ConversationChannel(StrEnum):
    APPLEBC = "APPLEBC"
    CHANNEL_UNSPECIFIED = "CHANNEL_UNSPECIFIED"
    INSTAGRAM = "INSTAGRAM"
    KAKAOTALK = "KAKAOTALK"
    KAKAOTALKCHAT = "KAKAOTALKCHAT"
    LINE = "LINE"
    MESSENGER = "MESSENGER"
    MMS = "MMS"
    RCS = "RCS"
    SMS = "SMS"
    TELEGRAM = "TELEGRAM"
    VIBER = "VIBER"
    VIBERBM = "VIBERBM"
    WECHAT = "WECHAT"
    WHATSAPP = "WHATSAPP"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConversationChannel | None":
        # The API adds enum values (channels, triggers, reason codes) between spec
        # releases; keep an unknown value instead of failing to parse the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
