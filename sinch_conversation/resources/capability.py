"""The ``capability`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.capability``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sinch_conversation_client.api.capability import (
    capability_query_capability as _capability_query_capability,
)
from sinch_conversation_client.models.query_capability import QueryCapability
from sinch_conversation_client.models.query_capability_response import QueryCapabilityResponse

from .._resource import (
    OMIT,
    AsyncResource,
    SyncResource,
    request_body,
    to_raw_response,
    to_raw_response_async,
)

if TYPE_CHECKING:
    from .params import ContactRecipientParam, IdentifiedRecipientParam

__all__ = [
    "AsyncCapability",
    "AsyncCapabilityWithRawResponse",
    "Capability",
    "CapabilityWithRawResponse",
]


class Capability(SyncResource):
    """The ``capability`` operations (``client.capability``)."""

    @property
    def with_raw_response(self) -> CapabilityWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return CapabilityWithRawResponse(self)

    def query_capability(
        self,
        *,
        app_id: str = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        request_id: str = OMIT,
        body: QueryCapability | None = None,
    ) -> QueryCapabilityResponse:
        """Capability lookup

        This method is asynchronous - it immediately returns the requested Capability registration.
        Capability check is then delivered as a callback to registered webhooks with trigger CAPABILITY for
        every reachable channel.

        Args:
            body (QueryCapability):
            app_id, recipient, request_id:
                the body's fields (app_id, recipient required),
                checked before sending; or ``body=`` a ``QueryCapability``.

        Returns:
            QueryCapabilityResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _capability_query_capability._get_kwargs(
            self._project_id,
            body=request_body(
                "QueryCapability",
                body,
                {
                    "app_id": app_id,
                    "recipient": recipient,
                    "request_id": request_id,
                },
            ),
        )
        return self._call(kwargs, QueryCapabilityResponse)


class AsyncCapability(AsyncResource):
    """The ``capability`` operations of the async client (``await client.capability...``)."""

    @property
    def with_raw_response(self) -> AsyncCapabilityWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncCapabilityWithRawResponse(self)

    async def query_capability(
        self,
        *,
        app_id: str = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        request_id: str = OMIT,
        body: QueryCapability | None = None,
    ) -> QueryCapabilityResponse:
        """Capability lookup

        This method is asynchronous - it immediately returns the requested Capability registration.
        Capability check is then delivered as a callback to registered webhooks with trigger CAPABILITY for
        every reachable channel.

        Args:
            body (QueryCapability):
            app_id, recipient, request_id:
                the body's fields (app_id, recipient required),
                checked before sending; or ``body=`` a ``QueryCapability``.

        Returns:
            QueryCapabilityResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _capability_query_capability._get_kwargs(
            self._project_id,
            body=request_body(
                "QueryCapability",
                body,
                {
                    "app_id": app_id,
                    "recipient": recipient,
                    "request_id": request_id,
                },
            ),
        )
        return await self._call(kwargs, QueryCapabilityResponse)


class CapabilityWithRawResponse:
    """``client.capability.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Capability) -> None:
        self.query_capability = to_raw_response(resource.query_capability)


class AsyncCapabilityWithRawResponse:
    """``client.capability.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncCapability) -> None:
        self.query_capability = to_raw_response_async(resource.query_capability)
