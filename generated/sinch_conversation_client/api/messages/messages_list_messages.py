import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_channel import ConversationChannel
from ...models.conversation_direction import ConversationDirection
from ...models.conversation_messages_view import ConversationMessagesView
from ...models.error_response import ErrorResponse
from ...models.list_messages_response import ListMessagesResponse
from ...models.messages_source import MessagesSource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    view: ConversationMessagesView | Unset = UNSET,
    app_id: str | Unset = UNSET,
    channel_identity: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    messages_source: MessagesSource | Unset = UNSET,
    only_recipient_originated: bool | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    direction: ConversationDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["conversation_id"] = conversation_id

    params["contact_id"] = contact_id

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params["app_id"] = app_id

    params["channel_identity"] = channel_identity

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat().replace("+00:00", "Z")
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat().replace("+00:00", "Z")
    params["end_time"] = json_end_time

    json_messages_source: str | Unset = UNSET
    if not isinstance(messages_source, Unset):
        json_messages_source = messages_source.value

    params["messages_source"] = json_messages_source

    params["only_recipient_originated"] = only_recipient_originated

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/messages".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListMessagesResponse | None:
    if response.status_code == 200:
        response_200 = ListMessagesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListMessagesResponse]:
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
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    view: ConversationMessagesView | Unset = UNSET,
    app_id: str | Unset = UNSET,
    channel_identity: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    messages_source: MessagesSource | Unset = UNSET,
    only_recipient_originated: bool | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    direction: ConversationDirection | Unset = UNSET,
) -> Response[ErrorResponse | ListMessagesResponse]:
    """List messages

     Lists messages sent or received in a processing mode, newest first (by accept_time). Filters
    combine; some are supported for one messages_source only.

    Args:
        project_id (str):
        conversation_id (str | Unset):
        contact_id (str | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        view (ConversationMessagesView | Unset): Conversation message view.
        app_id (str | Unset):
        channel_identity (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        messages_source (MessagesSource | Unset): Which store the operation reads or writes;
            DISPATCH_SOURCE for messages sent in DISPATCH mode.
        only_recipient_originated (bool | Unset):
        channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
        direction (ConversationDirection | Unset): Conversation direction

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListMessagesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        conversation_id=conversation_id,
        contact_id=contact_id,
        page_size=page_size,
        page_token=page_token,
        view=view,
        app_id=app_id,
        channel_identity=channel_identity,
        start_time=start_time,
        end_time=end_time,
        messages_source=messages_source,
        only_recipient_originated=only_recipient_originated,
        channel=channel,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    view: ConversationMessagesView | Unset = UNSET,
    app_id: str | Unset = UNSET,
    channel_identity: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    messages_source: MessagesSource | Unset = UNSET,
    only_recipient_originated: bool | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    direction: ConversationDirection | Unset = UNSET,
) -> ErrorResponse | ListMessagesResponse | None:
    """List messages

     Lists messages sent or received in a processing mode, newest first (by accept_time). Filters
    combine; some are supported for one messages_source only.

    Args:
        project_id (str):
        conversation_id (str | Unset):
        contact_id (str | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        view (ConversationMessagesView | Unset): Conversation message view.
        app_id (str | Unset):
        channel_identity (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        messages_source (MessagesSource | Unset): Which store the operation reads or writes;
            DISPATCH_SOURCE for messages sent in DISPATCH mode.
        only_recipient_originated (bool | Unset):
        channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
        direction (ConversationDirection | Unset): Conversation direction

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListMessagesResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        conversation_id=conversation_id,
        contact_id=contact_id,
        page_size=page_size,
        page_token=page_token,
        view=view,
        app_id=app_id,
        channel_identity=channel_identity,
        start_time=start_time,
        end_time=end_time,
        messages_source=messages_source,
        only_recipient_originated=only_recipient_originated,
        channel=channel,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    view: ConversationMessagesView | Unset = UNSET,
    app_id: str | Unset = UNSET,
    channel_identity: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    messages_source: MessagesSource | Unset = UNSET,
    only_recipient_originated: bool | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    direction: ConversationDirection | Unset = UNSET,
) -> Response[ErrorResponse | ListMessagesResponse]:
    """List messages

     Lists messages sent or received in a processing mode, newest first (by accept_time). Filters
    combine; some are supported for one messages_source only.

    Args:
        project_id (str):
        conversation_id (str | Unset):
        contact_id (str | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        view (ConversationMessagesView | Unset): Conversation message view.
        app_id (str | Unset):
        channel_identity (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        messages_source (MessagesSource | Unset): Which store the operation reads or writes;
            DISPATCH_SOURCE for messages sent in DISPATCH mode.
        only_recipient_originated (bool | Unset):
        channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
        direction (ConversationDirection | Unset): Conversation direction

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListMessagesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        conversation_id=conversation_id,
        contact_id=contact_id,
        page_size=page_size,
        page_token=page_token,
        view=view,
        app_id=app_id,
        channel_identity=channel_identity,
        start_time=start_time,
        end_time=end_time,
        messages_source=messages_source,
        only_recipient_originated=only_recipient_originated,
        channel=channel,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    view: ConversationMessagesView | Unset = UNSET,
    app_id: str | Unset = UNSET,
    channel_identity: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    messages_source: MessagesSource | Unset = UNSET,
    only_recipient_originated: bool | Unset = UNSET,
    channel: ConversationChannel | Unset = UNSET,
    direction: ConversationDirection | Unset = UNSET,
) -> ErrorResponse | ListMessagesResponse | None:
    """List messages

     Lists messages sent or received in a processing mode, newest first (by accept_time). Filters
    combine; some are supported for one messages_source only.

    Args:
        project_id (str):
        conversation_id (str | Unset):
        contact_id (str | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        view (ConversationMessagesView | Unset): Conversation message view.
        app_id (str | Unset):
        channel_identity (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        messages_source (MessagesSource | Unset): Which store the operation reads or writes;
            DISPATCH_SOURCE for messages sent in DISPATCH mode.
        only_recipient_originated (bool | Unset):
        channel (ConversationChannel | Unset): Channel Identifier Example: WHATSAPP.
        direction (ConversationDirection | Unset): Conversation direction

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListMessagesResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            conversation_id=conversation_id,
            contact_id=contact_id,
            page_size=page_size,
            page_token=page_token,
            view=view,
            app_id=app_id,
            channel_identity=channel_identity,
            start_time=start_time,
            end_time=end_time,
            messages_source=messages_source,
            only_recipient_originated=only_recipient_originated,
            channel=channel,
            direction=direction,
        )
    ).parsed
