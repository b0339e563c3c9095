from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.batch_status_update_notification import BatchStatusUpdateNotification
    from ..models.callback_event_conversation_metadata import (
        CallbackEventConversationMetadata,
    )
    from ..models.capability_notification import CapabilityNotification
    from ..models.channel_event_notification import ChannelEventNotification
    from ..models.contact_merge_notification import ContactMergeNotification
    from ..models.contact_notification import ContactNotification
    from ..models.conversation_message import ConversationMessage
    from ..models.conversation_notification import ConversationNotification
    from ..models.duplicated_contact_identities_notification import (
        DuplicatedContactIdentitiesNotification,
    )
    from ..models.event_delivery_report import EventDeliveryReport
    from ..models.inbound_event import InboundEvent
    from ..models.message_delivery_report import MessageDeliveryReport
    from ..models.message_submit_notification import MessageSubmitNotification
    from ..models.opt_in_out_notification import OptInOutNotification
    from ..models.record_notification import RecordNotification
    from ..models.smart_conversation_notification import SmartConversationNotification
    from ..models.unsupported_callback import UnsupportedCallback


T = TypeVar("T", bound="CallbackEvent")


@_attrs_define(repr=False)
class CallbackEvent:
    """What the API POSTs to a webhook. The envelope fields are common; exactly one of the other keys is present and names
    the kind of callback.

    """

    app_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    accepted_time: datetime.datetime | Unset = UNSET
    event_time: datetime.datetime | Unset = UNSET
    message_metadata: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    conversation_metadata: CallbackEventConversationMetadata | Unset = UNSET
    message: ConversationMessage | Unset = UNSET
    """ A message on a particular channel. """
    message_delivery_report: MessageDeliveryReport | Unset = UNSET
    """ A delivery receipt for a message (trigger MESSAGE_DELIVERY). """
    event_delivery_report: EventDeliveryReport | Unset = UNSET
    """ A delivery receipt for an event (trigger EVENT_DELIVERY). """
    capability_notification: CapabilityNotification | Unset = UNSET
    """ The result of a capability query for one channel (trigger CAPABILITY). """
    opt_in_notification: OptInOutNotification | Unset = UNSET
    """ The outcome of an opt-in or opt-out registration (triggers OPT_IN, OPT_OUT). """
    opt_out_notification: OptInOutNotification | Unset = UNSET
    """ The outcome of an opt-in or opt-out registration (triggers OPT_IN, OPT_OUT). """
    conversation_start_notification: ConversationNotification | Unset = UNSET
    conversation_stop_notification: ConversationNotification | Unset = UNSET
    conversation_delete_notification: ConversationNotification | Unset = UNSET
    contact_create_notification: ContactNotification | Unset = UNSET
    contact_delete_notification: ContactNotification | Unset = UNSET
    contact_update_notification: ContactNotification | Unset = UNSET
    contact_merge_notification: ContactMergeNotification | Unset = UNSET
    unsupported_callback: UnsupportedCallback | Unset = UNSET
    event: InboundEvent | Unset = UNSET
    """ An event a contact caused (trigger EVENT_INBOUND), with either a contact event or a contact message event.
    """
    message_submit_notification: MessageSubmitNotification | Unset = UNSET
    """ An app message was handed to the channel (trigger MESSAGE_SUBMIT). """
    message_redaction: ConversationMessage | Unset = UNSET
    """ A message on a particular channel. """
    channel_event_notification: ChannelEventNotification | Unset = UNSET
    """ An event the channel reported about the app (trigger CHANNEL_EVENT). """
    duplicated_contact_identities_notification: DuplicatedContactIdentitiesNotification | Unset = (
        UNSET
    )
    """ Several contacts share a channel identity (trigger CONTACT_IDENTITIES_DUPLICATION). """
    smart_conversation_notification: SmartConversationNotification | Unset = UNSET
    """ Smart Conversations analysis of a message (trigger SMART_CONVERSATION). """
    record_notification: RecordNotification | Unset = UNSET
    """ An entity was stored (trigger RECORD_NOTIFICATION). """
    batch_status_update_notification: BatchStatusUpdateNotification | Unset = UNSET
    """ A batch of the Batch API changed status (trigger BATCH_STATUS_UPDATE). The value sets of batch_status and
    batch_type are not published: seen are BATCH_STATUS_PROCESSED and BATCH_TYPE_MESSAGES; the emulator also sends
    BATCH_STATUS_CANCELLED.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("app_id", False),
                ("project_id", False),
                ("accepted_time", False),
                ("event_time", False),
                ("message_metadata", False),
                ("correlation_id", False),
                ("conversation_metadata", False),
                ("message", False),
                ("message_delivery_report", False),
                ("event_delivery_report", False),
                ("capability_notification", False),
                ("opt_in_notification", False),
                ("opt_out_notification", False),
                ("conversation_start_notification", False),
                ("conversation_stop_notification", False),
                ("conversation_delete_notification", False),
                ("contact_create_notification", False),
                ("contact_delete_notification", False),
                ("contact_update_notification", False),
                ("contact_merge_notification", False),
                ("unsupported_callback", False),
                ("event", False),
                ("message_submit_notification", False),
                ("message_redaction", False),
                ("channel_event_notification", False),
                ("duplicated_contact_identities_notification", False),
                ("smart_conversation_notification", False),
                ("record_notification", False),
                ("batch_status_update_notification", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        project_id = self.project_id

        accepted_time: str | Unset = UNSET
        if not isinstance(self.accepted_time, Unset):
            accepted_time = self.accepted_time.isoformat().replace("+00:00", "Z")

        event_time: str | Unset = UNSET
        if not isinstance(self.event_time, Unset):
            event_time = self.event_time.isoformat().replace("+00:00", "Z")

        message_metadata = self.message_metadata

        correlation_id = self.correlation_id

        conversation_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_metadata, Unset):
            conversation_metadata = self.conversation_metadata.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        message_delivery_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_delivery_report, Unset):
            message_delivery_report = self.message_delivery_report.to_dict()

        event_delivery_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_delivery_report, Unset):
            event_delivery_report = self.event_delivery_report.to_dict()

        capability_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capability_notification, Unset):
            capability_notification = self.capability_notification.to_dict()

        opt_in_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opt_in_notification, Unset):
            opt_in_notification = self.opt_in_notification.to_dict()

        opt_out_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opt_out_notification, Unset):
            opt_out_notification = self.opt_out_notification.to_dict()

        conversation_start_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_start_notification, Unset):
            conversation_start_notification = self.conversation_start_notification.to_dict()

        conversation_stop_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_stop_notification, Unset):
            conversation_stop_notification = self.conversation_stop_notification.to_dict()

        conversation_delete_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_delete_notification, Unset):
            conversation_delete_notification = self.conversation_delete_notification.to_dict()

        contact_create_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_create_notification, Unset):
            contact_create_notification = self.contact_create_notification.to_dict()

        contact_delete_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_delete_notification, Unset):
            contact_delete_notification = self.contact_delete_notification.to_dict()

        contact_update_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_update_notification, Unset):
            contact_update_notification = self.contact_update_notification.to_dict()

        contact_merge_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_merge_notification, Unset):
            contact_merge_notification = self.contact_merge_notification.to_dict()

        unsupported_callback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unsupported_callback, Unset):
            unsupported_callback = self.unsupported_callback.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        message_submit_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_submit_notification, Unset):
            message_submit_notification = self.message_submit_notification.to_dict()

        message_redaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_redaction, Unset):
            message_redaction = self.message_redaction.to_dict()

        channel_event_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_event_notification, Unset):
            channel_event_notification = self.channel_event_notification.to_dict()

        duplicated_contact_identities_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duplicated_contact_identities_notification, Unset):
            duplicated_contact_identities_notification = (
                self.duplicated_contact_identities_notification.to_dict()
            )

        smart_conversation_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smart_conversation_notification, Unset):
            smart_conversation_notification = self.smart_conversation_notification.to_dict()

        record_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_notification, Unset):
            record_notification = self.record_notification.to_dict()

        batch_status_update_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch_status_update_notification, Unset):
            batch_status_update_notification = self.batch_status_update_notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if accepted_time is not UNSET:
            field_dict["accepted_time"] = accepted_time
        if event_time is not UNSET:
            field_dict["event_time"] = event_time
        if message_metadata is not UNSET:
            field_dict["message_metadata"] = message_metadata
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if conversation_metadata is not UNSET:
            field_dict["conversation_metadata"] = conversation_metadata
        if message is not UNSET:
            field_dict["message"] = message
        if message_delivery_report is not UNSET:
            field_dict["message_delivery_report"] = message_delivery_report
        if event_delivery_report is not UNSET:
            field_dict["event_delivery_report"] = event_delivery_report
        if capability_notification is not UNSET:
            field_dict["capability_notification"] = capability_notification
        if opt_in_notification is not UNSET:
            field_dict["opt_in_notification"] = opt_in_notification
        if opt_out_notification is not UNSET:
            field_dict["opt_out_notification"] = opt_out_notification
        if conversation_start_notification is not UNSET:
            field_dict["conversation_start_notification"] = conversation_start_notification
        if conversation_stop_notification is not UNSET:
            field_dict["conversation_stop_notification"] = conversation_stop_notification
        if conversation_delete_notification is not UNSET:
            field_dict["conversation_delete_notification"] = conversation_delete_notification
        if contact_create_notification is not UNSET:
            field_dict["contact_create_notification"] = contact_create_notification
        if contact_delete_notification is not UNSET:
            field_dict["contact_delete_notification"] = contact_delete_notification
        if contact_update_notification is not UNSET:
            field_dict["contact_update_notification"] = contact_update_notification
        if contact_merge_notification is not UNSET:
            field_dict["contact_merge_notification"] = contact_merge_notification
        if unsupported_callback is not UNSET:
            field_dict["unsupported_callback"] = unsupported_callback
        if event is not UNSET:
            field_dict["event"] = event
        if message_submit_notification is not UNSET:
            field_dict["message_submit_notification"] = message_submit_notification
        if message_redaction is not UNSET:
            field_dict["message_redaction"] = message_redaction
        if channel_event_notification is not UNSET:
            field_dict["channel_event_notification"] = channel_event_notification
        if duplicated_contact_identities_notification is not UNSET:
            field_dict["duplicated_contact_identities_notification"] = (
                duplicated_contact_identities_notification
            )
        if smart_conversation_notification is not UNSET:
            field_dict["smart_conversation_notification"] = smart_conversation_notification
        if record_notification is not UNSET:
            field_dict["record_notification"] = record_notification
        if batch_status_update_notification is not UNSET:
            field_dict["batch_status_update_notification"] = batch_status_update_notification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_status_update_notification import (
            BatchStatusUpdateNotification,
        )
        from ..models.callback_event_conversation_metadata import (
            CallbackEventConversationMetadata,
        )
        from ..models.capability_notification import CapabilityNotification
        from ..models.channel_event_notification import ChannelEventNotification
        from ..models.contact_merge_notification import ContactMergeNotification
        from ..models.contact_notification import ContactNotification
        from ..models.conversation_message import ConversationMessage
        from ..models.conversation_notification import ConversationNotification
        from ..models.duplicated_contact_identities_notification import (
            DuplicatedContactIdentitiesNotification,
        )
        from ..models.event_delivery_report import EventDeliveryReport
        from ..models.inbound_event import InboundEvent
        from ..models.message_delivery_report import MessageDeliveryReport
        from ..models.message_submit_notification import MessageSubmitNotification
        from ..models.opt_in_out_notification import OptInOutNotification
        from ..models.record_notification import RecordNotification
        from ..models.smart_conversation_notification import (
            SmartConversationNotification,
        )
        from ..models.unsupported_callback import UnsupportedCallback

        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        _accepted_time = d.pop("accepted_time", UNSET)
        accepted_time: datetime.datetime | Unset
        if isinstance(_accepted_time, Unset):
            accepted_time = UNSET
        else:
            accepted_time = datetime.datetime.fromisoformat(_accepted_time)

        _event_time = d.pop("event_time", UNSET)
        event_time: datetime.datetime | Unset
        if isinstance(_event_time, Unset):
            event_time = UNSET
        else:
            event_time = datetime.datetime.fromisoformat(_event_time)

        message_metadata = d.pop("message_metadata", UNSET)

        correlation_id = d.pop("correlation_id", UNSET)

        _conversation_metadata = d.pop("conversation_metadata", UNSET)
        conversation_metadata: CallbackEventConversationMetadata | Unset
        if isinstance(_conversation_metadata, Unset):
            conversation_metadata = UNSET
        else:
            conversation_metadata = CallbackEventConversationMetadata.from_dict(
                _conversation_metadata
            )

        _message = d.pop("message", UNSET)
        message: ConversationMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = ConversationMessage.from_dict(_message)

        _message_delivery_report = d.pop("message_delivery_report", UNSET)
        message_delivery_report: MessageDeliveryReport | Unset
        if isinstance(_message_delivery_report, Unset):
            message_delivery_report = UNSET
        else:
            message_delivery_report = MessageDeliveryReport.from_dict(_message_delivery_report)

        _event_delivery_report = d.pop("event_delivery_report", UNSET)
        event_delivery_report: EventDeliveryReport | Unset
        if isinstance(_event_delivery_report, Unset):
            event_delivery_report = UNSET
        else:
            event_delivery_report = EventDeliveryReport.from_dict(_event_delivery_report)

        _capability_notification = d.pop("capability_notification", UNSET)
        capability_notification: CapabilityNotification | Unset
        if isinstance(_capability_notification, Unset):
            capability_notification = UNSET
        else:
            capability_notification = CapabilityNotification.from_dict(_capability_notification)

        _opt_in_notification = d.pop("opt_in_notification", UNSET)
        opt_in_notification: OptInOutNotification | Unset
        if isinstance(_opt_in_notification, Unset):
            opt_in_notification = UNSET
        else:
            opt_in_notification = OptInOutNotification.from_dict(_opt_in_notification)

        _opt_out_notification = d.pop("opt_out_notification", UNSET)
        opt_out_notification: OptInOutNotification | Unset
        if isinstance(_opt_out_notification, Unset):
            opt_out_notification = UNSET
        else:
            opt_out_notification = OptInOutNotification.from_dict(_opt_out_notification)

        _conversation_start_notification = d.pop("conversation_start_notification", UNSET)
        conversation_start_notification: ConversationNotification | Unset
        if isinstance(_conversation_start_notification, Unset):
            conversation_start_notification = UNSET
        else:
            conversation_start_notification = ConversationNotification.from_dict(
                _conversation_start_notification
            )

        _conversation_stop_notification = d.pop("conversation_stop_notification", UNSET)
        conversation_stop_notification: ConversationNotification | Unset
        if isinstance(_conversation_stop_notification, Unset):
            conversation_stop_notification = UNSET
        else:
            conversation_stop_notification = ConversationNotification.from_dict(
                _conversation_stop_notification
            )

        _conversation_delete_notification = d.pop("conversation_delete_notification", UNSET)
        conversation_delete_notification: ConversationNotification | Unset
        if isinstance(_conversation_delete_notification, Unset):
            conversation_delete_notification = UNSET
        else:
            conversation_delete_notification = ConversationNotification.from_dict(
                _conversation_delete_notification
            )

        _contact_create_notification = d.pop("contact_create_notification", UNSET)
        contact_create_notification: ContactNotification | Unset
        if isinstance(_contact_create_notification, Unset):
            contact_create_notification = UNSET
        else:
            contact_create_notification = ContactNotification.from_dict(
                _contact_create_notification
            )

        _contact_delete_notification = d.pop("contact_delete_notification", UNSET)
        contact_delete_notification: ContactNotification | Unset
        if isinstance(_contact_delete_notification, Unset):
            contact_delete_notification = UNSET
        else:
            contact_delete_notification = ContactNotification.from_dict(
                _contact_delete_notification
            )

        _contact_update_notification = d.pop("contact_update_notification", UNSET)
        contact_update_notification: ContactNotification | Unset
        if isinstance(_contact_update_notification, Unset):
            contact_update_notification = UNSET
        else:
            contact_update_notification = ContactNotification.from_dict(
                _contact_update_notification
            )

        _contact_merge_notification = d.pop("contact_merge_notification", UNSET)
        contact_merge_notification: ContactMergeNotification | Unset
        if isinstance(_contact_merge_notification, Unset):
            contact_merge_notification = UNSET
        else:
            contact_merge_notification = ContactMergeNotification.from_dict(
                _contact_merge_notification
            )

        _unsupported_callback = d.pop("unsupported_callback", UNSET)
        unsupported_callback: UnsupportedCallback | Unset
        if isinstance(_unsupported_callback, Unset):
            unsupported_callback = UNSET
        else:
            unsupported_callback = UnsupportedCallback.from_dict(_unsupported_callback)

        _event = d.pop("event", UNSET)
        event: InboundEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = InboundEvent.from_dict(_event)

        _message_submit_notification = d.pop("message_submit_notification", UNSET)
        message_submit_notification: MessageSubmitNotification | Unset
        if isinstance(_message_submit_notification, Unset):
            message_submit_notification = UNSET
        else:
            message_submit_notification = MessageSubmitNotification.from_dict(
                _message_submit_notification
            )

        _message_redaction = d.pop("message_redaction", UNSET)
        message_redaction: ConversationMessage | Unset
        if isinstance(_message_redaction, Unset):
            message_redaction = UNSET
        else:
            message_redaction = ConversationMessage.from_dict(_message_redaction)

        _channel_event_notification = d.pop("channel_event_notification", UNSET)
        channel_event_notification: ChannelEventNotification | Unset
        if isinstance(_channel_event_notification, Unset):
            channel_event_notification = UNSET
        else:
            channel_event_notification = ChannelEventNotification.from_dict(
                _channel_event_notification
            )

        _duplicated_contact_identities_notification = d.pop(
            "duplicated_contact_identities_notification", UNSET
        )
        duplicated_contact_identities_notification: DuplicatedContactIdentitiesNotification | Unset
        if isinstance(_duplicated_contact_identities_notification, Unset):
            duplicated_contact_identities_notification = UNSET
        else:
            duplicated_contact_identities_notification = (
                DuplicatedContactIdentitiesNotification.from_dict(
                    _duplicated_contact_identities_notification
                )
            )

        _smart_conversation_notification = d.pop("smart_conversation_notification", UNSET)
        smart_conversation_notification: SmartConversationNotification | Unset
        if isinstance(_smart_conversation_notification, Unset):
            smart_conversation_notification = UNSET
        else:
            smart_conversation_notification = SmartConversationNotification.from_dict(
                _smart_conversation_notification
            )

        _record_notification = d.pop("record_notification", UNSET)
        record_notification: RecordNotification | Unset
        if isinstance(_record_notification, Unset):
            record_notification = UNSET
        else:
            record_notification = RecordNotification.from_dict(_record_notification)

        _batch_status_update_notification = d.pop("batch_status_update_notification", UNSET)
        batch_status_update_notification: BatchStatusUpdateNotification | Unset
        if isinstance(_batch_status_update_notification, Unset):
            batch_status_update_notification = UNSET
        else:
            batch_status_update_notification = BatchStatusUpdateNotification.from_dict(
                _batch_status_update_notification
            )

        callback_event = cls(
            app_id=app_id,
            project_id=project_id,
            accepted_time=accepted_time,
            event_time=event_time,
            message_metadata=message_metadata,
            correlation_id=correlation_id,
            conversation_metadata=conversation_metadata,
            message=message,
            message_delivery_report=message_delivery_report,
            event_delivery_report=event_delivery_report,
            capability_notification=capability_notification,
            opt_in_notification=opt_in_notification,
            opt_out_notification=opt_out_notification,
            conversation_start_notification=conversation_start_notification,
            conversation_stop_notification=conversation_stop_notification,
            conversation_delete_notification=conversation_delete_notification,
            contact_create_notification=contact_create_notification,
            contact_delete_notification=contact_delete_notification,
            contact_update_notification=contact_update_notification,
            contact_merge_notification=contact_merge_notification,
            unsupported_callback=unsupported_callback,
            event=event,
            message_submit_notification=message_submit_notification,
            message_redaction=message_redaction,
            channel_event_notification=channel_event_notification,
            duplicated_contact_identities_notification=duplicated_contact_identities_notification,
            smart_conversation_notification=smart_conversation_notification,
            record_notification=record_notification,
            batch_status_update_notification=batch_status_update_notification,
        )
        callback_event.additional_properties = d
        return callback_event

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
