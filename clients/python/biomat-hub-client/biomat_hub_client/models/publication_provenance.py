from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.publication_provenance_format import PublicationProvenanceFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicationProvenance")


@_attrs_define
class PublicationProvenance:
    """
    Attributes:
        import_id (str):
        format_ (PublicationProvenanceFormat):
        by (str):
        at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        file (None | str | Unset):
        query (None | str | Unset):
    """

    import_id: str
    format_: PublicationProvenanceFormat
    by: str
    at: datetime.datetime
    file: None | str | Unset = UNSET
    query: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        import_id = self.import_id

        format_ = self.format_.value

        by = self.by

        at = self.at.isoformat()

        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "importId": import_id,
                "format": format_,
                "by": by,
                "at": at,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        import_id = d.pop("importId")

        format_ = PublicationProvenanceFormat(d.pop("format"))

        by = d.pop("by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file = _parse_file(d.pop("file", UNSET))

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        publication_provenance = cls(
            import_id=import_id,
            format_=format_,
            by=by,
            at=at,
            file=file,
            query=query,
        )

        return publication_provenance
