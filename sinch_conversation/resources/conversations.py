"""The ``conversations`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.conversation``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sinch_conversation_client.api.conversation import (
    conversation_create_conversation as _conversation_create_conversation,
)
from sinch_conversation_client.api.conversation import (
    conversation_delete_conversation as _conversation_delete_conversation,
)
from sinch_conversation_client.api.conversation import (
    conversation_get_conversation as _conversation_get_conversation,
)
from sinch_conversation_client.api.conversation import (
    conversation_inject_event as _conversation_inject_event,
)
from sinch_conversation_client.api.conversation import (
    conversation_inject_message as _conversation_inject_message,
)
from sinch_conversation_client.api.conversation import (
    conversation_list_conversations as _conversation_list_conversations,
)
from sinch_conversation_client.api.conversation import (
    conversation_list_recent_conversations as _conversation_list_recent_conversations,
)
from sinch_conversation_client.api.conversation import (
    conversation_stop_active_conversation as _conversation_stop_active_conversation,
)
from sinch_conversation_client.api.conversation import (
    conversation_update_conversation as _conversation_update_conversation,
)
from sinch_conversation_client.models.conversation import Conversation
from sinch_conversation_client.models.conversation_channel import ConversationChannel
from sinch_conversation_client.models.conversation_create_request import ConversationCreateRequest
from sinch_conversation_client.models.conversation_list_recent_conversations_order import (
    ConversationListRecentConversationsOrder,
)
from sinch_conversation_client.models.conversation_update_request import ConversationUpdateRequest
from sinch_conversation_client.models.inject_event_request import InjectEventRequest
from sinch_conversation_client.models.inject_event_response import InjectEventResponse
from sinch_conversation_client.models.inject_message_request import InjectMessageRequest
from sinch_conversation_client.models.list_conversations_response import ListConversationsResponse
from sinch_conversation_client.models.list_recent_conversations_response import (
    ListRecentConversationsResponse,
)
from sinch_conversation_client.models.metadata_update_strategy import MetadataUpdateStrategy
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
    import datetime
    from collections.abc import Mapping

    from sinch_conversation_client.models.conversation_direction import ConversationDirection
    from sinch_conversation_client.models.processing_mode import ProcessingMode

    from .params import (
        AppEventParam,
        AppMessageParam,
        ChannelIdentityParam,
        ContactMessageParam,
        ConversationChannelLiteral,
        ConversationDirectionLiteral,
        ConversationListRecentConversationsOrderLiteral,
        MetadataUpdateStrategyLiteral,
        ProcessingModeLiteral,
    )

__all__ = [
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "Conversations",
    "ConversationsWithRawResponse",
]


class Conversations(SyncResource):
    """The ``conversations`` operations (``client.conversations``)."""

    @property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return ConversationsWithRawResponse(self)

    def create_conversation(
        self,
        *,
        app_id: str = OMIT,
        contact_id: str = OMIT,
        active: bool = OMIT,
        active_channel: ConversationChannel | ConversationChannelLiteral = OMIT,
        metadata: str = OMIT,
        metadata_json: Mapping[str, Any] = OMIT,
        correlation_id: str = OMIT,
        body: ConversationCreateRequest | None = None,
    ) -> Conversation:
        """Creates a conversation

        Creates a new empty conversation. It is generally not needed to create a conversation explicitly
        since sending or receiving a message automatically creates a new conversation if it does not already
        exist between the given app and contact. Creating empty conversation is useful if the metadata of
        the conversation should be populated when the first message in the conversation is a contact message
        or the first message in the conversation comes out-of-band and needs to be injected with
        InjectMessage endpoint.

        Args:
            body (ConversationCreateRequest): The conversation to create; the server assigns the ID.
            app_id, contact_id, active, active_channel, metadata, metadata_json,
                correlation_id:
                the body's fields (app_id, contact_id required),
                checked before sending; or ``body=`` a ``ConversationCreateRequest``.

        Returns:
            Conversation

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_create_conversation._get_kwargs(
            self._project_id,
            body=request_body(
                "ConversationCreateRequest",
                body,
                {
                    "app_id": app_id,
                    "contact_id": contact_id,
                    "active": active,
                    "active_channel": active_channel,
                    "metadata": metadata,
                    "metadata_json": metadata_json,
                    "correlation_id": correlation_id,
                },
            ),
        )
        return self._call(kwargs, Conversation)

    def delete_conversation(self, conversation_id: str) -> None:
        """Deletes a conversation

        Deletes a conversation together with all the messages sent as part of the conversation.

        Args:
            conversation_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_delete_conversation._get_kwargs(
            self._project_id,
            conversation_id,
        )
        return self._call(kwargs, None)

    def get_conversation(self, conversation_id: str) -> Conversation:
        """Get a conversation

        Retrieves a conversation by id. A conversation has two participating entities, an app and a contact.

        Args:
            conversation_id (str):

        Returns:
            Conversation

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_get_conversation._get_kwargs(
            self._project_id,
            conversation_id,
        )
        return self._call(kwargs, Conversation)

    def inject_event(
        self,
        conversation_id: str,
        *,
        app_event: AppEventParam = OMIT,
        accept_time: datetime.datetime | str = OMIT,
        conversation_id_: str = OMIT,
        contact_id: str = OMIT,
        channel_identity: ChannelIdentityParam = OMIT,
        processing_mode: ProcessingMode | ProcessingModeLiteral = OMIT,
        body: InjectEventRequest | None = None,
    ) -> InjectEventResponse:
        """Inject an event into a conversation

        Args:
            conversation_id (str):
            body (InjectEventRequest): An app event to record in a conversation's history, as if it
                had been sent.
            app_event, accept_time, conversation_id_, contact_id, channel_identity,
                processing_mode:
                the body's fields (app_event, accept_time required),
                checked before sending; or ``body=`` a ``InjectEventRequest``.

        Returns:
            InjectEventResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_inject_event._get_kwargs(
            self._project_id,
            conversation_id,
            body=request_body(
                "InjectEventRequest",
                body,
                {
                    "app_event": app_event,
                    "accept_time": accept_time,
                    "conversation_id": conversation_id_,
                    "contact_id": contact_id,
                    "channel_identity": channel_identity,
                    "processing_mode": processing_mode,
                },
            ),
        )
        return self._call(kwargs, InjectEventResponse)

    def inject_message(
        self,
        conversation_id: str,
        *,
        accept_time: datetime.datetime | str = OMIT,
        channel_identity: ChannelIdentityParam = OMIT,
        contact_id: str = OMIT,
        direction: ConversationDirection | ConversationDirectionLiteral = OMIT,
        app_message: AppMessageParam = OMIT,
        contact_message: ContactMessageParam = OMIT,
        metadata: str = OMIT,
        sender_id: str = OMIT,
        processing_mode: ProcessingMode | ProcessingModeLiteral = OMIT,
        conversation_id_: str = OMIT,
        body: InjectMessageRequest | None = None,
    ) -> None:
        """Inject messages

        This operation injects a conversation message in to a specific conversation.

        Args:
            conversation_id (str):
            body (InjectMessageRequest): A message to add to a conversation's history, from an app or
                a contact (set exactly one of app_message, contact_message).
            accept_time, channel_identity, contact_id, direction, app_message,
                contact_message, metadata, sender_id, processing_mode, conversation_id_:
                the body's fields (accept_time, channel_identity, contact_id, direction required),
                checked before sending; or ``body=`` a ``InjectMessageRequest``.

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_inject_message._get_kwargs(
            self._project_id,
            conversation_id,
            body=request_body(
                "InjectMessageRequest",
                body,
                {
                    "accept_time": accept_time,
                    "channel_identity": channel_identity,
                    "contact_id": contact_id,
                    "direction": direction,
                    "app_message": app_message,
                    "contact_message": contact_message,
                    "metadata": metadata,
                    "sender_id": sender_id,
                    "processing_mode": processing_mode,
                    "conversation_id": conversation_id_,
                },
            ),
        )
        return self._call(kwargs, None)

    def list_conversations(
        self,
        *,
        app_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        only_active: bool | Unset = False,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        active_channel: ConversationChannel | ConversationChannelLiteral | Unset = UNSET,
    ) -> ListConversationsResponse:
        """List conversations

        This operation lists all conversations that are associated with an app and/or a contact.

        Args:
            app_id (str | Unset):
            contact_id (str | Unset):
            only_active (bool | Unset):  Default: False.
            page_size (int | Unset):
            page_token (str | Unset):
            active_channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.

        Returns:
            ListConversationsResponse (one page: iterate the Conversation items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_list_conversations._get_kwargs(
            self._project_id,
            app_id=app_id,
            contact_id=contact_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            active_channel=query_enum(ConversationChannel, active_channel, "active_channel"),
        )
        return self._call(kwargs, ListConversationsResponse)

    def list_recent_conversations(
        self,
        *,
        app_id: str,
        only_active: bool | Unset = False,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ConversationListRecentConversationsOrder
        | ConversationListRecentConversationsOrderLiteral
        | Unset = ConversationListRecentConversationsOrder.DESC,
    ) -> ListRecentConversationsResponse:
        """List an app's conversations with their latest message

        Args:
            app_id (str):
            only_active (bool | Unset):  Default: False.
            page_size (int | Unset):
            page_token (str | Unset):
            order (ConversationListRecentConversationsOrder | Unset):  Default:
                ConversationListRecentConversationsOrder.DESC.

        Returns:
            ListRecentConversationsResponse (one page: iterate the ConversationRecentMessage items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_list_recent_conversations._get_kwargs(
            self._project_id,
            app_id=app_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            order=query_enum(ConversationListRecentConversationsOrder, order, "order"),
        )
        return self._call(kwargs, ListRecentConversationsResponse)

    def stop_active_conversation(self, conversation_id: str) -> None:
        """Stop conversation

        This operation stops the referenced conversation, if the conversation is still active. A new
        conversation will be created if a new message is exchanged between the app or contact that was part
        of the stopped conversation.

        Args:
            conversation_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_stop_active_conversation._get_kwargs(
            self._project_id,
            conversation_id,
        )
        return self._call(kwargs, None)

    def update_conversation(
        self,
        conversation_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        metadata_update_strategy: MetadataUpdateStrategy
        | MetadataUpdateStrategyLiteral
        | Unset = UNSET,
        active: bool = OMIT,
        active_channel: ConversationChannel | ConversationChannelLiteral = OMIT,
        metadata: str = OMIT,
        metadata_json: Mapping[str, Any] = OMIT,
        correlation_id: str = OMIT,
        id: str = OMIT,
        app_id: str = OMIT,
        contact_id: str = OMIT,
        body: ConversationUpdateRequest | None = None,
    ) -> Conversation:
        """Update a conversation

        This operation updates a conversation which can, for instance, be used to update the metadata
        associated with a conversation.

        Args:
            conversation_id (str):
            update_mask (list[str] | Unset):
            metadata_update_strategy (MetadataUpdateStrategy | Unset): REPLACE (the default) replaces
                the whole metadata object; MERGE_PATCH applies it as an RFC 7386 merge patch.
            body (ConversationUpdateRequest): Fields of the conversation to update (see update_mask).
            active, active_channel, metadata, metadata_json, correlation_id, id, app_id,
                contact_id:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ConversationUpdateRequest``.

        Returns:
            Conversation

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_update_conversation._get_kwargs(
            self._project_id,
            conversation_id,
            body=request_body(
                "ConversationUpdateRequest",
                body,
                {
                    "active": active,
                    "active_channel": active_channel,
                    "metadata": metadata,
                    "metadata_json": metadata_json,
                    "correlation_id": correlation_id,
                    "id": id,
                    "app_id": app_id,
                    "contact_id": contact_id,
                },
            ),
            update_mask=update_mask,
            metadata_update_strategy=query_enum(
                MetadataUpdateStrategy, metadata_update_strategy, "metadata_update_strategy"
            ),
        )
        return self._call(kwargs, Conversation)


class AsyncConversations(AsyncResource):
    """The ``conversations`` operations of the async client (``await client.conversations...``)."""

    @property
    def with_raw_response(self) -> AsyncConversationsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncConversationsWithRawResponse(self)

    async def create_conversation(
        self,
        *,
        app_id: str = OMIT,
        contact_id: str = OMIT,
        active: bool = OMIT,
        active_channel: ConversationChannel | ConversationChannelLiteral = OMIT,
        metadata: str = OMIT,
        metadata_json: Mapping[str, Any] = OMIT,
        correlation_id: str = OMIT,
        body: ConversationCreateRequest | None = None,
    ) -> Conversation:
        """Creates a conversation

        Creates a new empty conversation. It is generally not needed to create a conversation explicitly
        since sending or receiving a message automatically creates a new conversation if it does not already
        exist between the given app and contact. Creating empty conversation is useful if the metadata of
        the conversation should be populated when the first message in the conversation is a contact message
        or the first message in the conversation comes out-of-band and needs to be injected with
        InjectMessage endpoint.

        Args:
            body (ConversationCreateRequest): The conversation to create; the server assigns the ID.
            app_id, contact_id, active, active_channel, metadata, metadata_json,
                correlation_id:
                the body's fields (app_id, contact_id required),
                checked before sending; or ``body=`` a ``ConversationCreateRequest``.

        Returns:
            Conversation

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_create_conversation._get_kwargs(
            self._project_id,
            body=request_body(
                "ConversationCreateRequest",
                body,
                {
                    "app_id": app_id,
                    "contact_id": contact_id,
                    "active": active,
                    "active_channel": active_channel,
                    "metadata": metadata,
                    "metadata_json": metadata_json,
                    "correlation_id": correlation_id,
                },
            ),
        )
        return await self._call(kwargs, Conversation)

    async def delete_conversation(self, conversation_id: str) -> None:
        """Deletes a conversation

        Deletes a conversation together with all the messages sent as part of the conversation.

        Args:
            conversation_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_delete_conversation._get_kwargs(
            self._project_id,
            conversation_id,
        )
        return await self._call(kwargs, None)

    async def get_conversation(self, conversation_id: str) -> Conversation:
        """Get a conversation

        Retrieves a conversation by id. A conversation has two participating entities, an app and a contact.

        Args:
            conversation_id (str):

        Returns:
            Conversation

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_get_conversation._get_kwargs(
            self._project_id,
            conversation_id,
        )
        return await self._call(kwargs, Conversation)

    async def inject_event(
        self,
        conversation_id: str,
        *,
        app_event: AppEventParam = OMIT,
        accept_time: datetime.datetime | str = OMIT,
        conversation_id_: str = OMIT,
        contact_id: str = OMIT,
        channel_identity: ChannelIdentityParam = OMIT,
        processing_mode: ProcessingMode | ProcessingModeLiteral = OMIT,
        body: InjectEventRequest | None = None,
    ) -> InjectEventResponse:
        """Inject an event into a conversation

        Args:
            conversation_id (str):
            body (InjectEventRequest): An app event to record in a conversation's history, as if it
                had been sent.
            app_event, accept_time, conversation_id_, contact_id, channel_identity,
                processing_mode:
                the body's fields (app_event, accept_time required),
                checked before sending; or ``body=`` a ``InjectEventRequest``.

        Returns:
            InjectEventResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_inject_event._get_kwargs(
            self._project_id,
            conversation_id,
            body=request_body(
                "InjectEventRequest",
                body,
                {
                    "app_event": app_event,
                    "accept_time": accept_time,
                    "conversation_id": conversation_id_,
                    "contact_id": contact_id,
                    "channel_identity": channel_identity,
                    "processing_mode": processing_mode,
                },
            ),
        )
        return await self._call(kwargs, InjectEventResponse)

    async def inject_message(
        self,
        conversation_id: str,
        *,
        accept_time: datetime.datetime | str = OMIT,
        channel_identity: ChannelIdentityParam = OMIT,
        contact_id: str = OMIT,
        direction: ConversationDirection | ConversationDirectionLiteral = OMIT,
        app_message: AppMessageParam = OMIT,
        contact_message: ContactMessageParam = OMIT,
        metadata: str = OMIT,
        sender_id: str = OMIT,
        processing_mode: ProcessingMode | ProcessingModeLiteral = OMIT,
        conversation_id_: str = OMIT,
        body: InjectMessageRequest | None = None,
    ) -> None:
        """Inject messages

        This operation injects a conversation message in to a specific conversation.

        Args:
            conversation_id (str):
            body (InjectMessageRequest): A message to add to a conversation's history, from an app or
                a contact (set exactly one of app_message, contact_message).
            accept_time, channel_identity, contact_id, direction, app_message,
                contact_message, metadata, sender_id, processing_mode, conversation_id_:
                the body's fields (accept_time, channel_identity, contact_id, direction required),
                checked before sending; or ``body=`` a ``InjectMessageRequest``.

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_inject_message._get_kwargs(
            self._project_id,
            conversation_id,
            body=request_body(
                "InjectMessageRequest",
                body,
                {
                    "accept_time": accept_time,
                    "channel_identity": channel_identity,
                    "contact_id": contact_id,
                    "direction": direction,
                    "app_message": app_message,
                    "contact_message": contact_message,
                    "metadata": metadata,
                    "sender_id": sender_id,
                    "processing_mode": processing_mode,
                    "conversation_id": conversation_id_,
                },
            ),
        )
        return await self._call(kwargs, None)

    async def list_conversations(
        self,
        *,
        app_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        only_active: bool | Unset = False,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        active_channel: ConversationChannel | ConversationChannelLiteral | Unset = UNSET,
    ) -> ListConversationsResponse:
        """List conversations

        This operation lists all conversations that are associated with an app and/or a contact.

        Args:
            app_id (str | Unset):
            contact_id (str | Unset):
            only_active (bool | Unset):  Default: False.
            page_size (int | Unset):
            page_token (str | Unset):
            active_channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.

        Returns:
            ListConversationsResponse (one page: iterate the Conversation items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_list_conversations._get_kwargs(
            self._project_id,
            app_id=app_id,
            contact_id=contact_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            active_channel=query_enum(ConversationChannel, active_channel, "active_channel"),
        )
        return await self._call(kwargs, ListConversationsResponse)

    async def list_recent_conversations(
        self,
        *,
        app_id: str,
        only_active: bool | Unset = False,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ConversationListRecentConversationsOrder
        | ConversationListRecentConversationsOrderLiteral
        | Unset = ConversationListRecentConversationsOrder.DESC,
    ) -> ListRecentConversationsResponse:
        """List an app's conversations with their latest message

        Args:
            app_id (str):
            only_active (bool | Unset):  Default: False.
            page_size (int | Unset):
            page_token (str | Unset):
            order (ConversationListRecentConversationsOrder | Unset):  Default:
                ConversationListRecentConversationsOrder.DESC.

        Returns:
            ListRecentConversationsResponse (one page: iterate the ConversationRecentMessage items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_list_recent_conversations._get_kwargs(
            self._project_id,
            app_id=app_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            order=query_enum(ConversationListRecentConversationsOrder, order, "order"),
        )
        return await self._call(kwargs, ListRecentConversationsResponse)

    async def stop_active_conversation(self, conversation_id: str) -> None:
        """Stop conversation

        This operation stops the referenced conversation, if the conversation is still active. A new
        conversation will be created if a new message is exchanged between the app or contact that was part
        of the stopped conversation.

        Args:
            conversation_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_stop_active_conversation._get_kwargs(
            self._project_id,
            conversation_id,
        )
        return await self._call(kwargs, None)

    async def update_conversation(
        self,
        conversation_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        metadata_update_strategy: MetadataUpdateStrategy
        | MetadataUpdateStrategyLiteral
        | Unset = UNSET,
        active: bool = OMIT,
        active_channel: ConversationChannel | ConversationChannelLiteral = OMIT,
        metadata: str = OMIT,
        metadata_json: Mapping[str, Any] = OMIT,
        correlation_id: str = OMIT,
        id: str = OMIT,
        app_id: str = OMIT,
        contact_id: str = OMIT,
        body: ConversationUpdateRequest | None = None,
    ) -> Conversation:
        """Update a conversation

        This operation updates a conversation which can, for instance, be used to update the metadata
        associated with a conversation.

        Args:
            conversation_id (str):
            update_mask (list[str] | Unset):
            metadata_update_strategy (MetadataUpdateStrategy | Unset): REPLACE (the default) replaces
                the whole metadata object; MERGE_PATCH applies it as an RFC 7386 merge patch.
            body (ConversationUpdateRequest): Fields of the conversation to update (see update_mask).
            active, active_channel, metadata, metadata_json, correlation_id, id, app_id,
                contact_id:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ConversationUpdateRequest``.

        Returns:
            Conversation

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _conversation_update_conversation._get_kwargs(
            self._project_id,
            conversation_id,
            body=request_body(
                "ConversationUpdateRequest",
                body,
                {
                    "active": active,
                    "active_channel": active_channel,
                    "metadata": metadata,
                    "metadata_json": metadata_json,
                    "correlation_id": correlation_id,
                    "id": id,
                    "app_id": app_id,
                    "contact_id": contact_id,
                },
            ),
            update_mask=update_mask,
            metadata_update_strategy=query_enum(
                MetadataUpdateStrategy, metadata_update_strategy, "metadata_update_strategy"
            ),
        )
        return await self._call(kwargs, Conversation)


class ConversationsWithRawResponse:
    """``client.conversations.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Conversations) -> None:
        self.create_conversation = to_raw_response(resource.create_conversation)
        self.delete_conversation = to_raw_response(resource.delete_conversation)
        self.get_conversation = to_raw_response(resource.get_conversation)
        self.inject_event = to_raw_response(resource.inject_event)
        self.inject_message = to_raw_response(resource.inject_message)
        self.list_conversations = to_raw_response(resource.list_conversations)
        self.list_recent_conversations = to_raw_response(resource.list_recent_conversations)
        self.stop_active_conversation = to_raw_response(resource.stop_active_conversation)
        self.update_conversation = to_raw_response(resource.update_conversation)


class AsyncConversationsWithRawResponse:
    """``client.conversations.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncConversations) -> None:
        self.create_conversation = to_raw_response_async(resource.create_conversation)
        self.delete_conversation = to_raw_response_async(resource.delete_conversation)
        self.get_conversation = to_raw_response_async(resource.get_conversation)
        self.inject_event = to_raw_response_async(resource.inject_event)
        self.inject_message = to_raw_response_async(resource.inject_message)
        self.list_conversations = to_raw_response_async(resource.list_conversations)
        self.list_recent_conversations = to_raw_response_async(resource.list_recent_conversations)
        self.stop_active_conversation = to_raw_response_async(resource.stop_active_conversation)
        self.update_conversation = to_raw_response_async(resource.update_conversation)
