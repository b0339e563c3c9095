"""The ``batch`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_batch_client.api.batch``: do not edit.
"""

from typing import cast

from sinch_conversation_batch_client import Client as _GeneratedClient
from sinch_conversation_batch_client.api.batch import batch_cancel_batch as _batch_cancel_batch
from sinch_conversation_batch_client.api.batch import (
    batch_create_contacts as _batch_create_contacts,
)
from sinch_conversation_batch_client.api.batch import (
    batch_delete_contacts as _batch_delete_contacts,
)
from sinch_conversation_batch_client.api.batch import (
    batch_get_batch_status as _batch_get_batch_status,
)
from sinch_conversation_batch_client.api.batch import (
    batch_get_batch_statuses_by_metadata as _batch_get_batch_statuses_by_metadata,
)
from sinch_conversation_batch_client.api.batch import (
    batch_insert_consents as _batch_insert_consents,
)
from sinch_conversation_batch_client.api.batch import batch_send_batch as _batch_send_batch
from sinch_conversation_batch_client.models.batch_status import BatchStatus
from sinch_conversation_batch_client.models.cancel_batch_request import CancelBatchRequest
from sinch_conversation_batch_client.models.cancel_batch_response import CancelBatchResponse
from sinch_conversation_batch_client.models.create_contacts_request import CreateContactsRequest
from sinch_conversation_batch_client.models.delete_contacts_request import DeleteContactsRequest
from sinch_conversation_batch_client.models.empty_response import EmptyResponse
from sinch_conversation_batch_client.models.insert_consents_request import InsertConsentsRequest
from sinch_conversation_batch_client.models.insert_consents_response import InsertConsentsResponse
from sinch_conversation_batch_client.models.send_batch_request import SendBatchRequest
from sinch_conversation_batch_client.models.send_batch_response import SendBatchResponse

from .._resource import AsyncResource, SyncResource, expect

__all__ = ["AsyncBatch", "Batch"]


