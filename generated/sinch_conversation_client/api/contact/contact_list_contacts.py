from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_channel import ConversationChannel
from ...models.error_response import ErrorResponse
from ...models.list_contacts_response import ListContactsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    identity: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    params["external_id"] = external_id

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    params["identity"] = identity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/contacts".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListContactsResponse | None:
    if response.status_code == 200:
        response_200 = ListContactsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListContactsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    identity: str | Unset = UNSET,
) -> Response[ErrorResponse | ListContactsResponse]:
    """Get contacts

    Args:
        project_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        external_id (str | Unset):
        channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
        identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListContactsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_size=page_size,
        page_token=page_token,
        external_id=external_id,
        channel=channel,
        identity=identity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    identity: str | Unset = UNSET,
) -> ErrorResponse | ListContactsResponse | None:
    """Get contacts

    Args:
        project_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        external_id (str | Unset):
        channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
        identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListContactsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page_size=page_size,
        page_token=page_token,
        external_id=external_id,
        channel=channel,
        identity=identity,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    identity: str | Unset = UNSET,
) -> Response[ErrorResponse | ListContactsResponse]:
    """Get contacts

    Args:
        project_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        external_id (str | Unset):
        channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
        identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListContactsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_size=page_size,
        page_token=page_token,
        external_id=external_id,
        channel=channel,
        identity=identity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    identity: str | Unset = UNSET,
) -> ErrorResponse | ListContactsResponse | None:
    """Get contacts

    Args:
        project_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        external_id (str | Unset):
        channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
        identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListContactsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page_size=page_size,
            page_token=page_token,
            external_id=external_id,
            channel=channel,
            identity=identity,
        )
    ).parsed
