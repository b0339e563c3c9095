"""The ``messages`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.messages``: do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

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

from .._resource import (
    OMIT,
    AsyncResource,
    SyncResource,
    query_enum,
    request_body,
    to_raw_response,
    to_raw_response_async,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from sinch_conversation_client.models.message_content_type import MessageContentType
    from sinch_conversation_client.models.message_queue import MessageQueue
    from sinch_conversation_client.models.metadata_update_strategy import MetadataUpdateStrategy
    from sinch_conversation_client.models.processing_strategy import ProcessingStrategy

    from .params import (
        AppMessageParam,
        ContactRecipientParam,
        ConversationChannelLiteral,
        ConversationDirectionLiteral,
        ConversationMessagesViewLiteral,
        IdentifiedRecipientParam,
        MessageContentTypeLiteral,
        MessageQueueLiteral,
        MessagesSourceLiteral,
        MetadataUpdateStrategyLiteral,
        ProcessingStrategyLiteral,
    )

__all__ = ["AsyncMessages", "AsyncMessagesWithRawResponse", "Messages", "MessagesWithRawResponse"]


class Messages(SyncResource):
    """The ``messages`` operations (``client.messages``)."""

    @property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return MessagesWithRawResponse(self)

    def delete_message(
        self,
        message_id: str,
        *,
        messages_source: MessagesSource | MessagesSourceLiteral | Unset = UNSET,
    ) -> None:
        """Deletes a message

        Deletes a message that is part of a conversation. Removing the last message of a conversation will
        not delete the conversation.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_delete_message._get_kwargs(
            self._project_id,
            message_id,
            messages_source=query_enum(MessagesSource, messages_source, "messages_source"),
        )
        return self._call(kwargs, None)

    def get_message(
        self,
        message_id: str,
        *,
        messages_source: MessagesSource | MessagesSourceLiteral | Unset = UNSET,
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
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_get_message._get_kwargs(
            self._project_id,
            message_id,
            messages_source=query_enum(MessagesSource, messages_source, "messages_source"),
        )
        return self._call(kwargs, ConversationMessage)

    def list_last_messages_by_channel_identity(
        self,
        *,
        channel_identities: Sequence[str] | None = OMIT,
        contact_ids: Sequence[str] | None = OMIT,
        app_id: None | str = OMIT,
        messages_source: MessagesSource | MessagesSourceLiteral | None = OMIT,
        page_size: int | None = OMIT,
        page_token: None | str = OMIT,
        view: ConversationMessagesView | ConversationMessagesViewLiteral | None = OMIT,
        start_time: datetime.datetime | str | None = OMIT,
        end_time: datetime.datetime | str | None = OMIT,
        channel: ConversationChannel | ConversationChannelLiteral | None = OMIT,
        direction: ConversationDirection | ConversationDirectionLiteral | None = OMIT,
        body: ListLastMessagesByChannelIdentityRequest | None = None,
    ) -> ListMessagesResponse:
        """Fetch the latest message of each channel identity or contact

        Args:
            body (ListLastMessagesByChannelIdentityRequest): Whose latest messages to fetch, by
                channel identities or by contact IDs (not both).
            channel_identities, contact_ids, app_id, messages_source, page_size, page_token,
                view, start_time, end_time, channel, direction:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ListLastMessagesByChannelIdentityRequest``.

        Returns:
            ListMessagesResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_list_last_messages_by_channel_identity._get_kwargs(
            self._project_id,
            body=request_body(
                "ListLastMessagesByChannelIdentityRequest",
                body,
                {
                    "channel_identities": channel_identities,
                    "contact_ids": contact_ids,
                    "app_id": app_id,
                    "messages_source": messages_source,
                    "page_size": page_size,
                    "page_token": page_token,
                    "view": view,
                    "start_time": start_time,
                    "end_time": end_time,
                    "channel": channel,
                    "direction": direction,
                },
            ),
        )
        return self._call(kwargs, ListMessagesResponse)

    def list_messages(
        self,
        *,
        conversation_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        view: ConversationMessagesView | ConversationMessagesViewLiteral | Unset = UNSET,
        app_id: str | Unset = UNSET,
        channel_identity: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        messages_source: MessagesSource | MessagesSourceLiteral | Unset = UNSET,
        only_recipient_originated: bool | Unset = UNSET,
        channel: ConversationChannel | ConversationChannelLiteral | Unset = UNSET,
        direction: ConversationDirection | ConversationDirectionLiteral | Unset = UNSET,
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
            ListMessagesResponse (one page: iterate the ConversationMessage items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_list_messages._get_kwargs(
            self._project_id,
            conversation_id=conversation_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
            view=query_enum(ConversationMessagesView, view, "view"),
            app_id=app_id,
            channel_identity=channel_identity,
            start_time=start_time,
            end_time=end_time,
            messages_source=query_enum(MessagesSource, messages_source, "messages_source"),
            only_recipient_originated=only_recipient_originated,
            channel=query_enum(ConversationChannel, channel, "channel"),
            direction=query_enum(ConversationDirection, direction, "direction"),
        )
        return self._call(kwargs, ListMessagesResponse)

    def send_message(
        self,
        *,
        app_id: str = OMIT,
        message: AppMessageParam = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        callback_url: str = OMIT,
        channel_priority_order: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        channel_properties: Mapping[str, str] = OMIT,
        message_metadata: str = OMIT,
        queue: MessageQueue | MessageQueueLiteral = OMIT,
        ttl: str = OMIT,
        conversation_metadata: Mapping[str, Any] = OMIT,
        conversation_metadata_update_strategy: MetadataUpdateStrategy
        | MetadataUpdateStrategyLiteral = OMIT,
        correlation_id: str = OMIT,
        processing_strategy: ProcessingStrategy | ProcessingStrategyLiteral = OMIT,
        message_content_type: MessageContentType | MessageContentTypeLiteral = OMIT,
        body: SendMessageRequest | None = None,
    ) -> SendMessageResponse:
        """Send a message

        You can send a message from a Conversation app to a contact in that app. The message is added to the
        active conversation with the contact if a conversation already exists. If no active conversation
        exists a new one is started automatically.

        Args:
            body (SendMessageRequest): Send message request.
            app_id, message, recipient, callback_url, channel_priority_order,
                channel_properties, message_metadata, queue, ttl, conversation_metadata,
                conversation_metadata_update_strategy, correlation_id, processing_strategy,
                message_content_type:
                the body's fields (app_id, message, recipient required),
                checked before sending; or ``body=`` a ``SendMessageRequest``.

        Returns:
            SendMessageResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_send_message._get_kwargs(
            self._project_id,
            body=request_body(
                "SendMessageRequest",
                body,
                {
                    "app_id": app_id,
                    "message": message,
                    "recipient": recipient,
                    "callback_url": callback_url,
                    "channel_priority_order": channel_priority_order,
                    "channel_properties": channel_properties,
                    "message_metadata": message_metadata,
                    "queue": queue,
                    "ttl": ttl,
                    "conversation_metadata": conversation_metadata,
                    "conversation_metadata_update_strategy": conversation_metadata_update_strategy,
                    "correlation_id": correlation_id,
                    "processing_strategy": processing_strategy,
                    "message_content_type": message_content_type,
                },
            ),
        )
        return self._call(kwargs, SendMessageResponse)

    def update_message_metadata(
        self,
        message_id: str,
        *,
        messages_source: MessagesSource | MessagesSourceLiteral | Unset = UNSET,
        metadata: str = OMIT,
        body: UpdateMessageMetadataRequest | None = None,
    ) -> ConversationMessage:
        """Update message metadata

        Updates the metadata of a message.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.
            body (UpdateMessageMetadataRequest): Update message metadata request.
            metadata:
                the body's fields (metadata required),
                checked before sending; or ``body=`` a ``UpdateMessageMetadataRequest``.

        Returns:
            ConversationMessage

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_update_message_metadata._get_kwargs(
            self._project_id,
            message_id,
            body=request_body(
                "UpdateMessageMetadataRequest",
                body,
                {
                    "metadata": metadata,
                },
            ),
            messages_source=query_enum(MessagesSource, messages_source, "messages_source"),
        )
        return self._call(kwargs, ConversationMessage)


class AsyncMessages(AsyncResource):
    """The ``messages`` operations of the async client (``await client.messages...``)."""

    @property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncMessagesWithRawResponse(self)

    async def delete_message(
        self,
        message_id: str,
        *,
        messages_source: MessagesSource | MessagesSourceLiteral | Unset = UNSET,
    ) -> None:
        """Deletes a message

        Deletes a message that is part of a conversation. Removing the last message of a conversation will
        not delete the conversation.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_delete_message._get_kwargs(
            self._project_id,
            message_id,
            messages_source=query_enum(MessagesSource, messages_source, "messages_source"),
        )
        return await self._call(kwargs, None)

    async def get_message(
        self,
        message_id: str,
        *,
        messages_source: MessagesSource | MessagesSourceLiteral | Unset = UNSET,
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
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_get_message._get_kwargs(
            self._project_id,
            message_id,
            messages_source=query_enum(MessagesSource, messages_source, "messages_source"),
        )
        return await self._call(kwargs, ConversationMessage)

    async def list_last_messages_by_channel_identity(
        self,
        *,
        channel_identities: Sequence[str] | None = OMIT,
        contact_ids: Sequence[str] | None = OMIT,
        app_id: None | str = OMIT,
        messages_source: MessagesSource | MessagesSourceLiteral | None = OMIT,
        page_size: int | None = OMIT,
        page_token: None | str = OMIT,
        view: ConversationMessagesView | ConversationMessagesViewLiteral | None = OMIT,
        start_time: datetime.datetime | str | None = OMIT,
        end_time: datetime.datetime | str | None = OMIT,
        channel: ConversationChannel | ConversationChannelLiteral | None = OMIT,
        direction: ConversationDirection | ConversationDirectionLiteral | None = OMIT,
        body: ListLastMessagesByChannelIdentityRequest | None = None,
    ) -> ListMessagesResponse:
        """Fetch the latest message of each channel identity or contact

        Args:
            body (ListLastMessagesByChannelIdentityRequest): Whose latest messages to fetch, by
                channel identities or by contact IDs (not both).
            channel_identities, contact_ids, app_id, messages_source, page_size, page_token,
                view, start_time, end_time, channel, direction:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ListLastMessagesByChannelIdentityRequest``.

        Returns:
            ListMessagesResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_list_last_messages_by_channel_identity._get_kwargs(
            self._project_id,
            body=request_body(
                "ListLastMessagesByChannelIdentityRequest",
                body,
                {
                    "channel_identities": channel_identities,
                    "contact_ids": contact_ids,
                    "app_id": app_id,
                    "messages_source": messages_source,
                    "page_size": page_size,
                    "page_token": page_token,
                    "view": view,
                    "start_time": start_time,
                    "end_time": end_time,
                    "channel": channel,
                    "direction": direction,
                },
            ),
        )
        return await self._call(kwargs, ListMessagesResponse)

    async def list_messages(
        self,
        *,
        conversation_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        view: ConversationMessagesView | ConversationMessagesViewLiteral | Unset = UNSET,
        app_id: str | Unset = UNSET,
        channel_identity: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        messages_source: MessagesSource | MessagesSourceLiteral | Unset = UNSET,
        only_recipient_originated: bool | Unset = UNSET,
        channel: ConversationChannel | ConversationChannelLiteral | Unset = UNSET,
        direction: ConversationDirection | ConversationDirectionLiteral | Unset = UNSET,
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
            ListMessagesResponse (one page: iterate the ConversationMessage items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_list_messages._get_kwargs(
            self._project_id,
            conversation_id=conversation_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
            view=query_enum(ConversationMessagesView, view, "view"),
            app_id=app_id,
            channel_identity=channel_identity,
            start_time=start_time,
            end_time=end_time,
            messages_source=query_enum(MessagesSource, messages_source, "messages_source"),
            only_recipient_originated=only_recipient_originated,
            channel=query_enum(ConversationChannel, channel, "channel"),
            direction=query_enum(ConversationDirection, direction, "direction"),
        )
        return await self._call(kwargs, ListMessagesResponse)

    async def send_message(
        self,
        *,
        app_id: str = OMIT,
        message: AppMessageParam = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        callback_url: str = OMIT,
        channel_priority_order: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        channel_properties: Mapping[str, str] = OMIT,
        message_metadata: str = OMIT,
        queue: MessageQueue | MessageQueueLiteral = OMIT,
        ttl: str = OMIT,
        conversation_metadata: Mapping[str, Any] = OMIT,
        conversation_metadata_update_strategy: MetadataUpdateStrategy
        | MetadataUpdateStrategyLiteral = OMIT,
        correlation_id: str = OMIT,
        processing_strategy: ProcessingStrategy | ProcessingStrategyLiteral = OMIT,
        message_content_type: MessageContentType | MessageContentTypeLiteral = OMIT,
        body: SendMessageRequest | None = None,
    ) -> SendMessageResponse:
        """Send a message

        You can send a message from a Conversation app to a contact in that app. The message is added to the
        active conversation with the contact if a conversation already exists. If no active conversation
        exists a new one is started automatically.

        Args:
            body (SendMessageRequest): Send message request.
            app_id, message, recipient, callback_url, channel_priority_order,
                channel_properties, message_metadata, queue, ttl, conversation_metadata,
                conversation_metadata_update_strategy, correlation_id, processing_strategy,
                message_content_type:
                the body's fields (app_id, message, recipient required),
                checked before sending; or ``body=`` a ``SendMessageRequest``.

        Returns:
            SendMessageResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_send_message._get_kwargs(
            self._project_id,
            body=request_body(
                "SendMessageRequest",
                body,
                {
                    "app_id": app_id,
                    "message": message,
                    "recipient": recipient,
                    "callback_url": callback_url,
                    "channel_priority_order": channel_priority_order,
                    "channel_properties": channel_properties,
                    "message_metadata": message_metadata,
                    "queue": queue,
                    "ttl": ttl,
                    "conversation_metadata": conversation_metadata,
                    "conversation_metadata_update_strategy": conversation_metadata_update_strategy,
                    "correlation_id": correlation_id,
                    "processing_strategy": processing_strategy,
                    "message_content_type": message_content_type,
                },
            ),
        )
        return await self._call(kwargs, SendMessageResponse)

    async def update_message_metadata(
        self,
        message_id: str,
        *,
        messages_source: MessagesSource | MessagesSourceLiteral | Unset = UNSET,
        metadata: str = OMIT,
        body: UpdateMessageMetadataRequest | None = None,
    ) -> ConversationMessage:
        """Update message metadata

        Updates the metadata of a message.

        Args:
            message_id (str):
            messages_source (MessagesSource | Unset): Which store the operation reads or writes;
                DISPATCH_SOURCE for messages sent in DISPATCH mode.
            body (UpdateMessageMetadataRequest): Update message metadata request.
            metadata:
                the body's fields (metadata required),
                checked before sending; or ``body=`` a ``UpdateMessageMetadataRequest``.

        Returns:
            ConversationMessage

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _messages_update_message_metadata._get_kwargs(
            self._project_id,
            message_id,
            body=request_body(
                "UpdateMessageMetadataRequest",
                body,
                {
                    "metadata": metadata,
                },
            ),
            messages_source=query_enum(MessagesSource, messages_source, "messages_source"),
        )
        return await self._call(kwargs, ConversationMessage)


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Messages) -> None:
        self.delete_message = to_raw_response(resource.delete_message)
        self.get_message = to_raw_response(resource.get_message)
        self.list_last_messages_by_channel_identity = to_raw_response(
            resource.list_last_messages_by_channel_identity
        )
        self.list_messages = to_raw_response(resource.list_messages)
        self.send_message = to_raw_response(resource.send_message)
        self.update_message_metadata = to_raw_response(resource.update_message_metadata)


class AsyncMessagesWithRawResponse:
    """``client.messages.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncMessages) -> None:
        self.delete_message = to_raw_response_async(resource.delete_message)
        self.get_message = to_raw_response_async(resource.get_message)
        self.list_last_messages_by_channel_identity = to_raw_response_async(
            resource.list_last_messages_by_channel_identity
        )
        self.list_messages = to_raw_response_async(resource.list_messages)
        self.send_message = to_raw_response_async(resource.send_message)
        self.update_message_metadata = to_raw_response_async(resource.update_message_metadata)
