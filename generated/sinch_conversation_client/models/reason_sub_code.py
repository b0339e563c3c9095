from enum import StrEnum


class ReasonSubCode(StrEnum):
    ATTACHMENT_REJECTED = "ATTACHMENT_REJECTED"
    INACTIVE_SENDER = "INACTIVE_SENDER"
    MEDIA_TYPE_UNDETERMINED = "MEDIA_TYPE_UNDETERMINED"
    UNSPECIFIED_SUB_CODE = "UNSPECIFIED_SUB_CODE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ReasonSubCode | None":
        # The API adds enum values (channels, triggers, reason codes) between spec
        # releases; keep an unknown value instead of failing to parse the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
