"""The ``messages`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.messages``: do not edit.
"""

import datetime
from typing import Any

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.messages import (
    messages_delete_message as _messages_delete_message,
)
from sinch_conversation_client.api.messages import messages_get_message as _messages_get_message
from sinch_conversation_client.api.messages import (
    messages_list_last_messages_by_channel_identity as _messages_list_last_messages_by_channel_identity,
)
from sinch_conversation_client.api.messages import messages_list_messages as _messages_list_messages
from sinch_conversation_client.api.messages import messages_send_message as _messages_send_message
from sinch_conversation_client.api.messages import (
    messages_update_message_metadata as _messages_update_message_metadata,
)
from sinch_conversation_client.models.conversation_channel import ConversationChannel
from sinch_conversation_client.models.conversation_direction import ConversationDirection
from sinch_conversation_client.models.conversation_message import ConversationMessage
from sinch_conversation_client.models.conversation_messages_view import ConversationMessagesView
from sinch_conversation_client.models.list_last_messages_by_channel_identity_request import (
    ListLastMessagesByChannelIdentityRequest,
)
from sinch_conversation_client.models.list_messages_response import ListMessagesResponse
from sinch_conversation_client.models.messages_source import MessagesSource
from sinch_conversation_client.models.send_message_request import SendMessageRequest
from sinch_conversation_client.models.send_message_response import SendMessageResponse
from sinch_conversation_client.models.update_message_metadata_request import (
    UpdateMessageMetadataRequest,
)
from sinch_conversation_client.types import UNSET, Unset

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncMessages", "Messages"]


class Messages(SyncResource[_GeneratedClient]):
    """The ``messages`` operations (``client.messages``)."""

    def delete_message(
        self, message_id: str, *, messages_source: MessagesSource | Unset = UNSET
    ) -> Any:
        """Deletes a message

        Deletes a message that is part of a conversation. Removing the last message of a conversation will
        not delete the conversation.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _messages_delete_message.sync_detailed(
            self._project_id, message_id, client=self._client, messages_source=messages_source
        )
        return response.parsed

    def get_message(
        self, message_id: str, *, messages_source: MessagesSource | Unset = UNSET
    ) -> ConversationMessage:
        """Get a message

        Retrieves a specific message by its message ID.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.

        Returns:
            ConversationMessage

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _messages_get_message.sync_detailed(
            self._project_id, message_id, client=self._client, messages_source=messages_source
        )
        return expect(response, ConversationMessage)

    def list_last_messages_by_channel_identity(
        self, *, body: ListLastMessagesByChannelIdentityRequest
    ) -> ListMessagesResponse:
        """Fetch the latest message of each channel identity or contact

        Args:
            body (ListLastMessagesByChannelIdentityRequest): Whose latest messages to fetch, by
                channel identities or by contact IDs (not both).

        Returns:
            ListMessagesResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _messages_list_last_messages_by_channel_identity.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, ListMessagesResponse)

    def list_messages(
        self,
        *,
        conversation_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        view: ConversationMessagesView | Unset = UNSET,
        app_id: str | Unset = UNSET,
        channel_identity: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        messages_source: MessagesSource | Unset = UNSET,
        only_recipient_originated: bool | Unset = UNSET,
        channel: ConversationChannel | Unset = UNSET,
        direction: ConversationDirection | Unset = UNSET,
    ) -> ListMessagesResponse:
        """List messages

        Lists messages sent or received in a processing mode, newest first (by accept_time). Filters
        combine; some are supported for one messages_source only.

        Args:
            conversation_id (str | Unset):
            contact_id (str | Unset):
            page_size (int | Unset):
            page_token (str | Unset):
            view (ConversationMessagesView | Unset): Conversation message view.
            app_id (str | Unset):
            channel_identity (str | Unset):
            start_time (datetime.datetime | Unset):
            end_time (datetime.datetime | Unset):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.
            only_recipient_originated (bool | Unset):
            channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
            direction (ConversationDirection | Unset): Conversation direction

        Returns:
            ListMessagesResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _messages_list_messages.sync_detailed(
            self._project_id,
            client=self._client,
            conversation_id=conversation_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
            view=view,
            app_id=app_id,
            channel_identity=channel_identity,
            start_time=start_time,
            end_time=end_time,
            messages_source=messages_source,
            only_recipient_originated=only_recipient_originated,
            channel=channel,
            direction=direction,
        )
        return expect(response, ListMessagesResponse)

    def send_message(self, *, body: SendMessageRequest) -> SendMessageResponse:
        """Send a message

        You can send a message from a Conversation app to a contact in that app. The message is added to the
        active conversation with the contact if a conversation already exists. If no active conversation
        exists a new one is started automatically.

        Args:
            body (SendMessageRequest): Send message request.

        Returns:
            SendMessageResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _messages_send_message.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, SendMessageResponse)

    def update_message_metadata(
        self,
        message_id: str,
        *,
        body: UpdateMessageMetadataRequest,
        messages_source: MessagesSource | Unset = UNSET,
    ) -> ConversationMessage:
        """Update message metadata

        Updates the metadata of a message.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.
            body (UpdateMessageMetadataRequest): Update message metadata request.

        Returns:
            ConversationMessage

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _messages_update_message_metadata.sync_detailed(
            self._project_id,
            message_id,
            client=self._client,
            body=body,
            messages_source=messages_source,
        )
        return expect(response, ConversationMessage)


