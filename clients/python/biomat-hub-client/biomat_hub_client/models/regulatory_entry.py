from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.regulatory_entry_status_type_1 import RegulatoryEntryStatusType1
from ..models.regulatory_entry_status_type_2_type_1 import RegulatoryEntryStatusType2Type1
from ..models.regulatory_entry_status_type_3_type_1 import RegulatoryEntryStatusType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegulatoryEntry")


@_attrs_define
class RegulatoryEntry:
    """
    Attributes:
        region (str):
        pathway (str):
        status (None | RegulatoryEntryStatusType1 | RegulatoryEntryStatusType2Type1 | RegulatoryEntryStatusType3Type1 |
            Unset):
        identifier (None | str | Unset):
        date (None | str | Unset):
        example_device (None | str | Unset):
        holder (None | str | Unset):
        reference (None | str | Unset):
    """

    region: str
    pathway: str
    status: (
        None | RegulatoryEntryStatusType1 | RegulatoryEntryStatusType2Type1 | RegulatoryEntryStatusType3Type1 | Unset
    ) = UNSET
    identifier: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    example_device: None | str | Unset = UNSET
    holder: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        pathway = self.pathway

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RegulatoryEntryStatusType1):
            status = self.status.value
        elif isinstance(self.status, RegulatoryEntryStatusType2Type1):
            status = self.status.value
        elif isinstance(self.status, RegulatoryEntryStatusType3Type1):
            status = self.status.value
        else:
            status = self.status

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        example_device: None | str | Unset
        if isinstance(self.example_device, Unset):
            example_device = UNSET
        else:
            example_device = self.example_device

        holder: None | str | Unset
        if isinstance(self.holder, Unset):
            holder = UNSET
        else:
            holder = self.holder

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "region": region,
                "pathway": pathway,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if date is not UNSET:
            field_dict["date"] = date
        if example_device is not UNSET:
            field_dict["exampleDevice"] = example_device
        if holder is not UNSET:
            field_dict["holder"] = holder
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = d.pop("region")

        pathway = d.pop("pathway")

        def _parse_status(
            data: object,
        ) -> (
            None
            | RegulatoryEntryStatusType1
            | RegulatoryEntryStatusType2Type1
            | RegulatoryEntryStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = RegulatoryEntryStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = RegulatoryEntryStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = RegulatoryEntryStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | RegulatoryEntryStatusType1
                | RegulatoryEntryStatusType2Type1
                | RegulatoryEntryStatusType3Type1
                | Unset,
                data,
            )

        status = _parse_status(d.pop("status", UNSET))

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_example_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        example_device = _parse_example_device(d.pop("exampleDevice", UNSET))

        def _parse_holder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        holder = _parse_holder(d.pop("holder", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        regulatory_entry = cls(
            region=region,
            pathway=pathway,
            status=status,
            identifier=identifier,
            date=date,
            example_device=example_device,
            holder=holder,
            reference=reference,
        )

        return regulatory_entry
