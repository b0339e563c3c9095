"""The ``events`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.events``: do not edit.
"""

from typing import Any

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.events import events_delete_events as _events_delete_events
from sinch_conversation_client.api.events import events_get_event as _events_get_event
from sinch_conversation_client.api.events import events_list_events as _events_list_events
from sinch_conversation_client.api.events import events_send_event as _events_send_event
from sinch_conversation_client.models.conversation_event import ConversationEvent
from sinch_conversation_client.models.list_events_response import ListEventsResponse
from sinch_conversation_client.models.send_event_request import SendEventRequest
from sinch_conversation_client.models.send_event_response import SendEventResponse
from sinch_conversation_client.types import UNSET, Unset

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncEvents", "Events"]


class Events(SyncResource[_GeneratedClient]):
    """The ``events`` operations (``client.events``)."""

    def delete_events(self, event_id: str) -> Any:
        """Delete an event

        Args:
            event_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _events_delete_events.sync_detailed(
            self._project_id, event_id, client=self._client
        )
        return response.parsed

    def get_event(self, event_id: str) -> ConversationEvent:
        """Get an event

        Args:
            event_id (str):

        Returns:
            ConversationEvent

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _events_get_event.sync_detailed(self._project_id, event_id, client=self._client)
        return expect(response, ConversationEvent)

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
            ListEventsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _events_list_events.sync_detailed(
            self._project_id,
            client=self._client,
            conversation_id=conversation_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
        )
        return expect(response, ListEventsResponse)

    def send_event(self, *, body: SendEventRequest) -> SendEventResponse:
        """Send an event

        Sends an event to the referenced contact from the referenced app. Note that this operation enqueues
        the event in a queues so a successful response only indicates that the event has been queued.

        Args:
            body (SendEventRequest):

        Returns:
            SendEventResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _events_send_event.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, SendEventResponse)


class AsyncEvents(AsyncResource[_GeneratedClient]):
    """The ``events`` operations of the async client (``await client.events...``)."""

    async def delete_events(self, event_id: str) -> Any:
        """Delete an event

        Args:
            event_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _events_delete_events.asyncio_detailed(
            self._project_id, event_id, client=self._client
        )
        return response.parsed

    async def get_event(self, event_id: str) -> ConversationEvent:
        """Get an event

        Args:
            event_id (str):

        Returns:
            ConversationEvent

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _events_get_event.asyncio_detailed(
            self._project_id, event_id, client=self._client
        )
        return expect(response, ConversationEvent)

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
            ListEventsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _events_list_events.asyncio_detailed(
            self._project_id,
            client=self._client,
            conversation_id=conversation_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
        )
        return expect(response, ListEventsResponse)

    async def send_event(self, *, body: SendEventRequest) -> SendEventResponse:
        """Send an event

        Sends an event to the referenced contact from the referenced app. Note that this operation enqueues
        the event in a queues so a successful response only indicates that the event has been queued.

        Args:
            body (SendEventRequest):

        Returns:
            SendEventResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _events_send_event.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, SendEventResponse)
