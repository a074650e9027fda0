from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_import_job_dto import CreateImportJobDto
from ...models.literature_import_job import LiteratureImportJob
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: CreateImportJobDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/literature/import-jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LiteratureImportJob | Problem | None:
    if response.status_code == 202:
        response_202 = LiteratureImportJob.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LiteratureImportJob | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateImportJobDto,
) -> Response[LiteratureImportJob | Problem]:
    """Import the results of a PubMed query (a background job; curators)

     Searches PubMed (E-utilities esearch on the history server), then fetches and imports the records a
    page at a time by the same merge rule as file imports. Poll GET /literature/import-jobs/{id} for
    progress. At most 3 requests/s to NCBI (10 with an API key); a crashed runner is replaced and
    resumes from the last imported page.

    Args:
        body (CreateImportJobDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiteratureImportJob | Problem]
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
    client: AuthenticatedClient,
    body: CreateImportJobDto,
) -> LiteratureImportJob | Problem | None:
    """Import the results of a PubMed query (a background job; curators)

     Searches PubMed (E-utilities esearch on the history server), then fetches and imports the records a
    page at a time by the same merge rule as file imports. Poll GET /literature/import-jobs/{id} for
    progress. At most 3 requests/s to NCBI (10 with an API key); a crashed runner is replaced and
    resumes from the last imported page.

    Args:
        body (CreateImportJobDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiteratureImportJob | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateImportJobDto,
) -> Response[LiteratureImportJob | Problem]:
    """Import the results of a PubMed query (a background job; curators)

     Searches PubMed (E-utilities esearch on the history server), then fetches and imports the records a
    page at a time by the same merge rule as file imports. Poll GET /literature/import-jobs/{id} for
    progress. At most 3 requests/s to NCBI (10 with an API key); a crashed runner is replaced and
    resumes from the last imported page.

    Args:
        body (CreateImportJobDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiteratureImportJob | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateImportJobDto,
) -> LiteratureImportJob | Problem | None:
    """Import the results of a PubMed query (a background job; curators)

     Searches PubMed (E-utilities esearch on the history server), then fetches and imports the records a
    page at a time by the same merge rule as file imports. Poll GET /literature/import-jobs/{id} for
    progress. At most 3 requests/s to NCBI (10 with an API key); a crashed runner is replaced and
    resumes from the last imported page.

    Args:
        body (CreateImportJobDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiteratureImportJob | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
