from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_me_dto_orcid_type_0 import UpdateMeDtoOrcidType0


T = TypeVar("T", bound="UpdateMeDto")


@_attrs_define
class UpdateMeDto:
    """
    Attributes:
        name (str | Unset):
        orcid (None | Unset | UpdateMeDtoOrcidType0): null removes it Example: 0000-0002-1825-0097.
    """

    name: str | Unset = UNSET
    orcid: None | Unset | UpdateMeDtoOrcidType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_me_dto_orcid_type_0 import UpdateMeDtoOrcidType0  # noqa: PLC0415

        name = self.name

        orcid: dict[str, Any] | None | Unset
        if isinstance(self.orcid, Unset):
            orcid = UNSET
        elif isinstance(self.orcid, UpdateMeDtoOrcidType0):
            orcid = self.orcid.to_dict()
        else:
            orcid = self.orcid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if orcid is not UNSET:
            field_dict["orcid"] = orcid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_me_dto_orcid_type_0 import UpdateMeDtoOrcidType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_orcid(data: object) -> None | Unset | UpdateMeDtoOrcidType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                orcid_type_0 = UpdateMeDtoOrcidType0.from_dict(data)

                return orcid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateMeDtoOrcidType0, data)

        orcid = _parse_orcid(d.pop("orcid", UNSET))

        update_me_dto = cls(
            name=name,
            orcid=orcid,
        )

        update_me_dto.additional_properties = d
        return update_me_dto

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
