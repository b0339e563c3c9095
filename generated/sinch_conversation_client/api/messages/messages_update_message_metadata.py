from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_message import ConversationMessage
from ...models.error_response import ErrorResponse
from ...models.messages_source import MessagesSource
from ...models.update_message_metadata_request import UpdateMessageMetadataRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    message_id: str,
    *,
    body: UpdateMessageMetadataRequest,
    messages_source: MessagesSource | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_messages_source: str | Unset = UNSET
    if not isinstance(messages_source, Unset):
        json_messages_source = messages_source.value

    params["messages_source"] = json_messages_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/projects/{project_id}/messages/{message_id}".format(
            project_id=quote(str(project_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationMessage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversationMessage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = ErrorResponse.from_dict(response.json())

        return response_501

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationMessage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMessageMetadataRequest,
    messages_source: MessagesSource | Unset = UNSET,
) -> Response[ConversationMessage | ErrorResponse]:
    """Update message metadata

     Updates the metadata of a message.

    Args:
        project_id (str):
        message_id (str):
        messages_source (MessagesSource | Unset): Which store the operation reads or writes;
            DISPATCH_SOURCE for messages sent in DISPATCH mode.
        body (UpdateMessageMetadataRequest): Update message metadata request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationMessage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        message_id=message_id,
        body=body,
        messages_source=messages_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMessageMetadataRequest,
    messages_source: MessagesSource | Unset = UNSET,
) -> ConversationMessage | ErrorResponse | None:
    """Update message metadata

     Updates the metadata of a message.

    Args:
        project_id (str):
        message_id (str):
        messages_source (MessagesSource | Unset): Which store the operation reads or writes;
            DISPATCH_SOURCE for messages sent in DISPATCH mode.
        body (UpdateMessageMetadataRequest): Update message metadata request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationMessage | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        message_id=message_id,
        client=client,
        body=body,
        messages_source=messages_source,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMessageMetadataRequest,
    messages_source: MessagesSource | Unset = UNSET,
) -> Response[ConversationMessage | ErrorResponse]:
    """Update message metadata

     Updates the metadata of a message.

    Args:
        project_id (str):
        message_id (str):
        messages_source (MessagesSource | Unset): Which store the operation reads or writes;
            DISPATCH_SOURCE for messages sent in DISPATCH mode.
        body (UpdateMessageMetadataRequest): Update message metadata request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationMessage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        message_id=message_id,
        body=body,
        messages_source=messages_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMessageMetadataRequest,
    messages_source: MessagesSource | Unset = UNSET,
) -> ConversationMessage | ErrorResponse | None:
    """Update message metadata

     Updates the metadata of a message.

    Args:
        project_id (str):
        message_id (str):
        messages_source (MessagesSource | Unset): Which store the operation reads or writes;
            DISPATCH_SOURCE for messages sent in DISPATCH mode.
        body (UpdateMessageMetadataRequest): Update message metadata request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationMessage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            message_id=message_id,
            client=client,
            body=body,
            messages_source=messages_source,
        )
    ).parsed
