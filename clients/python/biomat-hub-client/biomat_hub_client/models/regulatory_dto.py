from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.regulatory_dto_status import RegulatoryDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.regulatory_dto_date import RegulatoryDtoDate
    from ..models.regulatory_dto_example_device import RegulatoryDtoExampleDevice
    from ..models.regulatory_dto_holder import RegulatoryDtoHolder
    from ..models.regulatory_dto_identifier import RegulatoryDtoIdentifier
    from ..models.regulatory_dto_reference import RegulatoryDtoReference


T = TypeVar("T", bound="RegulatoryDto")


@_attrs_define
class RegulatoryDto:
    """
    Attributes:
        region (str): ISO 3166 alpha-2 code, or EU Example: US.
        pathway (str):  Example: regulatory-pathway/fda-510k.
        identifier (RegulatoryDtoIdentifier | Unset):  Example: K123456.
        status (RegulatoryDtoStatus | Unset):
        date (RegulatoryDtoDate | Unset): Decision date (YYYY-MM-DD) Example: 2016-12-09.
        example_device (RegulatoryDtoExampleDevice | Unset):
        holder (RegulatoryDtoHolder | Unset): The clearance or certificate holder
        reference (RegulatoryDtoReference | Unset):
    """

    region: str
    pathway: str
    identifier: RegulatoryDtoIdentifier | Unset = UNSET
    status: RegulatoryDtoStatus | Unset = UNSET
    date: RegulatoryDtoDate | Unset = UNSET
    example_device: RegulatoryDtoExampleDevice | Unset = UNSET
    holder: RegulatoryDtoHolder | Unset = UNSET
    reference: RegulatoryDtoReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        pathway = self.pathway

        identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifier, Unset):
            identifier = self.identifier.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        example_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example_device, Unset):
            example_device = self.example_device.to_dict()

        holder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder, Unset):
            holder = self.holder.to_dict()

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "pathway": pathway,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if status is not UNSET:
            field_dict["status"] = status
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
        from ..models.regulatory_dto_date import RegulatoryDtoDate  # noqa: PLC0415
        from ..models.regulatory_dto_example_device import RegulatoryDtoExampleDevice  # noqa: PLC0415
        from ..models.regulatory_dto_holder import RegulatoryDtoHolder  # noqa: PLC0415
        from ..models.regulatory_dto_identifier import RegulatoryDtoIdentifier  # noqa: PLC0415
        from ..models.regulatory_dto_reference import RegulatoryDtoReference  # noqa: PLC0415

        d = dict(src_dict)
        region = d.pop("region")

        pathway = d.pop("pathway")

        _identifier = d.pop("identifier", UNSET)
        identifier: RegulatoryDtoIdentifier | Unset
        if isinstance(_identifier, Unset):
            identifier = UNSET
        else:
            identifier = RegulatoryDtoIdentifier.from_dict(_identifier)

        _status = d.pop("status", UNSET)
        status: RegulatoryDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RegulatoryDtoStatus(_status)

        _date = d.pop("date", UNSET)
        date: RegulatoryDtoDate | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = RegulatoryDtoDate.from_dict(_date)

        _example_device = d.pop("exampleDevice", UNSET)
        example_device: RegulatoryDtoExampleDevice | Unset
        if isinstance(_example_device, Unset):
            example_device = UNSET
        else:
            example_device = RegulatoryDtoExampleDevice.from_dict(_example_device)

        _holder = d.pop("holder", UNSET)
        holder: RegulatoryDtoHolder | Unset
        if isinstance(_holder, Unset):
            holder = UNSET
        else:
            holder = RegulatoryDtoHolder.from_dict(_holder)

        _reference = d.pop("reference", UNSET)
        reference: RegulatoryDtoReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = RegulatoryDtoReference.from_dict(_reference)

        regulatory_dto = cls(
            region=region,
            pathway=pathway,
            identifier=identifier,
            status=status,
            date=date,
            example_device=example_device,
            holder=holder,
            reference=reference,
        )

        regulatory_dto.additional_properties = d
        return regulatory_dto

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
