"""The ``consents`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.consents``: do not edit.
"""

from sinch_conversation_client import Client as _GeneratedClient
from sinch_conversation_client.api.consents import (
    consents_list_audit_records as _consents_list_audit_records,
)
from sinch_conversation_client.api.consents import (
    consents_list_identities as _consents_list_identities,
)
from sinch_conversation_client.models.audit_records_response import AuditRecordsResponse
from sinch_conversation_client.models.consents_list_type import ConsentsListType
from sinch_conversation_client.models.list_consent_identities_response import (
    ListConsentIdentitiesResponse,
)
from sinch_conversation_client.types import UNSET, Unset

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncConsents", "Consents"]


class Consents(SyncResource[_GeneratedClient]):
    """The ``consents`` operations (``client.consents``)."""

    def list_audit_records(self, app_id: str, identity: str) -> AuditRecordsResponse:
        """List an identity's consent audit records

        Args:
            app_id (str):
            identity (str):

        Returns:
            AuditRecordsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _consents_list_audit_records.sync_detailed(
            self._project_id, app_id, identity, client=self._client
        )
        return expect(response, AuditRecordsResponse)

    def list_identities(
        self,
        app_id: str,
        list_type: ConsentsListType,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> ListConsentIdentitiesResponse:
        """List the identities on a consent list

        Args:
            app_id (str):
            list_type (ConsentsListType): A consent list.
            page_size (int | Unset):
            page_token (str | Unset):

        Returns:
            ListConsentIdentitiesResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _consents_list_identities.sync_detailed(
            self._project_id,
            app_id,
            list_type,
            client=self._client,
            page_size=page_size,
            page_token=page_token,
        )
        return expect(response, ListConsentIdentitiesResponse)


class AsyncConsents(AsyncResource[_GeneratedClient]):
    """The ``consents`` operations of the async client (``await client.consents...``)."""

    async def list_audit_records(self, app_id: str, identity: str) -> AuditRecordsResponse:
        """List an identity's consent audit records

        Args:
            app_id (str):
            identity (str):

        Returns:
            AuditRecordsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _consents_list_audit_records.asyncio_detailed(
            self._project_id, app_id, identity, client=self._client
        )
        return expect(response, AuditRecordsResponse)

    async def list_identities(
        self,
        app_id: str,
        list_type: ConsentsListType,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> ListConsentIdentitiesResponse:
        """List the identities on a consent list

        Args:
            app_id (str):
            list_type (ConsentsListType): A consent list.
            page_size (int | Unset):
            page_token (str | Unset):

        Returns:
            ListConsentIdentitiesResponse (one page: iterate with the client's ``paginate``)

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _consents_list_identities.asyncio_detailed(
            self._project_id,
            app_id,
            list_type,
            client=self._client,
            page_size=page_size,
            page_token=page_token,
        )
        return expect(response, ListConsentIdentitiesResponse)
