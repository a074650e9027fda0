from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.material_detail_regulatory_item_status_type_1 import MaterialDetailRegulatoryItemStatusType1
from ..models.material_detail_regulatory_item_status_type_2_type_1 import MaterialDetailRegulatoryItemStatusType2Type1
from ..models.material_detail_regulatory_item_status_type_3_type_1 import MaterialDetailRegulatoryItemStatusType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.literature_reference import LiteratureReference


T = TypeVar("T", bound="MaterialDetailRegulatoryItem")


@_attrs_define
class MaterialDetailRegulatoryItem:
    """
    Attributes:
        region (str):
        pathway (str):
        reference (LiteratureReference | None):
        pathway_label (str):
        status (MaterialDetailRegulatoryItemStatusType1 | MaterialDetailRegulatoryItemStatusType2Type1 |
            MaterialDetailRegulatoryItemStatusType3Type1 | None | Unset):
        identifier (None | str | Unset):
        date (None | str | Unset):
        example_device (None | str | Unset):
        holder (None | str | Unset):
    """

    region: str
    pathway: str
    reference: LiteratureReference | None
    pathway_label: str
    status: (
        MaterialDetailRegulatoryItemStatusType1
        | MaterialDetailRegulatoryItemStatusType2Type1
        | MaterialDetailRegulatoryItemStatusType3Type1
        | None
        | Unset
    ) = UNSET
    identifier: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    example_device: None | str | Unset = UNSET
    holder: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.literature_reference import LiteratureReference  # noqa: PLC0415

        region = self.region

        pathway = self.pathway

        reference: dict[str, Any] | None
        if isinstance(self.reference, LiteratureReference):
            reference = self.reference.to_dict()
        else:
            reference = self.reference

        pathway_label = self.pathway_label

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MaterialDetailRegulatoryItemStatusType1):
            status = self.status.value
        elif isinstance(self.status, MaterialDetailRegulatoryItemStatusType2Type1):
            status = self.status.value
        elif isinstance(self.status, MaterialDetailRegulatoryItemStatusType3Type1):
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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "region": region,
                "pathway": pathway,
                "reference": reference,
                "pathwayLabel": pathway_label,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.literature_reference import LiteratureReference  # noqa: PLC0415

        d = dict(src_dict)
        region = d.pop("region")

        pathway = d.pop("pathway")

        def _parse_reference(data: object) -> LiteratureReference | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reference_type_1 = LiteratureReference.from_dict(data)

                return reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteratureReference | None, data)

        reference = _parse_reference(d.pop("reference"))

        pathway_label = d.pop("pathwayLabel")

        def _parse_status(
            data: object,
        ) -> (
            MaterialDetailRegulatoryItemStatusType1
            | MaterialDetailRegulatoryItemStatusType2Type1
            | MaterialDetailRegulatoryItemStatusType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = MaterialDetailRegulatoryItemStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = MaterialDetailRegulatoryItemStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = MaterialDetailRegulatoryItemStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MaterialDetailRegulatoryItemStatusType1
                | MaterialDetailRegulatoryItemStatusType2Type1
                | MaterialDetailRegulatoryItemStatusType3Type1
                | None
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

        material_detail_regulatory_item = cls(
            region=region,
            pathway=pathway,
            reference=reference,
            pathway_label=pathway_label,
            status=status,
            identifier=identifier,
            date=date,
            example_device=example_device,
            holder=holder,
        )

        return material_detail_regulatory_item
