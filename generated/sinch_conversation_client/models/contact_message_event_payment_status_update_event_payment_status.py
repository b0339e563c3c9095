from enum import StrEnum


class ContactMessageEventPaymentStatusUpdateEventPaymentStatus(StrEnum):
    PAYMENT_STATUS_CANCELED = "PAYMENT_STATUS_CANCELED"
    PAYMENT_STATUS_CAPTURED = "PAYMENT_STATUS_CAPTURED"
    PAYMENT_STATUS_FAILED = "PAYMENT_STATUS_FAILED"
    PAYMENT_STATUS_NEW = "PAYMENT_STATUS_NEW"
    PAYMENT_STATUS_PENDING = "PAYMENT_STATUS_PENDING"
    PAYMENT_STATUS_UNKNOWN = "PAYMENT_STATUS_UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "ContactMessageEventPaymentStatusUpdateEventPaymentStatus | None":
        # The API adds enum values (channels, triggers, reason codes) between spec
        # releases; keep an unknown value instead of failing to parse the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
