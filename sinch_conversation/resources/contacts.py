"""The ``contacts`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.contact``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from collections.abc import Sequence

    from sinch_conversation_client.models.channel_profile_channel import ChannelProfileChannel
    from sinch_conversation_client.models.contact_language import ContactLanguage
    from sinch_conversation_client.models.conversation_merge_strategy import (
        ConversationMergeStrategy,
    )

    from .params import (
        ChannelIdentityParam,
        ChannelProfileChannelLiteral,
        ContactLanguageLiteral,
        ContactRecipientParam,
        ConversationChannelLiteral,
        ConversationMergeStrategyLiteral,
        IdentifiedRecipientParam,
    )

__all__ = ["AsyncContacts", "AsyncContactsWithRawResponse", "Contacts", "ContactsWithRawResponse"]


class Contacts(SyncResource):
    """The ``contacts`` operations (``client.contacts``)."""

    @property
    def with_raw_response(self) -> ContactsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return ContactsWithRawResponse(self)

    def create_contact(
        self,
        *,
        channel_identities: Sequence[ChannelIdentityParam] = OMIT,
        channel_priority: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        display_name: str = OMIT,
        email: str = OMIT,
        external_id: str = OMIT,
        metadata: str = OMIT,
        language: ContactLanguage | ContactLanguageLiteral = OMIT,
        body: ContactCreateRequest | None = None,
    ) -> Contact:
        """Create a Contact

        Args:
            body (ContactCreateRequest): The contact to create; the server assigns the ID.
            channel_identities, channel_priority, display_name, email, external_id,
                metadata, language:
                the body's fields (channel_identities required),
                checked before sending; or ``body=`` a ``ContactCreateRequest``.

        Returns:
            Contact

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_create_contact._get_kwargs(
            self._project_id,
            body=request_body(
                "ContactCreateRequest",
                body,
                {
                    "channel_identities": channel_identities,
                    "channel_priority": channel_priority,
                    "display_name": display_name,
                    "email": email,
                    "external_id": external_id,
                    "metadata": metadata,
                    "language": language,
                },
            ),
        )
        return self._call(kwargs, Contact)

    def delete_contact(self, contact_id: str) -> None:
        """Delete a Contact

        Args:
            contact_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_delete_contact._get_kwargs(
            self._project_id,
            contact_id,
        )
        return self._call(kwargs, None)

    def get_channel_profile(
        self,
        *,
        app_id: str = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        channel: ChannelProfileChannel | ChannelProfileChannelLiteral = OMIT,
        body: GetChannelProfileRequest | None = None,
    ) -> GetChannelProfileResponse:
        """Get a contact's profile name on a channel

        Args:
            body (GetChannelProfileRequest): Which contact's profile name to fetch, from which app and
                channel.
            app_id, recipient, channel:
                the body's fields (app_id, recipient, channel required),
                checked before sending; or ``body=`` a ``GetChannelProfileRequest``.

        Returns:
            GetChannelProfileResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_get_channel_profile._get_kwargs(
            self._project_id,
            body=request_body(
                "GetChannelProfileRequest",
                body,
                {
                    "app_id": app_id,
                    "recipient": recipient,
                    "channel": channel,
                },
            ),
        )
        return self._call(kwargs, GetChannelProfileResponse)

    def get_contact(self, contact_id: str) -> Contact:
        """Get a Contact

        Args:
            contact_id (str):

        Returns:
            Contact

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_get_contact._get_kwargs(
            self._project_id,
            contact_id,
        )
        return self._call(kwargs, Contact)

    def list_contacts(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        channel: ConversationChannel | ConversationChannelLiteral | Unset = UNSET,
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
            ListContactsResponse (one page: iterate the Contact items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_list_contacts._get_kwargs(
            self._project_id,
            page_size=page_size,
            page_token=page_token,
            external_id=external_id,
            channel=query_enum(ConversationChannel, channel, "channel"),
            identity=identity,
        )
        return self._call(kwargs, ListContactsResponse)

    def list_identity_conflicts(
        self, *, page_size: int | Unset = UNSET, page_token: str | Unset = UNSET
    ) -> ListIdentityConflictsResponse:
        """List identities claimed by more than one contact

        Args:
            page_size (int | Unset):
            page_token (str | Unset):

        Returns:
            ListIdentityConflictsResponse (one page: iterate the IdentityConflict items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_list_identity_conflicts._get_kwargs(
            self._project_id,
            page_size=page_size,
            page_token=page_token,
        )
        return self._call(kwargs, ListIdentityConflictsResponse)

    def merge_contact(
        self,
        destination_id: str,
        *,
        source_id: str = OMIT,
        destination_id_: str = OMIT,
        strategy: ConversationMergeStrategy | ConversationMergeStrategyLiteral = OMIT,
        body: MergeContactRequest | None = None,
    ) -> Contact:
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
            source_id, destination_id_, strategy:
                the body's fields (source_id required),
                checked before sending; or ``body=`` a ``MergeContactRequest``.

        Returns:
            Contact

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_merge_contact._get_kwargs(
            self._project_id,
            destination_id,
            body=request_body(
                "MergeContactRequest",
                body,
                {
                    "source_id": source_id,
                    "destination_id": destination_id_,
                    "strategy": strategy,
                },
            ),
        )
        return self._call(kwargs, Contact)

    def update_contact(
        self,
        contact_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        channel_identities: Sequence[ChannelIdentityParam] = OMIT,
        channel_priority: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        display_name: str = OMIT,
        email: str = OMIT,
        external_id: str = OMIT,
        metadata: str = OMIT,
        language: ContactLanguage | ContactLanguageLiteral = OMIT,
        id: str = OMIT,
        body: ContactUpdateRequest | None = None,
    ) -> Contact:
        """Update a Contact

        Args:
            contact_id (str):
            update_mask (list[str] | Unset):
            body (ContactUpdateRequest): Fields of the contact to update (see update_mask).
            channel_identities, channel_priority, display_name, email, external_id,
                metadata, language, id:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ContactUpdateRequest``.

        Returns:
            Contact

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_update_contact._get_kwargs(
            self._project_id,
            contact_id,
            body=request_body(
                "ContactUpdateRequest",
                body,
                {
                    "channel_identities": channel_identities,
                    "channel_priority": channel_priority,
                    "display_name": display_name,
                    "email": email,
                    "external_id": external_id,
                    "metadata": metadata,
                    "language": language,
                    "id": id,
                },
            ),
            update_mask=update_mask,
        )
        return self._call(kwargs, Contact)


class AsyncContacts(AsyncResource):
    """The ``contacts`` operations of the async client (``await client.contacts...``)."""

    @property
    def with_raw_response(self) -> AsyncContactsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncContactsWithRawResponse(self)

    async def create_contact(
        self,
        *,
        channel_identities: Sequence[ChannelIdentityParam] = OMIT,
        channel_priority: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        display_name: str = OMIT,
        email: str = OMIT,
        external_id: str = OMIT,
        metadata: str = OMIT,
        language: ContactLanguage | ContactLanguageLiteral = OMIT,
        body: ContactCreateRequest | None = None,
    ) -> Contact:
        """Create a Contact

        Args:
            body (ContactCreateRequest): The contact to create; the server assigns the ID.
            channel_identities, channel_priority, display_name, email, external_id,
                metadata, language:
                the body's fields (channel_identities required),
                checked before sending; or ``body=`` a ``ContactCreateRequest``.

        Returns:
            Contact

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_create_contact._get_kwargs(
            self._project_id,
            body=request_body(
                "ContactCreateRequest",
                body,
                {
                    "channel_identities": channel_identities,
                    "channel_priority": channel_priority,
                    "display_name": display_name,
                    "email": email,
                    "external_id": external_id,
                    "metadata": metadata,
                    "language": language,
                },
            ),
        )
        return await self._call(kwargs, Contact)

    async def delete_contact(self, contact_id: str) -> None:
        """Delete a Contact

        Args:
            contact_id (str):

        Returns:
            None

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_delete_contact._get_kwargs(
            self._project_id,
            contact_id,
        )
        return await self._call(kwargs, None)

    async def get_channel_profile(
        self,
        *,
        app_id: str = OMIT,
        recipient: ContactRecipientParam | IdentifiedRecipientParam = OMIT,
        channel: ChannelProfileChannel | ChannelProfileChannelLiteral = OMIT,
        body: GetChannelProfileRequest | None = None,
    ) -> GetChannelProfileResponse:
        """Get a contact's profile name on a channel

        Args:
            body (GetChannelProfileRequest): Which contact's profile name to fetch, from which app and
                channel.
            app_id, recipient, channel:
                the body's fields (app_id, recipient, channel required),
                checked before sending; or ``body=`` a ``GetChannelProfileRequest``.

        Returns:
            GetChannelProfileResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_get_channel_profile._get_kwargs(
            self._project_id,
            body=request_body(
                "GetChannelProfileRequest",
                body,
                {
                    "app_id": app_id,
                    "recipient": recipient,
                    "channel": channel,
                },
            ),
        )
        return await self._call(kwargs, GetChannelProfileResponse)

    async def get_contact(self, contact_id: str) -> Contact:
        """Get a Contact

        Args:
            contact_id (str):

        Returns:
            Contact

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_get_contact._get_kwargs(
            self._project_id,
            contact_id,
        )
        return await self._call(kwargs, Contact)

    async def list_contacts(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        channel: ConversationChannel | ConversationChannelLiteral | Unset = UNSET,
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
            ListContactsResponse (one page: iterate the Contact items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_list_contacts._get_kwargs(
            self._project_id,
            page_size=page_size,
            page_token=page_token,
            external_id=external_id,
            channel=query_enum(ConversationChannel, channel, "channel"),
            identity=identity,
        )
        return await self._call(kwargs, ListContactsResponse)

    async def list_identity_conflicts(
        self, *, page_size: int | Unset = UNSET, page_token: str | Unset = UNSET
    ) -> ListIdentityConflictsResponse:
        """List identities claimed by more than one contact

        Args:
            page_size (int | Unset):
            page_token (str | Unset):

        Returns:
            ListIdentityConflictsResponse (one page: iterate the IdentityConflict items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_list_identity_conflicts._get_kwargs(
            self._project_id,
            page_size=page_size,
            page_token=page_token,
        )
        return await self._call(kwargs, ListIdentityConflictsResponse)

    async def merge_contact(
        self,
        destination_id: str,
        *,
        source_id: str = OMIT,
        destination_id_: str = OMIT,
        strategy: ConversationMergeStrategy | ConversationMergeStrategyLiteral = OMIT,
        body: MergeContactRequest | None = None,
    ) -> Contact:
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
            source_id, destination_id_, strategy:
                the body's fields (source_id required),
                checked before sending; or ``body=`` a ``MergeContactRequest``.

        Returns:
            Contact

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_merge_contact._get_kwargs(
            self._project_id,
            destination_id,
            body=request_body(
                "MergeContactRequest",
                body,
                {
                    "source_id": source_id,
                    "destination_id": destination_id_,
                    "strategy": strategy,
                },
            ),
        )
        return await self._call(kwargs, Contact)

    async def update_contact(
        self,
        contact_id: str,
        *,
        update_mask: list[str] | Unset = UNSET,
        channel_identities: Sequence[ChannelIdentityParam] = OMIT,
        channel_priority: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        display_name: str = OMIT,
        email: str = OMIT,
        external_id: str = OMIT,
        metadata: str = OMIT,
        language: ContactLanguage | ContactLanguageLiteral = OMIT,
        id: str = OMIT,
        body: ContactUpdateRequest | None = None,
    ) -> Contact:
        """Update a Contact

        Args:
            contact_id (str):
            update_mask (list[str] | Unset):
            body (ContactUpdateRequest): Fields of the contact to update (see update_mask).
            channel_identities, channel_priority, display_name, email, external_id,
                metadata, language, id:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``ContactUpdateRequest``.

        Returns:
            Contact

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _contact_update_contact._get_kwargs(
            self._project_id,
            contact_id,
            body=request_body(
                "ContactUpdateRequest",
                body,
                {
                    "channel_identities": channel_identities,
                    "channel_priority": channel_priority,
                    "display_name": display_name,
                    "email": email,
                    "external_id": external_id,
                    "metadata": metadata,
                    "language": language,
                    "id": id,
                },
            ),
            update_mask=update_mask,
        )
        return await self._call(kwargs, Contact)


class ContactsWithRawResponse:
    """``client.contacts.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Contacts) -> None:
        self.create_contact = to_raw_response(resource.create_contact)
        self.delete_contact = to_raw_response(resource.delete_contact)
        self.get_channel_profile = to_raw_response(resource.get_channel_profile)
        self.get_contact = to_raw_response(resource.get_contact)
        self.list_contacts = to_raw_response(resource.list_contacts)
        self.list_identity_conflicts = to_raw_response(resource.list_identity_conflicts)
        self.merge_contact = to_raw_response(resource.merge_contact)
        self.update_contact = to_raw_response(resource.update_contact)


class AsyncContactsWithRawResponse:
    """``client.contacts.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncContacts) -> None:
        self.create_contact = to_raw_response_async(resource.create_contact)
        self.delete_contact = to_raw_response_async(resource.delete_contact)
        self.get_channel_profile = to_raw_response_async(resource.get_channel_profile)
        self.get_contact = to_raw_response_async(resource.get_contact)
        self.list_contacts = to_raw_response_async(resource.list_contacts)
        self.list_identity_conflicts = to_raw_response_async(resource.list_identity_conflicts)
        self.merge_contact = to_raw_response_async(resource.merge_contact)
        self.update_contact = to_raw_response_async(resource.update_contact)
