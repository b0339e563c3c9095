from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_status import BatchStatus
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    project_id: str,
    *,
    metadata_key: str,
    metadata_value: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["metadataKey"] = metadata_key

    params["metadataValue"] = metadata_value

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
) -> ErrorResponse | list[BatchStatus] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BatchStatus.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[BatchStatus]]:
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
    metadata_key: str,
    metadata_value: str,
) -> Response[ErrorResponse | list[BatchStatus]]:
    """Statuses of the batches matching one metadata key/value

    Args:
        project_id (str):
        metadata_key (str):
        metadata_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[BatchStatus]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    metadata_key: str,
    metadata_value: str,
) -> ErrorResponse | list[BatchStatus] | None:
    """Statuses of the batches matching one metadata key/value

    Args:
        project_id (str):
        metadata_key (str):
        metadata_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[BatchStatus]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    metadata_key: str,
    metadata_value: str,
) -> Response[ErrorResponse | list[BatchStatus]]:
    """Statuses of the batches matching one metadata key/value

    Args:
        project_id (str):
        metadata_key (str):
        metadata_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[BatchStatus]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    metadata_key: str,
    metadata_value: str,
) -> ErrorResponse | list[BatchStatus] | None:
    """Statuses of the batches matching one metadata key/value

    Args:
        project_id (str):
        metadata_key (str):
        metadata_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[BatchStatus]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
        )
    ).parsed
