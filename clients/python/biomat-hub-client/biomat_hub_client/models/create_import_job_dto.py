from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImportJobDto")


@_attrs_define
class CreateImportJobDto:
    """
    Attributes:
        query (str): A PubMed query, as typed in PubMed Example: titanium[mh] AND osseointegration[tiab] AND
            2020:2024[dp].
        max_records (int | Unset): Import at most this many of the results (newest first, as PubMed sorts them) Default:
            10000.
    """

    query: str
    max_records: int | Unset = 10000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        max_records = self.max_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if max_records is not UNSET:
            field_dict["maxRecords"] = max_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        max_records = d.pop("maxRecords", UNSET)

        create_import_job_dto = cls(
            query=query,
            max_records=max_records,
        )

        create_import_job_dto.additional_properties = d
        return create_import_job_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
