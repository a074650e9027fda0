from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_json_dto_materials_item import ImportJsonDtoMaterialsItem


T = TypeVar("T", bound="ImportJsonDto")


@_attrs_define
class ImportJsonDto:
    """
    Attributes:
        materials (list[ImportJsonDtoMaterialsItem]): Material rows: `slug` plus the content fields (see
            seed/FORMAT.md); each row is validated on its own
    """

    materials: list[ImportJsonDtoMaterialsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "materials": materials,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_json_dto_materials_item import ImportJsonDtoMaterialsItem  # noqa: PLC0415

        d = dict(src_dict)
        materials = []
        _materials = d.pop("materials")
        for materials_item_data in _materials:
            materials_item = ImportJsonDtoMaterialsItem.from_dict(materials_item_data)

            materials.append(materials_item)

        import_json_dto = cls(
            materials=materials,
        )

        import_json_dto.additional_properties = d
        return import_json_dto

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
