"""The ``consents`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_client.api.consents``: do not edit.
"""

from __future__ import annotations

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

from .._resource import AsyncResource, SyncResource, to_raw_response, to_raw_response_async

__all__ = ["AsyncConsents", "AsyncConsentsWithRawResponse", "Consents", "ConsentsWithRawResponse"]


class Consents(SyncResource):
    """The ``consents`` operations (``client.consents``)."""

    @property
    def with_raw_response(self) -> ConsentsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return ConsentsWithRawResponse(self)

    def list_audit_records(self, app_id: str, identity: str) -> AuditRecordsResponse:
        """List an identity's consent audit records

        Args:
            app_id (str):
            identity (str):

        Returns:
            AuditRecordsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _consents_list_audit_records._get_kwargs(
            self._project_id,
            app_id,
            identity,
        )
        return self._call(kwargs, AuditRecordsResponse)

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
            ListConsentIdentitiesResponse (one page: iterate the ConsentIdentity items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _consents_list_identities._get_kwargs(
            self._project_id,
            app_id,
            list_type,
            page_size=page_size,
            page_token=page_token,
        )
        return self._call(kwargs, ListConsentIdentitiesResponse)


class AsyncConsents(AsyncResource):
    """The ``consents`` operations of the async client (``await client.consents...``)."""

    @property
    def with_raw_response(self) -> AsyncConsentsWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncConsentsWithRawResponse(self)

    async def list_audit_records(self, app_id: str, identity: str) -> AuditRecordsResponse:
        """List an identity's consent audit records

        Args:
            app_id (str):
            identity (str):

        Returns:
            AuditRecordsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _consents_list_audit_records._get_kwargs(
            self._project_id,
            app_id,
            identity,
        )
        return await self._call(kwargs, AuditRecordsResponse)

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
            ListConsentIdentitiesResponse (one page: iterate the ConsentIdentity items with the client's ``paginate``)

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _consents_list_identities._get_kwargs(
            self._project_id,
            app_id,
            list_type,
            page_size=page_size,
            page_token=page_token,
        )
        return await self._call(kwargs, ListConsentIdentitiesResponse)


class ConsentsWithRawResponse:
    """``client.consents.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Consents) -> None:
        self.list_audit_records = to_raw_response(resource.list_audit_records)
        self.list_identities = to_raw_response(resource.list_identities)


class AsyncConsentsWithRawResponse:
    """``client.consents.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncConsents) -> None:
        self.list_audit_records = to_raw_response_async(resource.list_audit_records)
        self.list_identities = to_raw_response_async(resource.list_identities)
