"""The ``contacts`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.contact``: do not edit.
"""

from typing import Any

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.contact import contact_create_contact as _contact_create_contact
from sinch_conversation_client.api.contact import contact_delete_contact as _contact_delete_contact
from sinch_conversation_client.api.contact import (
    contact_get_channel_profile as _contact_get_channel_profile,
)
from sinch_conversation_client.api.contact import contact_get_contact as _contact_get_contact
from sinch_conversation_client.api.contact import contact_list_contacts as _contact_list_contacts
from sinch_conversation_client.api.contact import (
    contact_list_identity_conflicts as _contact_list_identity_conflicts,
)
from sinch_conversation_client.api.contact import contact_merge_contact as _contact_merge_contact
from sinch_conversation_client.api.contact import contact_update_contact as _contact_update_contact
from sinch_conversation_client.models.contact import Contact
from sinch_conversation_client.models.contact_create_request import ContactCreateRequest
from sinch_conversation_client.models.contact_update_request import ContactUpdateRequest
from sinch_conversation_client.models.conversation_channel import ConversationChannel
from sinch_conversation_client.models.get_channel_profile_request import GetChannelProfileRequest
from sinch_conversation_client.models.get_channel_profile_response import GetChannelProfileResponse
from sinch_conversation_client.models.list_contacts_response import ListContactsResponse
from sinch_conversation_client.models.list_identity_conflicts_response import (
    ListIdentityConflictsResponse,
)
from sinch_conversation_client.models.merge_contact_request import MergeContactRequest
from sinch_conversation_client.types import UNSET, Unset

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncContacts", "Contacts"]


class Contacts(SyncResource[_GeneratedClient]):
    """The ``contacts`` operations (``client.contacts``)."""

    def create_contact(self, *, body: ContactCreateRequest) -> Contact:
        """Create a Contact

        Args:
            body (ContactCreateRequest): The contact to create; the server assigns the ID.

        Returns:
            Contact

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _contact_create_contact.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, Contact)

    def delete_contact(self, contact_id: str) -> Any:
        """Delete a Contact

        Args:
            contact_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _contact_delete_contact.sync_detailed(
            self._project_id, contact_id, client=self._client
        )
        return response.parsed

    def get_channel_profile(self, *, body: GetChannelProfileRequest) -> GetChannelProfileResponse:
        """Get a contact's profile name on a channel

        Args:
            body (GetChannelProfileRequest): Which contact's profile name to fetch, from which app and
                channel.

        Returns:
            GetChannelProfileResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _contact_get_channel_profile.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, GetChannelProfileResponse)

    def get_contact(self, contact_id: str) -> Contact:
        """Get a Contact

        Args:
            contact_id (str):

        Returns:
            Contact

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _contact_get_contact.sync_detailed(
            self._project_id, contact_id, client=self._client
        )
        return expect(response, Contact)

    def list_contacts(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        channel: ConversationChannel | Unset = UNSET,
        identity: str | Unset = UNSET,
    ) -> ListContactsResponse:
        """Get contacts

        Args:
            page_size (int | Unset):
            page_token (str | Unset):
            external_id (str | Unset):
            channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
            identity (str | Unset):

        Returns:
            ListContactsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _contact_list_contacts.sync_detailed(
            self._project_id,
            client=self._client,
            page_size=page_size,
            page_token=page_token,
            external_id=external_id,
            channel=channel,
            identity=identity,
        )
        return expect(response, ListContactsResponse)

    def list_identity_conflicts(
        self, *, page_size: int | Unset = UNSET, page_token: str | Unset = UNSET
    ) -> ListIdentityConflictsResponse:
        """List identities claimed by more than one contact

        Args:
            page_size (int | Unset):
            page_token (str | Unset):

        Returns:
            ListIdentityConflictsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _contact_list_identity_conflicts.sync_detailed(
            self._project_id, client=self._client, page_size=page_size, page_token=page_token
        )
        return expect(response, ListIdentityConflictsResponse)

    def merge_contact(self, destination_id: str, *, body: MergeContactRequest) -> Contact:
        """Merge two contacts

        The remaining contact will contain all conversations that the removed contact did. If both contacts
        had conversations within the same App, messages from the removed contact will be merged into
        corresponding active conversations in the destination contact. Channel identities will be moved from
        the source contact to the destination contact only for channels that weren't present there before.
        Moved channel identities will be placed at the bottom of the channel priority list. Optional fields
        from the source contact will be copied only if corresponding fields in the destination contact are
        empty The contact being removed cannot be referenced after this call.

        Args:
            destination_id (str):
            body (MergeContactRequest):

        Returns:
            Contact

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _contact_merge_contact.sync_detailed(
            self._project_id, destination_id, client=self._client, body=body
        )
        return expect(response, Contact)

    def update_contact(
        self, contact_id: str, *, body: ContactUpdateRequest, update_mask: list[str] | Unset = UNSET
    ) -> Contact:
        """Update a Contact

        Args:
            contact_id (str):
            update_mask (list[str] | Unset):
            body (ContactUpdateRequest): Fields of the contact to update (see update_mask).

        Returns:
            Contact

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _contact_update_contact.sync_detailed(
            self._project_id, contact_id, client=self._client, body=body, update_mask=update_mask
        )
        return expect(response, Contact)


