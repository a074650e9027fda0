from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotate_dto import AnnotateDto
from ...models.annotate_result import AnnotateResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: AnnotateDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/literature/annotate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnnotateResult | Problem | None:
    if response.status_code == 200:
        response_200 = AnnotateResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnnotateResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateDto,
) -> Response[AnnotateResult | Problem]:
    """Find the key terms of a biomaterials text

     Entity mentions of 18 types (Biomaterial, Tissue, Cell, ResearchTechnique...), each with the
    vocabulary concept it names, abbreviations defined in the text, and quantities linked to property
    types and materials. Offsets are JavaScript string indices (UTF-16 code units) into `text` (or
    `title`, see `field`). Public, limited per client address; at most 100 kB per request.

    Args:
        body (AnnotateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotateResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateDto,
) -> AnnotateResult | Problem | None:
    """Find the key terms of a biomaterials text

     Entity mentions of 18 types (Biomaterial, Tissue, Cell, ResearchTechnique...), each with the
    vocabulary concept it names, abbreviations defined in the text, and quantities linked to property
    types and materials. Offsets are JavaScript string indices (UTF-16 code units) into `text` (or
    `title`, see `field`). Public, limited per client address; at most 100 kB per request.

    Args:
        body (AnnotateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotateResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateDto,
) -> Response[AnnotateResult | Problem]:
    """Find the key terms of a biomaterials text

     Entity mentions of 18 types (Biomaterial, Tissue, Cell, ResearchTechnique...), each with the
    vocabulary concept it names, abbreviations defined in the text, and quantities linked to property
    types and materials. Offsets are JavaScript string indices (UTF-16 code units) into `text` (or
    `title`, see `field`). Public, limited per client address; at most 100 kB per request.

    Args:
        body (AnnotateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotateResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateDto,
) -> AnnotateResult | Problem | None:
    """Find the key terms of a biomaterials text

     Entity mentions of 18 types (Biomaterial, Tissue, Cell, ResearchTechnique...), each with the
    vocabulary concept it names, abbreviations defined in the text, and quantities linked to property
    types and materials. Offsets are JavaScript string indices (UTF-16 code units) into `text` (or
    `title`, see `field`). Public, limited per client address; at most 100 kB per request.

    Args:
        body (AnnotateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotateResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
