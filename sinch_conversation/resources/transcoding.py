"""The ``transcoding`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.transcoding``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sinch_conversation_client.api.transcoding import (
    transcoding_transcode_message as _transcoding_transcode_message,
)
from sinch_conversation_client.models.transcode_message_request import TranscodeMessageRequest
from sinch_conversation_client.models.transcode_message_response import TranscodeMessageResponse

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

    from .params import AppMessageParam, ConversationChannelLiteral

__all__ = [
    "AsyncTranscoding",
    "AsyncTranscodingWithRawResponse",
    "Transcoding",
    "TranscodingWithRawResponse",
]


class Transcoding(SyncResource):
    """The ``transcoding`` operations (``client.transcoding``)."""

    @property
    def with_raw_response(self) -> TranscodingWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return TranscodingWithRawResponse(self)

    def transcode_message(
        self,
        *,
        app_id: str = OMIT,
        app_message: AppMessageParam = OMIT,
        channels: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        from_: str = OMIT,
        to: str = OMIT,
        body: TranscodeMessageRequest | None = None,
    ) -> TranscodeMessageResponse:
        """Transcode a message

        Transcodes the message from the Conversation API format to the channel-specific formats for the
        requested channels. No message is sent to the contact.

        Args:
            body (TranscodeMessageRequest):
            app_id, app_message, channels, from_, to:
                the body's fields (app_id, app_message, channels required),
                checked before sending; or ``body=`` a ``TranscodeMessageRequest``.

        Returns:
            TranscodeMessageResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _transcoding_transcode_message._get_kwargs(
            self._project_id,
            body=request_body(
                "TranscodeMessageRequest",
                body,
                {
                    "app_id": app_id,
                    "app_message": app_message,
                    "channels": channels,
                    "from": from_,
                    "to": to,
                },
            ),
        )
        return self._call(kwargs, TranscodeMessageResponse)


class AsyncTranscoding(AsyncResource):
    """The ``transcoding`` operations of the async client (``await client.transcoding...``)."""

    @property
    def with_raw_response(self) -> AsyncTranscodingWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncTranscodingWithRawResponse(self)

    async def transcode_message(
        self,
        *,
        app_id: str = OMIT,
        app_message: AppMessageParam = OMIT,
        channels: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        from_: str = OMIT,
        to: str = OMIT,
        body: TranscodeMessageRequest | None = None,
    ) -> TranscodeMessageResponse:
        """Transcode a message

        Transcodes the message from the Conversation API format to the channel-specific formats for the
        requested channels. No message is sent to the contact.

        Args:
            body (TranscodeMessageRequest):
            app_id, app_message, channels, from_, to:
                the body's fields (app_id, app_message, channels required),
                checked before sending; or ``body=`` a ``TranscodeMessageRequest``.

        Returns:
            TranscodeMessageResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _transcoding_transcode_message._get_kwargs(
            self._project_id,
            body=request_body(
                "TranscodeMessageRequest",
                body,
                {
                    "app_id": app_id,
                    "app_message": app_message,
                    "channels": channels,
                    "from": from_,
                    "to": to,
                },
            ),
        )
        return await self._call(kwargs, TranscodeMessageResponse)


class TranscodingWithRawResponse:
    """``client.transcoding.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Transcoding) -> None:
        self.transcode_message = to_raw_response(resource.transcode_message)


class AsyncTranscodingWithRawResponse:
    """``client.transcoding.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncTranscoding) -> None:
        self.transcode_message = to_raw_response_async(resource.transcode_message)
