from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.curation_import_json_dry_run import CurationImportJsonDryRun
from ...models.curation_import_json_mode import CurationImportJsonMode
from ...models.import_json_dto import ImportJsonDto
from ...models.material_import_report import MaterialImportReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ImportJsonDto,
    dry_run: CurationImportJsonDryRun | Unset = CurationImportJsonDryRun.FALSE,
    mode: CurationImportJsonMode | Unset = CurationImportJsonMode.MERGE,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_dry_run: str | Unset = UNSET
    if not isinstance(dry_run, Unset):
        json_dry_run = dry_run.value

    params["dryRun"] = json_dry_run

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/curation/import",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MaterialImportReport | Problem | None:
    if response.status_code == 200:
        response_200 = MaterialImportReport.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MaterialImportReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportJsonDto,
    dry_run: CurationImportJsonDryRun | Unset = CurationImportJsonDryRun.FALSE,
    mode: CurationImportJsonMode | Unset = CurationImportJsonMode.MERGE,
) -> Response[MaterialImportReport | Problem]:
    """Bulk import (JSON rows: slug plus the fields to change). A new slug becomes a draft; an existing
    record gets a draft merged from the row (mode=merge: only what the row carries changes, nothing is
    removed) or replaced by it (mode=replace). Each row reports its field-level changes; ?dryRun=true
    writes nothing

    Args:
        dry_run (CurationImportJsonDryRun | Unset):  Default: CurationImportJsonDryRun.FALSE.
        mode (CurationImportJsonMode | Unset):  Default: CurationImportJsonMode.MERGE.
        body (ImportJsonDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MaterialImportReport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
        mode=mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ImportJsonDto,
    dry_run: CurationImportJsonDryRun | Unset = CurationImportJsonDryRun.FALSE,
    mode: CurationImportJsonMode | Unset = CurationImportJsonMode.MERGE,
) -> MaterialImportReport | Problem | None:
    """Bulk import (JSON rows: slug plus the fields to change). A new slug becomes a draft; an existing
    record gets a draft merged from the row (mode=merge: only what the row carries changes, nothing is
    removed) or replaced by it (mode=replace). Each row reports its field-level changes; ?dryRun=true
    writes nothing

    Args:
        dry_run (CurationImportJsonDryRun | Unset):  Default: CurationImportJsonDryRun.FALSE.
        mode (CurationImportJsonMode | Unset):  Default: CurationImportJsonMode.MERGE.
        body (ImportJsonDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MaterialImportReport | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        dry_run=dry_run,
        mode=mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportJsonDto,
    dry_run: CurationImportJsonDryRun | Unset = CurationImportJsonDryRun.FALSE,
    mode: CurationImportJsonMode | Unset = CurationImportJsonMode.MERGE,
) -> Response[MaterialImportReport | Problem]:
    """Bulk import (JSON rows: slug plus the fields to change). A new slug becomes a draft; an existing
    record gets a draft merged from the row (mode=merge: only what the row carries changes, nothing is
    removed) or replaced by it (mode=replace). Each row reports its field-level changes; ?dryRun=true
    writes nothing

    Args:
        dry_run (CurationImportJsonDryRun | Unset):  Default: CurationImportJsonDryRun.FALSE.
        mode (CurationImportJsonMode | Unset):  Default: CurationImportJsonMode.MERGE.
        body (ImportJsonDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MaterialImportReport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
        mode=mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImportJsonDto,
    dry_run: CurationImportJsonDryRun | Unset = CurationImportJsonDryRun.FALSE,
    mode: CurationImportJsonMode | Unset = CurationImportJsonMode.MERGE,
) -> MaterialImportReport | Problem | None:
    """Bulk import (JSON rows: slug plus the fields to change). A new slug becomes a draft; an existing
    record gets a draft merged from the row (mode=merge: only what the row carries changes, nothing is
    removed) or replaced by it (mode=replace). Each row reports its field-level changes; ?dryRun=true
    writes nothing

    Args:
        dry_run (CurationImportJsonDryRun | Unset):  Default: CurationImportJsonDryRun.FALSE.
        mode (CurationImportJsonMode | Unset):  Default: CurationImportJsonMode.MERGE.
        body (ImportJsonDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MaterialImportReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dry_run=dry_run,
            mode=mode,
        )
    ).parsed
