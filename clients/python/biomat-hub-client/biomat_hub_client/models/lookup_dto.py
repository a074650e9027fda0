from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupDto")


@_attrs_define
class LookupDto:
    """
    Attributes:
        doi (str | Unset): A DOI (with or without https://doi.org/) Example: 10.1016/j.biomaterials.2019.119000.
        pmid (str | Unset): A PubMed id Example: 31234567.
    """

    doi: str | Unset = UNSET
    pmid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doi = self.doi

        pmid = self.pmid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doi is not UNSET:
            field_dict["doi"] = doi
        if pmid is not UNSET:
            field_dict["pmid"] = pmid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        doi = d.pop("doi", UNSET)

        pmid = d.pop("pmid", UNSET)

        lookup_dto = cls(
            doi=doi,
            pmid=pmid,
        )

        lookup_dto.additional_properties = d
        return lookup_dto

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
