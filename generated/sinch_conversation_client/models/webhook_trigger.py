from enum import StrEnum


class WebhookTrigger(StrEnum):
    BATCH_STATUS_UPDATE = "BATCH_STATUS_UPDATE"
    CAPABILITY = "CAPABILITY"
    CHANNEL_EVENT = "CHANNEL_EVENT"
    CONTACT_CREATE = "CONTACT_CREATE"
    CONTACT_DELETE = "CONTACT_DELETE"
    CONTACT_IDENTITIES_DUPLICATION = "CONTACT_IDENTITIES_DUPLICATION"
    CONTACT_MERGE = "CONTACT_MERGE"
    CONTACT_UPDATE = "CONTACT_UPDATE"
    CONVERSATION_DELETE = "CONVERSATION_DELETE"
    CONVERSATION_START = "CONVERSATION_START"
    CONVERSATION_STOP = "CONVERSATION_STOP"
    EVENT_DELIVERY = "EVENT_DELIVERY"
    EVENT_INBOUND = "EVENT_INBOUND"
    MESSAGE_DELIVERY = "MESSAGE_DELIVERY"
    MESSAGE_INBOUND = "MESSAGE_INBOUND"
    MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION = "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION"
    MESSAGE_SUBMIT = "MESSAGE_SUBMIT"
    OPT_IN = "OPT_IN"
    OPT_OUT = "OPT_OUT"
    RECORD_NOTIFICATION = "RECORD_NOTIFICATION"
    SMART_CONVERSATION = "SMART_CONVERSATION"
    UNSPECIFIED_TRIGGER = "UNSPECIFIED_TRIGGER"
    UNSUPPORTED = "UNSUPPORTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookTrigger | None":
        # The API adds enum values (channels, triggers, reason codes) between spec
        # releases; keep an unknown value instead of failing to parse the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
