"""The ``opt_in_opt_out`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.opt_in_opt_out``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sinch_conversation_client.api.opt_in_opt_out import (
    opt_in_register_opt_in as _opt_in_register_opt_in,
)
from sinch_conversation_client.api.opt_in_opt_out import (
    opt_in_register_opt_out as _opt_in_register_opt_out,
)
from sinch_conversation_client.models.opt_in import OptIn
from sinch_conversation_client.models.opt_in_response import OptInResponse
from sinch_conversation_client.models.opt_out import OptOut
from sinch_conversation_client.models.opt_out_response import OptOutResponse
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
    from sinch_conversation_client.models.processing_strategy import ProcessingStrategy

    from .params import (
        ContactRecipientParam,
        ConversationChannelLiteral,
        IdentifiedRecipientParam,
        ProcessingStrategyLiteral,
    )

__all__ = [
    "AsyncOptInOptOut",
    "AsyncOptInOptOutWithRawResponse",
    "OptInOptOut",
    "OptInOptOutWithRawResponse",
]


class OptInOptOut(SyncResource):
    """The ``opt_in_opt_out`` operations (``client.opt_in_opt_out``)."""

    @property
    def with_raw_response(self) -> OptInOptOutWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return OptInOptOutWithRawResponse(self)

    def register_opt_in(
        self,
        *,
        request_id: str | Unset = UNSET,
        app_id: str = OMIT,
        channels: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        processing_strategy: ProcessingStrategy | ProcessingStrategyLiteral = OMIT,
        body: OptIn | None = None,
    ) -> OptInResponse:
        """Register an opt-in

        This method is asynchronous - it returns immediately the requested OptIn registration with any
        defaults resolved. All changes of the actual opt-in status are then delivered as callbacks to
        registered webhooks with trigger OPT_IN.

        Args:
            request_id (str | Unset):
            body (OptIn): An Opt-In contains the identity of the recipient which gave its consent to
                receive messages from Conversation API apps on a given channel.
            app_id, channels, recipient, processing_strategy:
                the body's fields (app_id, channels, recipient required),
                checked before sending; or ``body=`` a ``OptIn``.

        Returns:
            OptInResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _opt_in_register_opt_in._get_kwargs(
            self._project_id,
            body=request_body(
                "OptIn",
                body,
                {
                    "app_id": app_id,
                    "channels": channels,
                    "recipient": recipient,
                    "processing_strategy": processing_strategy,
                },
            ),
            request_id=request_id,
        )
        return self._call(kwargs, OptInResponse)

    def register_opt_out(
        self,
        *,
        request_id: str | Unset = UNSET,
        app_id: str = OMIT,
        channels: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        processing_strategy: ProcessingStrategy | ProcessingStrategyLiteral = OMIT,
        body: OptOut | None = None,
    ) -> OptOutResponse:
        """Register an opt-out

        This method is asynchronous - it returns immediately the requested OptOut registration with any
        defaults resolved. All changes of the actual opt-out status are then delivered as callbacks to
        registered webhooks with trigger OPT_OUT.

        Args:
            request_id (str | Unset):
            body (OptOut): An Opt-Out contains the identity of the recipient which retract its consent
                to receive messages from Conversation API apps on a given channel.
            app_id, channels, recipient, processing_strategy:
                the body's fields (app_id, channels, recipient required),
                checked before sending; or ``body=`` a ``OptOut``.

        Returns:
            OptOutResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _opt_in_register_opt_out._get_kwargs(
            self._project_id,
            body=request_body(
                "OptOut",
                body,
                {
                    "app_id": app_id,
                    "channels": channels,
                    "recipient": recipient,
                    "processing_strategy": processing_strategy,
                },
            ),
            request_id=request_id,
        )
        return self._call(kwargs, OptOutResponse)


class AsyncOptInOptOut(AsyncResource):
    """The ``opt_in_opt_out`` operations of the async client (``await client.opt_in_opt_out...``)."""

    @property
    def with_raw_response(self) -> AsyncOptInOptOutWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncOptInOptOutWithRawResponse(self)

    async def register_opt_in(
        self,
        *,
        request_id: str | Unset = UNSET,
        app_id: str = OMIT,
        channels: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        processing_strategy: ProcessingStrategy | ProcessingStrategyLiteral = OMIT,
        body: OptIn | None = None,
    ) -> OptInResponse:
        """Register an opt-in

        This method is asynchronous - it returns immediately the requested OptIn registration with any
        defaults resolved. All changes of the actual opt-in status are then delivered as callbacks to
        registered webhooks with trigger OPT_IN.

        Args:
            request_id (str | Unset):
            body (OptIn): An Opt-In contains the identity of the recipient which gave its consent to
                receive messages from Conversation API apps on a given channel.
            app_id, channels, recipient, processing_strategy:
                the body's fields (app_id, channels, recipient required),
                checked before sending; or ``body=`` a ``OptIn``.

        Returns:
            OptInResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _opt_in_register_opt_in._get_kwargs(
            self._project_id,
            body=request_body(
                "OptIn",
                body,
                {
                    "app_id": app_id,
                    "channels": channels,
                    "recipient": recipient,
                    "processing_strategy": processing_strategy,
                },
            ),
            request_id=request_id,
        )
        return await self._call(kwargs, OptInResponse)

    async def register_opt_out(
        self,
        *,
        request_id: str | Unset = UNSET,
        app_id: str = OMIT,
        channels: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        processing_strategy: ProcessingStrategy | ProcessingStrategyLiteral = OMIT,
        body: OptOut | None = None,
    ) -> OptOutResponse:
        """Register an opt-out

        This method is asynchronous - it returns immediately the requested OptOut registration with any
        defaults resolved. All changes of the actual opt-out status are then delivered as callbacks to
        registered webhooks with trigger OPT_OUT.

        Args:
            request_id (str | Unset):
            body (OptOut): An Opt-Out contains the identity of the recipient which retract its consent
                to receive messages from Conversation API apps on a given channel.
            app_id, channels, recipient, processing_strategy:
                the body's fields (app_id, channels, recipient required),
                checked before sending; or ``body=`` a ``OptOut``.

        Returns:
            OptOutResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _opt_in_register_opt_out._get_kwargs(
            self._project_id,
            body=request_body(
                "OptOut",
                body,
                {
                    "app_id": app_id,
                    "channels": channels,
                    "recipient": recipient,
                    "processing_strategy": processing_strategy,
                },
            ),
            request_id=request_id,
        )
        return await self._call(kwargs, OptOutResponse)


class OptInOptOutWithRawResponse:
    """``client.opt_in_opt_out.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: OptInOptOut) -> None:
        self.register_opt_in = to_raw_response(resource.register_opt_in)
        self.register_opt_out = to_raw_response(resource.register_opt_out)


class AsyncOptInOptOutWithRawResponse:
    """``client.opt_in_opt_out.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncOptInOptOut) -> None:
        self.register_opt_in = to_raw_response_async(resource.register_opt_in)
        self.register_opt_out = to_raw_response_async(resource.register_opt_out)
