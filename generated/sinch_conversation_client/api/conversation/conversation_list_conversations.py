from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_channel import ConversationChannel
from ...models.error_response import ErrorResponse
from ...models.list_conversations_response import ListConversationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    app_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active_channel: ConversationChannel | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    params["contact_id"] = contact_id

    params["only_active"] = only_active

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_active_channel: str | Unset = UNSET
    if not isinstance(active_channel, Unset):
        json_active_channel = active_channel.value

    params["active_channel"] = json_active_channel

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/conversations".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListConversationsResponse | None:
    if response.status_code == 200:
        response_200 = ListConversationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListConversationsResponse]:
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
    app_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active_channel: ConversationChannel | Unset = UNSET,
) -> Response[ErrorResponse | ListConversationsResponse]:
    """List conversations

     This operation lists all conversations that are associated with an app and/or a contact.

    Args:
        project_id (str):
        app_id (str | Unset):
        contact_id (str | Unset):
        only_active (bool | Unset):  Default: False.
        page_size (int | Unset):
        page_token (str | Unset):
        active_channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListConversationsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_id=app_id,
        contact_id=contact_id,
        only_active=only_active,
        page_size=page_size,
        page_token=page_token,
        active_channel=active_channel,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active_channel: ConversationChannel | Unset = UNSET,
) -> ErrorResponse | ListConversationsResponse | None:
    """List conversations

     This operation lists all conversations that are associated with an app and/or a contact.

    Args:
        project_id (str):
        app_id (str | Unset):
        contact_id (str | Unset):
        only_active (bool | Unset):  Default: False.
        page_size (int | Unset):
        page_token (str | Unset):
        active_channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListConversationsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        app_id=app_id,
        contact_id=contact_id,
        only_active=only_active,
        page_size=page_size,
        page_token=page_token,
        active_channel=active_channel,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active_channel: ConversationChannel | Unset = UNSET,
) -> Response[ErrorResponse | ListConversationsResponse]:
    """List conversations

     This operation lists all conversations that are associated with an app and/or a contact.

    Args:
        project_id (str):
        app_id (str | Unset):
        contact_id (str | Unset):
        only_active (bool | Unset):  Default: False.
        page_size (int | Unset):
        page_token (str | Unset):
        active_channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListConversationsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_id=app_id,
        contact_id=contact_id,
        only_active=only_active,
        page_size=page_size,
        page_token=page_token,
        active_channel=active_channel,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active_channel: ConversationChannel | Unset = UNSET,
) -> ErrorResponse | ListConversationsResponse | None:
    """List conversations

     This operation lists all conversations that are associated with an app and/or a contact.

    Args:
        project_id (str):
        app_id (str | Unset):
        contact_id (str | Unset):
        only_active (bool | Unset):  Default: False.
        page_size (int | Unset):
        page_token (str | Unset):
        active_channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListConversationsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            app_id=app_id,
            contact_id=contact_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            active_channel=active_channel,
        )
    ).parsed
