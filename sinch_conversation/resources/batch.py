"""The ``batch`` operations, bound to a client's project.

Written by ``make generate`` from ``sinch_conversation_batch_client.api.batch``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

from .._resource import (
    OMIT,
    AsyncResource,
    SyncResource,
    request_body,
    to_raw_response,
    to_raw_response_async,
)

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from sinch_conversation_batch_client.models.send_batch_request_processing_strategy import (
        SendBatchRequestProcessingStrategy,
    )
    from sinch_conversation_client.models.conversation_channel import ConversationChannel

    from .params import (
        AppMessageParam,
        BatchContactParam,
        ConsentRecordParam,
        ConversationChannelLiteral,
        RecipientAndParamsParam,
        SendBatchRequestProcessingStrategyLiteral,
    )

__all__ = ["AsyncBatch", "AsyncBatchWithRawResponse", "Batch", "BatchWithRawResponse"]


class Batch(SyncResource):
    """The ``batch`` operations (``client.batch``)."""

    @property
    def with_raw_response(self) -> BatchWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse` (status,
        headers and the parsed model)."""
        return BatchWithRawResponse(self)

    def cancel_batch(
        self,
        *,
        batch_id: str = OMIT,
        metadata_key: str = OMIT,
        metadata_value: str = OMIT,
        body: CancelBatchRequest | None = None,
    ) -> CancelBatchResponse:
        """Cancel scheduled batches

        Cancels a scheduled batch by its ID, or every scheduled batch whose `batch_metadata` holds one
        key/value pair. Only a batch whose `send_after` has not passed can be cancelled; for any other batch
        the call still answers 200 and nothing changes.

        Args:
            body (CancelBatchRequest): Exactly one selector, `batch_id` or `metadata_key` with
                `metadata_value`.
            batch_id, metadata_key, metadata_value:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``CancelBatchRequest``.

        Returns:
            CancelBatchResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_cancel_batch._get_kwargs(
            self._project_id,
            body=request_body(
                "CancelBatchRequest",
                body,
                {
                    "batch_id": batch_id,
                    "metadata_key": metadata_key,
                    "metadata_value": metadata_value,
                },
            ),
        )
        return self._call(kwargs, CancelBatchResponse)

    def create_contacts(
        self,
        *,
        contacts: Sequence[BatchContactParam] = OMIT,
        body: CreateContactsRequest | None = None,
    ) -> EmptyResponse:
        """Create up to 1,000 contacts

        Each created contact is announced with a CONTACT_CREATE callback.

        Args:
            body (CreateContactsRequest):
            contacts:
                the body's fields (contacts required),
                checked before sending; or ``body=`` a ``CreateContactsRequest``.

        Returns:
            EmptyResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_create_contacts._get_kwargs(
            self._project_id,
            body=request_body(
                "CreateContactsRequest",
                body,
                {
                    "contacts": contacts,
                },
            ),
        )
        return self._call(kwargs, EmptyResponse)

    def delete_contacts(
        self, *, contact_ids: Sequence[str] = OMIT, body: DeleteContactsRequest | None = None
    ) -> EmptyResponse:
        """Delete up to 1,000 contacts

        Each deleted contact is announced with a CONTACT_DELETE callback.

        Args:
            body (DeleteContactsRequest):
            contact_ids:
                the body's fields (contact_ids required),
                checked before sending; or ``body=`` a ``DeleteContactsRequest``.

        Returns:
            EmptyResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_delete_contacts._get_kwargs(
            self._project_id,
            body=request_body(
                "DeleteContactsRequest",
                body,
                {
                    "contact_ids": contact_ids,
                },
            ),
        )
        return self._call(kwargs, EmptyResponse)

    def get_batch_status(self, batch_id: str) -> BatchStatus:
        """Status of one batch

        Args:
            batch_id (str):

        Returns:
            BatchStatus

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_get_batch_status._get_kwargs(
            self._project_id,
            batch_id,
        )
        return self._call(kwargs, BatchStatus)

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
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_get_batch_statuses_by_metadata._get_kwargs(
            self._project_id,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
        )
        return self._call_list(kwargs, BatchStatus)

    def insert_consents(
        self,
        *,
        app_id: str = OMIT,
        consent_records: Sequence[ConsentRecordParam] = OMIT,
        body: InsertConsentsRequest | None = None,
    ) -> InsertConsentsResponse:
        """Insert consent (opt-out) records in bulk

        Puts each identification on the app's opt-out list of its `consent_type`. Not atomic on the real
        API: after an error some records may be stored; retry later.

        Args:
            body (InsertConsentsRequest):
            app_id, consent_records:
                the body's fields (app_id, consent_records required),
                checked before sending; or ``body=`` a ``InsertConsentsRequest``.

        Returns:
            InsertConsentsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_insert_consents._get_kwargs(
            self._project_id,
            body=request_body(
                "InsertConsentsRequest",
                body,
                {
                    "app_id": app_id,
                    "consent_records": consent_records,
                },
            ),
        )
        return self._call(kwargs, InsertConsentsResponse)

    def send_batch(
        self,
        *,
        app_id: str = OMIT,
        message: AppMessageParam = OMIT,
        recipient_and_params: Sequence[RecipientAndParamsParam] = OMIT,
        processing_strategy: SendBatchRequestProcessingStrategy
        | SendBatchRequestProcessingStrategyLiteral = OMIT,
        batch_metadata: Mapping[str, str] = OMIT,
        message_metadata: Mapping[str, str] = OMIT,
        conversation_metadata: Mapping[str, str] = OMIT,
        send_after: datetime.datetime | str = OMIT,
        callback_url: str = OMIT,
        channel_priority_order: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        ttl: str = OMIT,
        channel_properties: Mapping[str, str] = OMIT,
        correlation_id: str = OMIT,
        body: SendBatchRequest | None = None,
    ) -> SendBatchResponse:
        """Send one message to many recipients

        Every entry of `recipient_and_params` becomes one Conversation API message of the app, with
        `${name}` placeholders in any string field of `message` replaced from that recipient's `parameters`.
        Without `send_after` the batch is processed at once; with it, the batch waits (status SCHEDULED) and
        can be cancelled until then. A 200 means the batch was accepted, not delivered.

        Args:
            body (SendBatchRequest):
            app_id, message, recipient_and_params, processing_strategy, batch_metadata,
                message_metadata, conversation_metadata, send_after, callback_url,
                channel_priority_order, ttl, channel_properties, correlation_id:
                the body's fields (app_id, message, recipient_and_params required),
                checked before sending; or ``body=`` a ``SendBatchRequest``.

        Returns:
            SendBatchResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_send_batch._get_kwargs(
            self._project_id,
            body=request_body(
                "SendBatchRequest",
                body,
                {
                    "app_id": app_id,
                    "message": message,
                    "recipient_and_params": recipient_and_params,
                    "processing_strategy": processing_strategy,
                    "batch_metadata": batch_metadata,
                    "message_metadata": message_metadata,
                    "conversation_metadata": conversation_metadata,
                    "send_after": send_after,
                    "callback_url": callback_url,
                    "channel_priority_order": channel_priority_order,
                    "ttl": ttl,
                    "channel_properties": channel_properties,
                    "correlation_id": correlation_id,
                },
            ),
        )
        return self._call(kwargs, SendBatchResponse)


