from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.concept import Concept
from ...models.concept_body_dto import ConceptBodyDto
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    scheme: str,
    slug: str,
    *,
    body: ConceptBodyDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/vocabulary/concepts/{scheme}/{slug}".format(
            scheme=quote(str(scheme), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Concept | Problem | None:
    if response.status_code == 200:
        response_200 = Concept.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Concept | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scheme: str,
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ConceptBodyDto,
) -> Response[Concept | Problem]:
    """Replace a concept (curators); send the revision you read to avoid lost updates

    Args:
        scheme (str):
        slug (str):
        body (ConceptBodyDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Concept | Problem]
    """

    kwargs = _get_kwargs(
        scheme=scheme,
        slug=slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scheme: str,
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ConceptBodyDto,
) -> Concept | Problem | None:
    """Replace a concept (curators); send the revision you read to avoid lost updates

    Args:
        scheme (str):
        slug (str):
        body (ConceptBodyDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Concept | Problem
    """

    return sync_detailed(
        scheme=scheme,
        slug=slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    scheme: str,
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ConceptBodyDto,
) -> Response[Concept | Problem]:
    """Replace a concept (curators); send the revision you read to avoid lost updates

    Args:
        scheme (str):
        slug (str):
        body (ConceptBodyDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Concept | Problem]
    """

    kwargs = _get_kwargs(
        scheme=scheme,
        slug=slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scheme: str,
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ConceptBodyDto,
) -> Concept | Problem | None:
    """Replace a concept (curators); send the revision you read to avoid lost updates

    Args:
        scheme (str):
        slug (str):
        body (ConceptBodyDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Concept | Problem
    """

    return (
        await asyncio_detailed(
            scheme=scheme,
            slug=slug,
            client=client,
            body=body,
        )
    ).parsed
