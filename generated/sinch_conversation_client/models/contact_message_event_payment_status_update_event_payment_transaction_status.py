from enum import StrEnum


class ContactMessageEventPaymentStatusUpdateEventPaymentTransactionStatus(StrEnum):
    PAYMENT_STATUS_TRANSACTION_CANCELED = "PAYMENT_STATUS_TRANSACTION_CANCELED"
    PAYMENT_STATUS_TRANSACTION_FAILED = "PAYMENT_STATUS_TRANSACTION_FAILED"
    PAYMENT_STATUS_TRANSACTION_PENDING = "PAYMENT_STATUS_TRANSACTION_PENDING"
    PAYMENT_STATUS_TRANSACTION_SUCCESS = "PAYMENT_STATUS_TRANSACTION_SUCCESS"
    PAYMENT_STATUS_TRANSACTION_UNKNOWN = "PAYMENT_STATUS_TRANSACTION_UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "ContactMessageEventPaymentStatusUpdateEventPaymentTransactionStatus | None":
        # The API adds enum values (channels, triggers, reason codes) between spec
        # releases; keep an unknown value instead of failing to parse the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