class AsyncBatch(AsyncResource):
    """The ``batch`` operations of the async client (``await client.batch...``)."""

    @property
    def with_raw_response(self) -> AsyncBatchWithRawResponse:
        """The same operations, answering a :class:`~sinch_conversation.RawResponse`."""
        return AsyncBatchWithRawResponse(self)

    async def cancel_batch(
        self,
        *,
        batch_id: str = OMIT,
        metadata_key: str = OMIT,
        metadata_value: str = OMIT,
        body: CancelBatchRequest | None = None,
    ) -> CancelBatchResponse:
        """Cancel scheduled batches

        Cancels a scheduled batch by its ID, or every scheduled batch whose `batch_metadata` holds one
        key/value pair. Only a batch whose `send_after` has not passed can be cancelled; for any other batch
        the call still answers 200 and nothing changes.

        Args:
            body (CancelBatchRequest): Exactly one selector, `batch_id` or `metadata_key` with
                `metadata_value`.
            batch_id, metadata_key, metadata_value:
                the body's fields (none required),
                checked before sending; or ``body=`` a ``CancelBatchRequest``.

        Returns:
            CancelBatchResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_cancel_batch._get_kwargs(
            self._project_id,
            body=request_body(
                "CancelBatchRequest",
                body,
                {
                    "batch_id": batch_id,
                    "metadata_key": metadata_key,
                    "metadata_value": metadata_value,
                },
            ),
        )
        return await self._call(kwargs, CancelBatchResponse)

    async def create_contacts(
        self,
        *,
        contacts: Sequence[BatchContactParam] = OMIT,
        body: CreateContactsRequest | None = None,
    ) -> EmptyResponse:
        """Create up to 1,000 contacts

        Each created contact is announced with a CONTACT_CREATE callback.

        Args:
            body (CreateContactsRequest):
            contacts:
                the body's fields (contacts required),
                checked before sending; or ``body=`` a ``CreateContactsRequest``.

        Returns:
            EmptyResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_create_contacts._get_kwargs(
            self._project_id,
            body=request_body(
                "CreateContactsRequest",
                body,
                {
                    "contacts": contacts,
                },
            ),
        )
        return await self._call(kwargs, EmptyResponse)

    async def delete_contacts(
        self, *, contact_ids: Sequence[str] = OMIT, body: DeleteContactsRequest | None = None
    ) -> EmptyResponse:
        """Delete up to 1,000 contacts

        Each deleted contact is announced with a CONTACT_DELETE callback.

        Args:
            body (DeleteContactsRequest):
            contact_ids:
                the body's fields (contact_ids required),
                checked before sending; or ``body=`` a ``DeleteContactsRequest``.

        Returns:
            EmptyResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_delete_contacts._get_kwargs(
            self._project_id,
            body=request_body(
                "DeleteContactsRequest",
                body,
                {
                    "contact_ids": contact_ids,
                },
            ),
        )
        return await self._call(kwargs, EmptyResponse)

    async def get_batch_status(self, batch_id: str) -> BatchStatus:
        """Status of one batch

        Args:
            batch_id (str):

        Returns:
            BatchStatus

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_get_batch_status._get_kwargs(
            self._project_id,
            batch_id,
        )
        return await self._call(kwargs, BatchStatus)

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
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_get_batch_statuses_by_metadata._get_kwargs(
            self._project_id,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
        )
        return await self._call_list(kwargs, BatchStatus)

    async def insert_consents(
        self,
        *,
        app_id: str = OMIT,
        consent_records: Sequence[ConsentRecordParam] = OMIT,
        body: InsertConsentsRequest | None = None,
    ) -> InsertConsentsResponse:
        """Insert consent (opt-out) records in bulk

        Puts each identification on the app's opt-out list of its `consent_type`. Not atomic on the real
        API: after an error some records may be stored; retry later.

        Args:
            body (InsertConsentsRequest):
            app_id, consent_records:
                the body's fields (app_id, consent_records required),
                checked before sending; or ``body=`` a ``InsertConsentsRequest``.

        Returns:
            InsertConsentsResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_insert_consents._get_kwargs(
            self._project_id,
            body=request_body(
                "InsertConsentsRequest",
                body,
                {
                    "app_id": app_id,
                    "consent_records": consent_records,
                },
            ),
        )
        return await self._call(kwargs, InsertConsentsResponse)

    async def send_batch(
        self,
        *,
        app_id: str = OMIT,
        message: AppMessageParam = OMIT,
        recipient_and_params: Sequence[RecipientAndParamsParam] = OMIT,
        processing_strategy: SendBatchRequestProcessingStrategy
        | SendBatchRequestProcessingStrategyLiteral = OMIT,
        batch_metadata: Mapping[str, str] = OMIT,
        message_metadata: Mapping[str, str] = OMIT,
        conversation_metadata: Mapping[str, str] = OMIT,
        send_after: datetime.datetime | str = OMIT,
        callback_url: str = OMIT,
        channel_priority_order: Sequence[ConversationChannel | ConversationChannelLiteral] = OMIT,
        ttl: str = OMIT,
        channel_properties: Mapping[str, str] = OMIT,
        correlation_id: str = OMIT,
        body: SendBatchRequest | None = None,
    ) -> SendBatchResponse:
        """Send one message to many recipients

        Every entry of `recipient_and_params` becomes one Conversation API message of the app, with
        `${name}` placeholders in any string field of `message` replaced from that recipient's `parameters`.
        Without `send_after` the batch is processed at once; with it, the batch waits (status SCHEDULED) and
        can be cancelled until then. A 200 means the batch was accepted, not delivered.

        Args:
            body (SendBatchRequest):
            app_id, message, recipient_and_params, processing_strategy, batch_metadata,
                message_metadata, conversation_metadata, send_after, callback_url,
                channel_priority_order, ttl, channel_properties, correlation_id:
                the body's fields (app_id, message, recipient_and_params required),
                checked before sending; or ``body=`` a ``SendBatchRequest``.

        Returns:
            SendBatchResponse

        Raises:
            RequestValidationError: the request has an unknown field or enum value (nothing sent).
            APIError: the API answered with an error status (a subclass per status).
            APIResponseValidationError: a 2xx answer that does not parse (the request was accepted).
            APIConnectionError: the API could not be reached (``APITimeoutError`` on a timeout).
        """
        kwargs = _batch_send_batch._get_kwargs(
            self._project_id,
            body=request_body(
                "SendBatchRequest",
                body,
                {
                    "app_id": app_id,
                    "message": message,
                    "recipient_and_params": recipient_and_params,
                    "processing_strategy": processing_strategy,
                    "batch_metadata": batch_metadata,
                    "message_metadata": message_metadata,
                    "conversation_metadata": conversation_metadata,
                    "send_after": send_after,
                    "callback_url": callback_url,
                    "channel_priority_order": channel_priority_order,
                    "ttl": ttl,
                    "channel_properties": channel_properties,
                    "correlation_id": correlation_id,
                },
            ),
        )
        return await self._call(kwargs, SendBatchResponse)


class BatchWithRawResponse:
    """``client.batch.with_raw_response``: each operation answers a ``RawResponse``."""

    def __init__(self, resource: Batch) -> None:
        self.cancel_batch = to_raw_response(resource.cancel_batch)
        self.create_contacts = to_raw_response(resource.create_contacts)
        self.delete_contacts = to_raw_response(resource.delete_contacts)
        self.get_batch_status = to_raw_response(resource.get_batch_status)
        self.get_batch_statuses_by_metadata = to_raw_response(
            resource.get_batch_statuses_by_metadata
        )
        self.insert_consents = to_raw_response(resource.insert_consents)
        self.send_batch = to_raw_response(resource.send_batch)


class AsyncBatchWithRawResponse:
    """``client.batch.with_raw_response`` of the async client."""

    def __init__(self, resource: AsyncBatch) -> None:
        self.cancel_batch = to_raw_response_async(resource.cancel_batch)
        self.create_contacts = to_raw_response_async(resource.create_contacts)
        self.delete_contacts = to_raw_response_async(resource.delete_contacts)
        self.get_batch_status = to_raw_response_async(resource.get_batch_status)
        self.get_batch_statuses_by_metadata = to_raw_response_async(
            resource.get_batch_statuses_by_metadata
        )
        self.insert_consents = to_raw_response_async(resource.insert_consents)
        self.send_batch = to_raw_response_async(resource.send_batch)
