from enum import StrEnum


class OrderDetailsPaymentSettingsDynamicPixKeyType(StrEnum):
    CNPJ = "CNPJ"
    CPF = "CPF"
    EMAIL = "EMAIL"
    EVP = "EVP"
    PHONE = "PHONE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderDetailsPaymentSettingsDynamicPixKeyType | None":
        # The API adds enum values (channels, triggers, reason codes) between spec
        # releases; keep an unknown value instead of failing to parse the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