class AsyncMessages(AsyncResource[_GeneratedClient]):
    """The ``messages`` operations of the async client (``await client.messages...``)."""

    async def delete_message(
        self, message_id: str, *, messages_source: MessagesSource | Unset = UNSET
    ) -> Any:
        """Deletes a message

        Deletes a message that is part of a conversation. Removing the last message of a conversation will
        not delete the conversation.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _messages_delete_message.asyncio_detailed(
            self._project_id, message_id, client=self._client, messages_source=messages_source
        )
        return response.parsed

    async def get_message(
        self, message_id: str, *, messages_source: MessagesSource | Unset = UNSET
    ) -> ConversationMessage:
        """Get a message

        Retrieves a specific message by its message ID.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.

        Returns:
            ConversationMessage

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _messages_get_message.asyncio_detailed(
            self._project_id, message_id, client=self._client, messages_source=messages_source
        )
        return expect(response, ConversationMessage)

    async def list_last_messages_by_channel_identity(
        self, *, body: ListLastMessagesByChannelIdentityRequest
    ) -> ListMessagesResponse:
        """Fetch the latest message of each channel identity or contact

        Args:
            body (ListLastMessagesByChannelIdentityRequest): Whose latest messages to fetch, by
                channel identities or by contact IDs (not both).

        Returns:
            ListMessagesResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _messages_list_last_messages_by_channel_identity.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, ListMessagesResponse)

    async def list_messages(
        self,
        *,
        conversation_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        view: ConversationMessagesView | Unset = UNSET,
        app_id: str | Unset = UNSET,
        channel_identity: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        messages_source: MessagesSource | Unset = UNSET,
        only_recipient_originated: bool | Unset = UNSET,
        channel: ConversationChannel | Unset = UNSET,
        direction: ConversationDirection | Unset = UNSET,
    ) -> ListMessagesResponse:
        """List messages

        Lists messages sent or received in a processing mode, newest first (by accept_time). Filters
        combine; some are supported for one messages_source only.

        Args:
            conversation_id (str | Unset):
            contact_id (str | Unset):
            page_size (int | Unset):
            page_token (str | Unset):
            view (ConversationMessagesView | Unset): Conversation message view.
            app_id (str | Unset):
            channel_identity (str | Unset):
            start_time (datetime.datetime | Unset):
            end_time (datetime.datetime | Unset):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.
            only_recipient_originated (bool | Unset):
            channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
            direction (ConversationDirection | Unset): Conversation direction

        Returns:
            ListMessagesResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _messages_list_messages.asyncio_detailed(
            self._project_id,
            client=self._client,
            conversation_id=conversation_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
            view=view,
            app_id=app_id,
            channel_identity=channel_identity,
            start_time=start_time,
            end_time=end_time,
            messages_source=messages_source,
            only_recipient_originated=only_recipient_originated,
            channel=channel,
            direction=direction,
        )
        return expect(response, ListMessagesResponse)

    async def send_message(self, *, body: SendMessageRequest) -> SendMessageResponse:
        """Send a message

        You can send a message from a Conversation app to a contact in that app. The message is added to the
        active conversation with the contact if a conversation already exists. If no active conversation
        exists a new one is started automatically.

        Args:
            body (SendMessageRequest): Send message request.

        Returns:
            SendMessageResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _messages_send_message.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, SendMessageResponse)

    async def update_message_metadata(
        self,
        message_id: str,
        *,
        body: UpdateMessageMetadataRequest,
        messages_source: MessagesSource | Unset = UNSET,
    ) -> ConversationMessage:
        """Update message metadata

        Updates the metadata of a message.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.
            body (UpdateMessageMetadataRequest): Update message metadata request.

        Returns:
            ConversationMessage

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _messages_update_message_metadata.asyncio_detailed(
            self._project_id,
            message_id,
            client=self._client,
            body=body,
            messages_source=messages_source,
        )
        return expect(response, ConversationMessage)
