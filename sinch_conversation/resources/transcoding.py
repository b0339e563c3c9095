"""The ``transcoding`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.transcoding``: do not edit.
"""

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.transcoding import (
    transcoding_transcode_message as _transcoding_transcode_message,
)
from sinch_conversation_client.models.transcode_message_request import TranscodeMessageRequest
from sinch_conversation_client.models.transcode_message_response import TranscodeMessageResponse

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncTranscoding", "Transcoding"]


class Transcoding(SyncResource[_GeneratedClient]):
    """The ``transcoding`` operations (``client.transcoding``)."""

    def transcode_message(self, *, body: TranscodeMessageRequest) -> TranscodeMessageResponse:
        """Transcode a message

        Transcodes the message from the Conversation API format to the channel-specific formats for the
        requested channels. No message is sent to the contact.

        Args:
            body (TranscodeMessageRequest):

        Returns:
            TranscodeMessageResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _transcoding_transcode_message.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, TranscodeMessageResponse)


class AsyncTranscoding(AsyncResource[_GeneratedClient]):
    """The ``transcoding`` operations of the async client (``await client.transcoding...``)."""

    async def transcode_message(self, *, body: TranscodeMessageRequest) -> TranscodeMessageResponse:
        """Transcode a message

        Transcodes the message from the Conversation API format to the channel-specific formats for the
        requested channels. No message is sent to the contact.

        Args:
            body (TranscodeMessageRequest):

        Returns:
            TranscodeMessageResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _transcoding_transcode_message.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, TranscodeMessageResponse)