class Batch(SyncResource[_GeneratedClient]):
    """The ``batch`` operations (``client.batch``)."""

    def cancel_batch(self, *, body: CancelBatchRequest) -> CancelBatchResponse:
        """Cancel scheduled batches

        Cancels a scheduled batch by its ID, or every scheduled batch whose `batch_metadata` holds one
        key/value pair. Only a batch whose `send_after` has not passed can be cancelled; for any other batch
        the call still answers 200 and nothing changes.

        Args:
            body (CancelBatchRequest): Exactly one selector, `batch_id` or `metadata_key` with
                `metadata_value`.

        Returns:
            CancelBatchResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _batch_cancel_batch.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, CancelBatchResponse)

    def create_contacts(self, *, body: CreateContactsRequest) -> EmptyResponse:
        """Create up to 1,000 contacts

        Each created contact is announced with a CONTACT_CREATE callback.

        Args:
            body (CreateContactsRequest):

        Returns:
            EmptyResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _batch_create_contacts.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, EmptyResponse)

    def delete_contacts(self, *, body: DeleteContactsRequest) -> EmptyResponse:
        """Delete up to 1,000 contacts

        Each deleted contact is announced with a CONTACT_DELETE callback.

        Args:
            body (DeleteContactsRequest):

        Returns:
            EmptyResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _batch_delete_contacts.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, EmptyResponse)

    def get_batch_status(self, batch_id: str) -> BatchStatus:
        """Status of one batch

        Args:
            batch_id (str):

        Returns:
            BatchStatus

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _batch_get_batch_status.sync_detailed(
            self._project_id, batch_id, client=self._client
        )
        return expect(response, BatchStatus)

    def get_batch_statuses_by_metadata(
        self, *, metadata_key: str, metadata_value: str
    ) -> list[BatchStatus]:
        """Statuses of the batches matching one metadata key/value

        Args:
            metadata_key (str):
            metadata_value (str):

        Returns:
            list[BatchStatus]

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _batch_get_batch_statuses_by_metadata.sync_detailed(
            self._project_id,
            client=self._client,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
        )
        return cast("list[BatchStatus]", response.parsed)

    def insert_consents(self, *, body: InsertConsentsRequest) -> InsertConsentsResponse:
        """Insert consent (opt-out) records in bulk

        Puts each identification on the app's opt-out list of its `consent_type`. Not atomic on the real
        API: after an error some records may be stored; retry later.

        Args:
            body (InsertConsentsRequest):

        Returns:
            InsertConsentsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _batch_insert_consents.sync_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, InsertConsentsResponse)

    def send_batch(self, *, body: SendBatchRequest) -> SendBatchResponse:
        """Send one message to many recipients

        Every entry of `recipient_and_params` becomes one Conversation API message of the app, with
        `${name}` placeholders in any string field of `message` replaced from that recipient's `parameters`.
        Without `send_after` the batch is processed at once; with it, the batch waits (status SCHEDULED) and
        can be cancelled until then. A 200 means the batch was accepted, not delivered.

        Args:
            body (SendBatchRequest):

        Returns:
            SendBatchResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = _batch_send_batch.sync_detailed(self._project_id, client=self._client, body=body)
        return expect(response, SendBatchResponse)


class AsyncBatch(AsyncResource[_GeneratedClient]):
    """The ``batch`` operations of the async client (``await client.batch...``)."""

    async def cancel_batch(self, *, body: CancelBatchRequest) -> CancelBatchResponse:
        """Cancel scheduled batches

        Cancels a scheduled batch by its ID, or every scheduled batch whose `batch_metadata` holds one
        key/value pair. Only a batch whose `send_after` has not passed can be cancelled; for any other batch
        the call still answers 200 and nothing changes.

        Args:
            body (CancelBatchRequest): Exactly one selector, `batch_id` or `metadata_key` with
                `metadata_value`.

        Returns:
            CancelBatchResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _batch_cancel_batch.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, CancelBatchResponse)

    async def create_contacts(self, *, body: CreateContactsRequest) -> EmptyResponse:
        """Create up to 1,000 contacts

        Each created contact is announced with a CONTACT_CREATE callback.

        Args:
            body (CreateContactsRequest):

        Returns:
            EmptyResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _batch_create_contacts.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, EmptyResponse)

    async def delete_contacts(self, *, body: DeleteContactsRequest) -> EmptyResponse:
        """Delete up to 1,000 contacts

        Each deleted contact is announced with a CONTACT_DELETE callback.

        Args:
            body (DeleteContactsRequest):

        Returns:
            EmptyResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _batch_delete_contacts.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, EmptyResponse)

    async def get_batch_status(self, batch_id: str) -> BatchStatus:
        """Status of one batch

        Args:
            batch_id (str):

        Returns:
            BatchStatus

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _batch_get_batch_status.asyncio_detailed(
            self._project_id, batch_id, client=self._client
        )
        return expect(response, BatchStatus)

    async def get_batch_statuses_by_metadata(
        self, *, metadata_key: str, metadata_value: str
    ) -> list[BatchStatus]:
        """Statuses of the batches matching one metadata key/value

        Args:
            metadata_key (str):
            metadata_value (str):

        Returns:
            list[BatchStatus]

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _batch_get_batch_statuses_by_metadata.asyncio_detailed(
            self._project_id,
            client=self._client,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
        )
        return cast("list[BatchStatus]", response.parsed)

    async def insert_consents(self, *, body: InsertConsentsRequest) -> InsertConsentsResponse:
        """Insert consent (opt-out) records in bulk

        Puts each identification on the app's opt-out list of its `consent_type`. Not atomic on the real
        API: after an error some records may be stored; retry later.

        Args:
            body (InsertConsentsRequest):

        Returns:
            InsertConsentsResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _batch_insert_consents.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, InsertConsentsResponse)

    async def send_batch(self, *, body: SendBatchRequest) -> SendBatchResponse:
        """Send one message to many recipients

        Every entry of `recipient_and_params` becomes one Conversation API message of the app, with
        `${name}` placeholders in any string field of `message` replaced from that recipient's `parameters`.
        Without `send_after` the batch is processed at once; with it, the batch waits (status SCHEDULED) and
        can be cancelled until then. A 200 means the batch was accepted, not delivered.

        Args:
            body (SendBatchRequest):

        Returns:
            SendBatchResponse

        Raises:
            APIError: the API answered with an error status (a subclass per status).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        response = await _batch_send_batch.asyncio_detailed(
            self._project_id, client=self._client, body=body
        )
        return expect(response, SendBatchResponse)