class AsyncContacts(AsyncResource[_GeneratedClient]):
    """The ``contacts`` operations of the async client (``await client.contacts...``)."""

    async def create_contact(self, *, body: ContactCreateRequest) -> Contact:
        """Create a Contact

        Args:
            body (ContactCreateRequest): The contact to create; the server assigns the ID.

        Returns:
            Contact

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _contact_create_contact.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, Contact)

    async def delete_contact(self, contact_id: str) -> Any:
        """Delete a Contact

        Args:
            contact_id (str):

        Returns:
            Any

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _contact_delete_contact.asyncio_detailed(
            self._project_id, contact_id, client=self._client
        )
        return response.parsed

    async def get_channel_profile(
        self, *, body: GetChannelProfileRequest
    ) -> GetChannelProfileResponse:
        """Get a contact's profile name on a channel

        Args:
            body (GetChannelProfileRequest): Which contact's profile name to fetch, from which app and
                channel.

        Returns:
            GetChannelProfileResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _contact_get_channel_profile.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, GetChannelProfileResponse)

    async def get_contact(self, contact_id: str) -> Contact:
        """Get a Contact

        Args:
            contact_id (str):

        Returns:
            Contact

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _contact_get_contact.asyncio_detailed(
            self._project_id, contact_id, client=self._client
        )
        return expect(response, Contact)

    async def list_contacts(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        channel: ConversationChannel | Unset = UNSET,
        identity: str | Unset = UNSET,
    ) -> ListContactsResponse:
        """Get contacts

        Args:
            page_size (int | Unset):
            page_token (str | Unset):
            external_id (str | Unset):
            channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
            identity (str | Unset):

        Returns:
            ListContactsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _contact_list_contacts.asyncio_detailed(
            self._project_id,
            client=self._client,
            page_size=page_size,
            page_token=page_token,
            external_id=external_id,
            channel=channel,
            identity=identity,
        )
        return expect(response, ListContactsResponse)

    async def list_identity_conflicts(
        self, *, page_size: int | Unset = UNSET, page_token: str | Unset = UNSET
    ) -> ListIdentityConflictsResponse:
        """List identities claimed by more than one contact

        Args:
            page_size (int | Unset):
            page_token (str | Unset):

        Returns:
            ListIdentityConflictsResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _contact_list_identity_conflicts.asyncio_detailed(
            self._project_id, client=self._client, page_size=page_size, page_token=page_token
        )
        return expect(response, ListIdentityConflictsResponse)

    async def merge_contact(self, destination_id: str, *, body: MergeContactRequest) -> Contact:
        """Merge two contacts

        The remaining contact will contain all conversations that the removed contact did. If both contacts
        had conversations within the same App, messages from the removed contact will be merged into
        corresponding active conversations in the destination contact. Channel identities will be moved from
        the source contact to the destination contact only for channels that weren't present there before.
        Moved channel identities will be placed at the bottom of the channel priority list. Optional fields
        from the source contact will be copied only if corresponding fields in the destination contact are
        empty The contact being removed cannot be referenced after this call.

        Args:
            destination_id (str):
            body (MergeContactRequest):

        Returns:
            Contact

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _contact_merge_contact.asyncio_detailed(
            self._project_id, destination_id, client=self._client, body=body
        )
        return expect(response, Contact)

    async def update_contact(
        self, contact_id: str, *, body: ContactUpdateRequest, update_mask: list[str] | Unset = UNSET
    ) -> Contact:
        """Update a Contact

        Args:
            contact_id (str):
            update_mask (list[str] | Unset):
            body (ContactUpdateRequest): Fields of the contact to update (see update_mask).

        Returns:
            Contact

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _contact_update_contact.asyncio_detailed(
            self._project_id, contact_id, client=self._client, body=body, update_mask=update_mask
        )
        return expect(response, Contact)
