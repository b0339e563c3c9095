"""The ``capability`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.capability``: do not edit.
"""

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.capability import (
    capability_query_capability as _capability_query_capability,
)
from sinch_conversation_client.models.query_capability import QueryCapability
from sinch_conversation_client.models.query_capability_response import QueryCapabilityResponse

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncCapability", "Capability"]


class Capability(SyncResource[_GeneratedClient]):
    """The ``capability`` operations (``client.capability``)."""

    def query_capability(self, *, body: QueryCapability) -> QueryCapabilityResponse:
        """Capability lookup

        This method is asynchronous - it immediately returns the requested Capability registration.
        Capability check is then delivered as a callback to registered webhooks with trigger CAPABILITY for
        every reachable channel.

        Args:
            body (QueryCapability):

        Returns:
            QueryCapabilityResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _capability_query_capability.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, QueryCapabilityResponse)


class AsyncCapability(AsyncResource[_GeneratedClient]):
    """The ``capability`` operations of the async client (``await client.capability...``)."""

    async def query_capability(self, *, body: QueryCapability) -> QueryCapabilityResponse:
        """Capability lookup

        This method is asynchronous - it immediately returns the requested Capability registration.
        Capability check is then delivered as a callback to registered webhooks with trigger CAPABILITY for
        every reachable channel.

        Args:
            body (QueryCapability):

        Returns:
            QueryCapabilityResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _capability_query_capability.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, QueryCapabilityResponse)
