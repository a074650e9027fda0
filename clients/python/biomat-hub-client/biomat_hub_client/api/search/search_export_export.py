from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.search_export import SearchExport
from ...models.search_export_export_filter import SearchExportExportFilter
from ...models.search_export_export_format import SearchExportExportFormat
from ...models.search_export_export_interpret import SearchExportExportInterpret
from ...models.search_export_export_range import SearchExportExportRange
from ...models.search_export_export_range_mode import SearchExportExportRangeMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchExportExportRangeMode | Unset = SearchExportExportRangeMode.WITHIN,
    interpret: SearchExportExportInterpret | Unset = SearchExportExportInterpret.TRUE,
    literal: str | Unset = UNSET,
    format_: SearchExportExportFormat | Unset = SearchExportExportFormat.CSV,
    fields: str | Unset = UNSET,
    filter_: SearchExportExportFilter | Unset = UNSET,
    range_: SearchExportExportRange | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["q"] = q

    params["sort"] = sort

    params["missing"] = missing

    json_range_mode: str | Unset = UNSET
    if not isinstance(range_mode, Unset):
        json_range_mode = range_mode.value

    params["rangeMode"] = json_range_mode

    json_interpret: str | Unset = UNSET
    if not isinstance(interpret, Unset):
        json_interpret = interpret.value

    params["interpret"] = json_interpret

    params["literal"] = literal

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["fields"] = fields

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update({f"filter[{key}]": value for key, value in json_filter_.items()})

    json_range_: dict[str, Any] | Unset = UNSET
    if not isinstance(range_, Unset):
        json_range_ = range_.to_dict()
    if not isinstance(json_range_, Unset):
        params.update({f"range[{key}]": value for key, value in json_range_.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/search/export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SearchExport | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> SearchExport | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_export_file_type_1 = SearchExport.from_dict(data)

                return componentsschemas_search_export_file_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SearchExport | str, data)

        response_200 = _parse_response_200(response.text)

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SearchExport | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchExportExportRangeMode | Unset = SearchExportExportRangeMode.WITHIN,
    interpret: SearchExportExportInterpret | Unset = SearchExportExportInterpret.TRUE,
    literal: str | Unset = UNSET,
    format_: SearchExportExportFormat | Unset = SearchExportExportFormat.CSV,
    fields: str | Unset = UNSET,
    filter_: SearchExportExportFilter | Unset = UNSET,
    range_: SearchExportExportRange | Unset = UNSET,
) -> Response[Problem | SearchExport | str]:
    """Export a search: every hit up to the result cap with its properties, as CSV or JSON (same parameters
    as the search)

    Args:
        q (str | Unset):
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchExportExportRangeMode | Unset):  Default:
            SearchExportExportRangeMode.WITHIN.
        interpret (SearchExportExportInterpret | Unset):  Default:
            SearchExportExportInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        format_ (SearchExportExportFormat | Unset):  Default: SearchExportExportFormat.CSV.
        fields (str | Unset):  Example: densityGcm3,youngsModulusGPa.
        filter_ (SearchExportExportFilter | Unset):
        range_ (SearchExportExportRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchExport | str]
    """

    kwargs = _get_kwargs(
        q=q,
        sort=sort,
        missing=missing,
        range_mode=range_mode,
        interpret=interpret,
        literal=literal,
        format_=format_,
        fields=fields,
        filter_=filter_,
        range_=range_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchExportExportRangeMode | Unset = SearchExportExportRangeMode.WITHIN,
    interpret: SearchExportExportInterpret | Unset = SearchExportExportInterpret.TRUE,
    literal: str | Unset = UNSET,
    format_: SearchExportExportFormat | Unset = SearchExportExportFormat.CSV,
    fields: str | Unset = UNSET,
    filter_: SearchExportExportFilter | Unset = UNSET,
    range_: SearchExportExportRange | Unset = UNSET,
) -> Problem | SearchExport | str | None:
    """Export a search: every hit up to the result cap with its properties, as CSV or JSON (same parameters
    as the search)

    Args:
        q (str | Unset):
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchExportExportRangeMode | Unset):  Default:
            SearchExportExportRangeMode.WITHIN.
        interpret (SearchExportExportInterpret | Unset):  Default:
            SearchExportExportInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        format_ (SearchExportExportFormat | Unset):  Default: SearchExportExportFormat.CSV.
        fields (str | Unset):  Example: densityGcm3,youngsModulusGPa.
        filter_ (SearchExportExportFilter | Unset):
        range_ (SearchExportExportRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchExport | str
    """

    return sync_detailed(
        client=client,
        q=q,
        sort=sort,
        missing=missing,
        range_mode=range_mode,
        interpret=interpret,
        literal=literal,
        format_=format_,
        fields=fields,
        filter_=filter_,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchExportExportRangeMode | Unset = SearchExportExportRangeMode.WITHIN,
    interpret: SearchExportExportInterpret | Unset = SearchExportExportInterpret.TRUE,
    literal: str | Unset = UNSET,
    format_: SearchExportExportFormat | Unset = SearchExportExportFormat.CSV,
    fields: str | Unset = UNSET,
    filter_: SearchExportExportFilter | Unset = UNSET,
    range_: SearchExportExportRange | Unset = UNSET,
) -> Response[Problem | SearchExport | str]:
    """Export a search: every hit up to the result cap with its properties, as CSV or JSON (same parameters
    as the search)

    Args:
        q (str | Unset):
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchExportExportRangeMode | Unset):  Default:
            SearchExportExportRangeMode.WITHIN.
        interpret (SearchExportExportInterpret | Unset):  Default:
            SearchExportExportInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        format_ (SearchExportExportFormat | Unset):  Default: SearchExportExportFormat.CSV.
        fields (str | Unset):  Example: densityGcm3,youngsModulusGPa.
        filter_ (SearchExportExportFilter | Unset):
        range_ (SearchExportExportRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchExport | str]
    """

    kwargs = _get_kwargs(
        q=q,
        sort=sort,
        missing=missing,
        range_mode=range_mode,
        interpret=interpret,
        literal=literal,
        format_=format_,
        fields=fields,
        filter_=filter_,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    missing: str | Unset = UNSET,
    range_mode: SearchExportExportRangeMode | Unset = SearchExportExportRangeMode.WITHIN,
    interpret: SearchExportExportInterpret | Unset = SearchExportExportInterpret.TRUE,
    literal: str | Unset = UNSET,
    format_: SearchExportExportFormat | Unset = SearchExportExportFormat.CSV,
    fields: str | Unset = UNSET,
    filter_: SearchExportExportFilter | Unset = UNSET,
    range_: SearchExportExportRange | Unset = UNSET,
) -> Problem | SearchExport | str | None:
    """Export a search: every hit up to the result cap with its properties, as CSV or JSON (same parameters
    as the search)

    Args:
        q (str | Unset):
        sort (str | Unset):  Example: youngsModulusGPa:desc.
        missing (str | Unset):  Example: youngsModulusGPa.
        range_mode (SearchExportExportRangeMode | Unset):  Default:
            SearchExportExportRangeMode.WITHIN.
        interpret (SearchExportExportInterpret | Unset):  Default:
            SearchExportExportInterpret.TRUE.
        literal (str | Unset):  Example: densityGcm3.
        format_ (SearchExportExportFormat | Unset):  Default: SearchExportExportFormat.CSV.
        fields (str | Unset):  Example: densityGcm3,youngsModulusGPa.
        filter_ (SearchExportExportFilter | Unset):
        range_ (SearchExportExportRange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchExport | str
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            sort=sort,
            missing=missing,
            range_mode=range_mode,
            interpret=interpret,
            literal=literal,
            format_=format_,
            fields=fields,
            filter_=filter_,
            range_=range_,
        )
    ).parsed
