"""The ``conversations`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.conversation``: do not edit.
"""

from typing import Any

from sinch_conversation_client import Client as _GeneratedClient
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

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncConversations", "Conversations"]


class Conversations(SyncResource[_GeneratedClient]):
    """The ``conversations`` operations (``client.conversations``)."""

    def create_conversation(self, *, body: ConversationCreateRequest) -> Conversation:
        """Creates a conversation

        Creates a new empty conversation. It is generally not needed to create a conversation explicitly
        since sending or receiving a message automatically creates a new conversation if it does not already
        exist between the given app and contact. Creating empty conversation is useful if the metadata of
        the conversation should be populated when the first message in the conversation is a contact message
        or the first message in the conversation comes out-of-band and needs to be injected with
        InjectMessage endpoint.

        Args:
            body (ConversationCreateRequest): The conversation to create; the server assigns the ID.

        Returns:
            Conversation

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _conversation_create_conversation.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, Conversation)

    def delete_conversation(self, conversation_id: str) -> Any:
        """Deletes a conversation

        Deletes a conversation together with all the messages sent as part of the conversation.

        Args:
            conversation_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _conversation_delete_conversation.sync_detailed(
            self._project_id, conversation_id, client=self._client
        )
        return response.parsed

    def get_conversation(self, conversation_id: str) -> Conversation:
        """Get a conversation

        Retrieves a conversation by id. A conversation has two participating entities, an app and a contact.

        Args:
            conversation_id (str):

        Returns:
            Conversation

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _conversation_get_conversation.sync_detailed(
            self._project_id, conversation_id, client=self._client
        )
        return expect(response, Conversation)

    def inject_event(
        self, conversation_id: str, *, body: InjectEventRequest
    ) -> InjectEventResponse:
        """Inject an event into a conversation

        Args:
            conversation_id (str):
            body (InjectEventRequest): An app event to record in a conversation's history, as if it
                had been sent.

        Returns:
            InjectEventResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _conversation_inject_event.sync_detailed(
            self._project_id, conversation_id, client=self._client, body=body
        )
        return expect(response, InjectEventResponse)

    def inject_message(self, conversation_id: str, *, body: InjectMessageRequest) -> Any:
        """Inject messages

        This operation injects a conversation message in to a specific conversation.

        Args:
            conversation_id (str):
            body (InjectMessageRequest): A message to add to a conversation's history, from an app or
                a contact (set exactly one of app_message, contact_message).

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _conversation_inject_message.sync_detailed(
            self._project_id, conversation_id, client=self._client, body=body
        )
        return response.parsed

    def list_conversations(
        self,
        *,
        app_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        only_active: bool | Unset = False,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        active_channel: ConversationChannel | Unset = UNSET,
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
            ListConversationsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _conversation_list_conversations.sync_detailed(
            self._project_id,
            client=self._client,
            app_id=app_id,
            contact_id=contact_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            active_channel=active_channel,
        )
        return expect(response, ListConversationsResponse)

    def list_recent_conversations(
        self,
        *,
        app_id: str,
        only_active: bool | Unset = False,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ConversationListRecentConversationsOrder
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
            ListRecentConversationsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _conversation_list_recent_conversations.sync_detailed(
            self._project_id,
            client=self._client,
            app_id=app_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            order=order,
        )
        return expect(response, ListRecentConversationsResponse)

    def stop_active_conversation(self, conversation_id: str) -> Any:
        """Stop conversation

        This operation stops the referenced conversation, if the conversation is still active. A new
        conversation will be created if a new message is exchanged between the app or contact that was part
        of the stopped conversation.

        Args:
            conversation_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _conversation_stop_active_conversation.sync_detailed(
            self._project_id, conversation_id, client=self._client
        )
        return response.parsed

    def update_conversation(
        self,
        conversation_id: str,
        *,
        body: ConversationUpdateRequest,
        update_mask: list[str] | Unset = UNSET,
        metadata_update_strategy: MetadataUpdateStrategy | Unset = UNSET,
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

        Returns:
            Conversation

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _conversation_update_conversation.sync_detailed(
            self._project_id,
            conversation_id,
            client=self._client,
            body=body,
            update_mask=update_mask,
            metadata_update_strategy=metadata_update_strategy,
        )
        return expect(response, Conversation)


class AsyncConversations(AsyncResource[_GeneratedClient]):
    """The ``conversations`` operations of the async client (``await client.conversations...``)."""

    async def create_conversation(self, *, body: ConversationCreateRequest) -> Conversation:
        """Creates a conversation

        Creates a new empty conversation. It is generally not needed to create a conversation explicitly
        since sending or receiving a message automatically creates a new conversation if it does not already
        exist between the given app and contact. Creating empty conversation is useful if the metadata of
        the conversation should be populated when the first message in the conversation is a contact message
        or the first message in the conversation comes out-of-band and needs to be injected with
        InjectMessage endpoint.

        Args:
            body (ConversationCreateRequest): The conversation to create; the server assigns the ID.

        Returns:
            Conversation

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _conversation_create_conversation.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, Conversation)

    async def delete_conversation(self, conversation_id: str) -> Any:
        """Deletes a conversation

        Deletes a conversation together with all the messages sent as part of the conversation.

        Args:
            conversation_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _conversation_delete_conversation.asyncio_detailed(
            self._project_id, conversation_id, client=self._client
        )
        return response.parsed

    async def get_conversation(self, conversation_id: str) -> Conversation:
        """Get a conversation

        Retrieves a conversation by id. A conversation has two participating entities, an app and a contact.

        Args:
            conversation_id (str):

        Returns:
            Conversation

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _conversation_get_conversation.asyncio_detailed(
            self._project_id, conversation_id, client=self._client
        )
        return expect(response, Conversation)

    async def inject_event(
        self, conversation_id: str, *, body: InjectEventRequest
    ) -> InjectEventResponse:
        """Inject an event into a conversation

        Args:
            conversation_id (str):
            body (InjectEventRequest): An app event to record in a conversation's history, as if it
                had been sent.

        Returns:
            InjectEventResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _conversation_inject_event.asyncio_detailed(
            self._project_id, conversation_id, client=self._client, body=body
        )
        return expect(response, InjectEventResponse)

    async def inject_message(self, conversation_id: str, *, body: InjectMessageRequest) -> Any:
        """Inject messages

        This operation injects a conversation message in to a specific conversation.

        Args:
            conversation_id (str):
            body (InjectMessageRequest): A message to add to a conversation's history, from an app or
                a contact (set exactly one of app_message, contact_message).

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _conversation_inject_message.asyncio_detailed(
            self._project_id, conversation_id, client=self._client, body=body
        )
        return response.parsed

    async def list_conversations(
        self,
        *,
        app_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        only_active: bool | Unset = False,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        active_channel: ConversationChannel | Unset = UNSET,
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
            ListConversationsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _conversation_list_conversations.asyncio_detailed(
            self._project_id,
            client=self._client,
            app_id=app_id,
            contact_id=contact_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            active_channel=active_channel,
        )
        return expect(response, ListConversationsResponse)

    async def list_recent_conversations(
        self,
        *,
        app_id: str,
        only_active: bool | Unset = False,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ConversationListRecentConversationsOrder
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
            ListRecentConversationsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _conversation_list_recent_conversations.asyncio_detailed(
            self._project_id,
            client=self._client,
            app_id=app_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            order=order,
        )
        return expect(response, ListRecentConversationsResponse)

    async def stop_active_conversation(self, conversation_id: str) -> Any:
        """Stop conversation

        This operation stops the referenced conversation, if the conversation is still active. A new
        conversation will be created if a new message is exchanged between the app or contact that was part
        of the stopped conversation.

        Args:
            conversation_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _conversation_stop_active_conversation.asyncio_detailed(
            self._project_id, conversation_id, client=self._client
        )
        return response.parsed

    async def update_conversation(
        self,
        conversation_id: str,
        *,
        body: ConversationUpdateRequest,
        update_mask: list[str] | Unset = UNSET,
        metadata_update_strategy: MetadataUpdateStrategy | Unset = UNSET,
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

        Returns:
            Conversation

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _conversation_update_conversation.asyncio_detailed(
            self._project_id,
            conversation_id,
            client=self._client,
            body=body,
            update_mask=update_mask,
            metadata_update_strategy=metadata_update_strategy,
        )
        return expect(response, Conversation)
