from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.literature_import_dry_run import LiteratureImportDryRun
from ...models.literature_import_format import LiteratureImportFormat
from ...models.literature_import_report import LiteratureImportReport
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    format_: LiteratureImportFormat,
    dry_run: LiteratureImportDryRun | Unset = LiteratureImportDryRun.FALSE,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_ = format_.value
    params["format"] = json_format_

    json_dry_run: str | Unset = UNSET
    if not isinstance(dry_run, Unset):
        json_dry_run = dry_run.value

    params["dryRun"] = json_dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/literature/import",
        "params": params,
    }

    _kwargs["json"] = body.to_tuple()

    headers["Content-Type"] = "application/vnd.citationstyles.csl+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LiteratureImportReport | Problem | None:
    if response.status_code == 200:
        response_200 = LiteratureImportReport.from_dict(response.json())

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
) -> Response[LiteratureImportReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    format_: LiteratureImportFormat,
    dry_run: LiteratureImportDryRun | Unset = LiteratureImportDryRun.FALSE,
) -> Response[LiteratureImportReport | Problem]:
    """Import publications from a file (streamed; a bad record never stops the rest)

     Match by DOI, else PMID, else PMCID: a match merges (fills empty fields, unions MeSH, keywords,
    materials and provenance, never removes), no match creates, a record whose identifiers point at two
    publications is a conflict. `?dryRun=true` writes nothing. Files with entity declarations are
    refused. At most 250 MB.

    Args:
        format_ (LiteratureImportFormat):
        dry_run (LiteratureImportDryRun | Unset):  Default: LiteratureImportDryRun.FALSE.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiteratureImportReport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: File,
    format_: LiteratureImportFormat,
    dry_run: LiteratureImportDryRun | Unset = LiteratureImportDryRun.FALSE,
) -> LiteratureImportReport | Problem | None:
    """Import publications from a file (streamed; a bad record never stops the rest)

     Match by DOI, else PMID, else PMCID: a match merges (fills empty fields, unions MeSH, keywords,
    materials and provenance, never removes), no match creates, a record whose identifiers point at two
    publications is a conflict. `?dryRun=true` writes nothing. Files with entity declarations are
    refused. At most 250 MB.

    Args:
        format_ (LiteratureImportFormat):
        dry_run (LiteratureImportDryRun | Unset):  Default: LiteratureImportDryRun.FALSE.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiteratureImportReport | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    format_: LiteratureImportFormat,
    dry_run: LiteratureImportDryRun | Unset = LiteratureImportDryRun.FALSE,
) -> Response[LiteratureImportReport | Problem]:
    """Import publications from a file (streamed; a bad record never stops the rest)

     Match by DOI, else PMID, else PMCID: a match merges (fills empty fields, unions MeSH, keywords,
    materials and provenance, never removes), no match creates, a record whose identifiers point at two
    publications is a conflict. `?dryRun=true` writes nothing. Files with entity declarations are
    refused. At most 250 MB.

    Args:
        format_ (LiteratureImportFormat):
        dry_run (LiteratureImportDryRun | Unset):  Default: LiteratureImportDryRun.FALSE.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiteratureImportReport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File,
    format_: LiteratureImportFormat,
    dry_run: LiteratureImportDryRun | Unset = LiteratureImportDryRun.FALSE,
) -> LiteratureImportReport | Problem | None:
    """Import publications from a file (streamed; a bad record never stops the rest)

     Match by DOI, else PMID, else PMCID: a match merges (fills empty fields, unions MeSH, keywords,
    materials and provenance, never removes), no match creates, a record whose identifiers point at two
    publications is a conflict. `?dryRun=true` writes nothing. Files with entity declarations are
    refused. At most 250 MB.

    Args:
        format_ (LiteratureImportFormat):
        dry_run (LiteratureImportDryRun | Unset):  Default: LiteratureImportDryRun.FALSE.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiteratureImportReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
            dry_run=dry_run,
        )
    ).parsed
