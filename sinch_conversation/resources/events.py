"""The ``events`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.events``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sinch_conversation_client.api.events import events_delete_events as _events_delete_events
from sinch_conversation_client.api.events import events_get_event as _events_get_event
from sinch_conversation_client.api.events import events_list_events as _events_list_events
from sinch_conversation_client.api.events import events_send_event as _events_send_event
from sinch_conversation_client.models.conversation_event import ConversationEvent
from sinch_conversation_client.models.list_events_response import ListEventsResponse
from sinch_conversation_client.models.send_event_request import SendEventRequest
from sinch_conversation_client.models.send_event_response import SendEventResponse
from sinch_conversation_client.types import UNSET, Unset

from .._resource import (
    OMIT,
    AsyncResource,
    SyncResource,
    request_body,
    to_raw_response,
    to_raw_response_async,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sinch_conversation_client.models.conversation_channel import ConversationChannel
    from sinch_conversation_client.models.message_queue import MessageQueue

    from .params import (
        AppEventParam,
        ContactRecipientParam,
        ConversationChannelLiteral,
        IdentifiedRecipientParam,
        MessageQueueLiteral,
    )

__all__ = ["AsyncEvents", "AsyncEventsWithRawResponse", "Events", "EventsWithRawResponse"]


class Events(SyncResource):
    """The ``events`` operations (``client.events``)."""

    @property
    def with_raw_response(self) -> EventsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return EventsWithRawResponse(self)

    def delete_events(self, event_id: str) -> None:
        """Delete an event

        Args:
            event_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _events_delete_events._get_kwargs(
            self._project_id,
            event_id,
        )
        return self._call(kwargs, None)

    def get_event(self, event_id: str) -> ConversationEvent:
        """Get an event

        Args:
            event_id (str):

        Returns:
            ConversationEvent

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _events_get_event._get_kwargs(
            self._project_id,
            event_id,
        )
        return self._call(kwargs, ConversationEvent)

    def list_events(
        self,
        *,
        conversation_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> ListEventsResponse:
        """List events

        Args:
            conversation_id (str | Unset):
            contact_id (str | Unset):
            page_size (int | Unset):
            page_token (str | Unset):

        Returns:
            ListEventsResponse (one page: iterate the ConversationEvent items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _events_list_events._get_kwargs(
            self._project_id,
            conversation_id=conversation_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
        )
        return self._call(kwargs, ListEventsResponse)

    def send_event(
        self,
        *,
        app_id: str = OMIT,
        event: AppEventParam = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        callback_url: str = OMIT,
        channel_priority_order: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        event_metadata: str = OMIT,
        queue: MessageQueue | MessageQueueLiteral = OMIT,
        body: SendEventRequest | None = None,
    ) -> SendEventResponse:
        """Send an event

        Sends an event to the referenced contact from the referenced app. Note that this operation enqueues
        the event in a queues so a successful response only indicates that the event has been queued.

        Args:
            body (SendEventRequest):
            app_id, event, recipient, callback_url, channel_priority_order, event_metadata,
                queue:
                the body's fields (app_id, event, recipient required),
                checked before sending; or ``body=`` a ``SendEventRequest``.

        Returns:
            SendEventResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _events_send_event._get_kwargs(
            self._project_id,
            body=request_body(
                "SendEventRequest",
                body,
                {
                    "app_id": app_id,
                    "event": event,
                    "recipient": recipient,
                    "callback_url": callback_url,
                    "channel_priority_order": channel_priority_order,
                    "event_metadata": event_metadata,
                    "queue": queue,
                },
            ),
        )
        return self._call(kwargs, SendEventResponse)


class AsyncEvents(AsyncResource):
    """The ``events`` operations of the async client (``await client.events...``)."""

    @property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncEventsWithRawResponse(self)

    async def delete_events(self, event_id: str) -> None:
        """Delete an event

        Args:
            event_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _events_delete_events._get_kwargs(
            self._project_id,
            event_id,
        )
        return await self._call(kwargs, None)

    async def get_event(self, event_id: str) -> ConversationEvent:
        """Get an event

        Args:
            event_id (str):

        Returns:
            ConversationEvent

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _events_get_event._get_kwargs(
            self._project_id,
            event_id,
        )
        return await self._call(kwargs, ConversationEvent)

    async def list_events(
        self,
        *,
        conversation_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> ListEventsResponse:
        """List events

        Args:
            conversation_id (str | Unset):
            contact_id (str | Unset):
            page_size (int | Unset):
            page_token (str | Unset):

        Returns:
            ListEventsResponse (one page: iterate the ConversationEvent items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _events_list_events._get_kwargs(
            self._project_id,
            conversation_id=conversation_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
        )
        return await self._call(kwargs, ListEventsResponse)

    async def send_event(
        self,
        *,
        app_id: str = OMIT,
        event: AppEventParam = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        callback_url: str = OMIT,
        channel_priority_order: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        event_metadata: str = OMIT,
        queue: MessageQueue | MessageQueueLiteral = OMIT,
        body: SendEventRequest | None = None,
    ) -> SendEventResponse:
        """Send an event

        Sends an event to the referenced contact from the referenced app. Note that this operation enqueues
        the event in a queues so a successful response only indicates that the event has been queued.

        Args:
            body (SendEventRequest):
            app_id, event, recipient, callback_url, channel_priority_order, event_metadata,
                queue:
                the body's fields (app_id, event, recipient required),
                checked before sending; or ``body=`` a ``SendEventRequest``.

        Returns:
            SendEventResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _events_send_event._get_kwargs(
            self._project_id,
            body=request_body(
                "SendEventRequest",
                body,
                {
                    "app_id": app_id,
                    "event": event,
                    "recipient": recipient,
                    "callback_url": callback_url,
                    "channel_priority_order": channel_priority_order,
                    "event_metadata": event_metadata,
                    "queue": queue,
                },
            ),
        )
        return await self._call(kwargs, SendEventResponse)


class EventsWithRawResponse:
    """``client.events.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Events) -> None:
        self.delete_events = to_raw_response(resource.delete_events)
        self.get_event = to_raw_response(resource.get_event)
        self.list_events = to_raw_response(resource.list_events)
        self.send_event = to_raw_response(resource.send_event)


class AsyncEventsWithRawResponse:
    """``client.events.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncEvents) -> None:
        self.delete_events = to_raw_response_async(resource.delete_events)
        self.get_event = to_raw_response_async(resource.get_event)
        self.list_events = to_raw_response_async(resource.list_events)
        self.send_event = to_raw_response_async(resource.send_event)
