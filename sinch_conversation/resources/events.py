"""The ``events`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.events``: do not edit.
"""

from sinch_conversation_client.api.events import events_send_event as _events_send_event
from sinch_conversation_client.models.send_event_request import SendEventRequest
from sinch_conversation_client.models.send_event_response import SendEventResponse

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncEvents", "Events"]


class Events(SyncResource):
    """The ``events`` operations (``client.events``)."""

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


class AsyncEvents(AsyncResource):
    """The ``events`` operations of the async client (``await client.events...``)."""

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
