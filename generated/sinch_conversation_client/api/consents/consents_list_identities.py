from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consents_list_type import ConsentsListType
from ...models.error_response import ErrorResponse
from ...models.list_consent_identities_response import ListConsentIdentitiesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    app_id: str,
    list_type: ConsentsListType,
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/apps/{app_id}/consents/{list_type}".format(
            project_id=quote(str(project_id), safe=""),
            app_id=quote(str(app_id), safe=""),
            list_type=quote(str(list_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListConsentIdentitiesResponse | None:
    if response.status_code == 200:
        response_200 = ListConsentIdentitiesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListConsentIdentitiesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    app_id: str,
    list_type: ConsentsListType,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | ListConsentIdentitiesResponse]:
    """List the identities on a consent list

    Args:
        project_id (str):
        app_id (str):
        list_type (ConsentsListType): A consent list.
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListConsentIdentitiesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_id=app_id,
        list_type=list_type,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    app_id: str,
    list_type: ConsentsListType,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | ListConsentIdentitiesResponse | None:
    """List the identities on a consent list

    Args:
        project_id (str):
        app_id (str):
        list_type (ConsentsListType): A consent list.
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListConsentIdentitiesResponse
    """

    return sync_detailed(
        project_id=project_id,
        app_id=app_id,
        list_type=list_type,
        client=client,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    app_id: str,
    list_type: ConsentsListType,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | ListConsentIdentitiesResponse]:
    """List the identities on a consent list

    Args:
        project_id (str):
        app_id (str):
        list_type (ConsentsListType): A consent list.
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListConsentIdentitiesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_id=app_id,
        list_type=list_type,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    app_id: str,
    list_type: ConsentsListType,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | ListConsentIdentitiesResponse | None:
    """List the identities on a consent list

    Args:
        project_id (str):
        app_id (str):
        list_type (ConsentsListType): A consent list.
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListConsentIdentitiesResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            app_id=app_id,
            list_type=list_type,
            client=client,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
