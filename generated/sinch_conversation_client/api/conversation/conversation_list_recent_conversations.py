from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_list_recent_conversations_order import (
    ConversationListRecentConversationsOrder,
)
from ...models.error_response import ErrorResponse
from ...models.list_recent_conversations_response import ListRecentConversationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    app_id: str,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order: ConversationListRecentConversationsOrder
    | Unset = ConversationListRecentConversationsOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    params["only_active"] = only_active

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/conversations:recent".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListRecentConversationsResponse | None:
    if response.status_code == 200:
        response_200 = ListRecentConversationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListRecentConversationsResponse]:
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
    app_id: str,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order: ConversationListRecentConversationsOrder
    | Unset = ConversationListRecentConversationsOrder.DESC,
) -> Response[ErrorResponse | ListRecentConversationsResponse]:
    """List an app's conversations with their latest message

    Args:
        project_id (str):
        app_id (str):
        only_active (bool | Unset):  Default: False.
        page_size (int | Unset):
        page_token (str | Unset):
        order (ConversationListRecentConversationsOrder | Unset):  Default:
            ConversationListRecentConversationsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListRecentConversationsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_id=app_id,
        only_active=only_active,
        page_size=page_size,
        page_token=page_token,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order: ConversationListRecentConversationsOrder
    | Unset = ConversationListRecentConversationsOrder.DESC,
) -> ErrorResponse | ListRecentConversationsResponse | None:
    """List an app's conversations with their latest message

    Args:
        project_id (str):
        app_id (str):
        only_active (bool | Unset):  Default: False.
        page_size (int | Unset):
        page_token (str | Unset):
        order (ConversationListRecentConversationsOrder | Unset):  Default:
            ConversationListRecentConversationsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListRecentConversationsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        app_id=app_id,
        only_active=only_active,
        page_size=page_size,
        page_token=page_token,
        order=order,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order: ConversationListRecentConversationsOrder
    | Unset = ConversationListRecentConversationsOrder.DESC,
) -> Response[ErrorResponse | ListRecentConversationsResponse]:
    """List an app's conversations with their latest message

    Args:
        project_id (str):
        app_id (str):
        only_active (bool | Unset):  Default: False.
        page_size (int | Unset):
        page_token (str | Unset):
        order (ConversationListRecentConversationsOrder | Unset):  Default:
            ConversationListRecentConversationsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListRecentConversationsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_id=app_id,
        only_active=only_active,
        page_size=page_size,
        page_token=page_token,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_id: str,
    only_active: bool | Unset = False,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order: ConversationListRecentConversationsOrder
    | Unset = ConversationListRecentConversationsOrder.DESC,
) -> ErrorResponse | ListRecentConversationsResponse | None:
    """List an app's conversations with their latest message

    Args:
        project_id (str):
        app_id (str):
        only_active (bool | Unset):  Default: False.
        page_size (int | Unset):
        page_token (str | Unset):
        order (ConversationListRecentConversationsOrder | Unset):  Default:
            ConversationListRecentConversationsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListRecentConversationsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            app_id=app_id,
            only_active=only_active,
            page_size=page_size,
            page_token=page_token,
            order=order,
        )
    ).parsed
