from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.author_dto_family_type_0 import AuthorDtoFamilyType0
    from ..models.author_dto_given_type_0 import AuthorDtoGivenType0
    from ..models.author_dto_literal_type_0 import AuthorDtoLiteralType0
    from ..models.author_dto_orcid_type_0 import AuthorDtoOrcidType0


T = TypeVar("T", bound="AuthorDto")


@_attrs_define
class AuthorDto:
    """
    Attributes:
        family (AuthorDtoFamilyType0 | None | Unset):
        given (AuthorDtoGivenType0 | None | Unset):
        literal (AuthorDtoLiteralType0 | None | Unset): A collective name
        orcid (AuthorDtoOrcidType0 | None | Unset):  Example: 0000-0002-1825-0097.
        affiliations (list[str] | Unset):
    """

    family: AuthorDtoFamilyType0 | None | Unset = UNSET
    given: AuthorDtoGivenType0 | None | Unset = UNSET
    literal: AuthorDtoLiteralType0 | None | Unset = UNSET
    orcid: AuthorDtoOrcidType0 | None | Unset = UNSET
    affiliations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.author_dto_family_type_0 import AuthorDtoFamilyType0  # noqa: PLC0415
        from ..models.author_dto_given_type_0 import AuthorDtoGivenType0  # noqa: PLC0415
        from ..models.author_dto_literal_type_0 import AuthorDtoLiteralType0  # noqa: PLC0415
        from ..models.author_dto_orcid_type_0 import AuthorDtoOrcidType0  # noqa: PLC0415

        family: dict[str, Any] | None | Unset
        if isinstance(self.family, Unset):
            family = UNSET
        elif isinstance(self.family, AuthorDtoFamilyType0):
            family = self.family.to_dict()
        else:
            family = self.family

        given: dict[str, Any] | None | Unset
        if isinstance(self.given, Unset):
            given = UNSET
        elif isinstance(self.given, AuthorDtoGivenType0):
            given = self.given.to_dict()
        else:
            given = self.given

        literal: dict[str, Any] | None | Unset
        if isinstance(self.literal, Unset):
            literal = UNSET
        elif isinstance(self.literal, AuthorDtoLiteralType0):
            literal = self.literal.to_dict()
        else:
            literal = self.literal

        orcid: dict[str, Any] | None | Unset
        if isinstance(self.orcid, Unset):
            orcid = UNSET
        elif isinstance(self.orcid, AuthorDtoOrcidType0):
            orcid = self.orcid.to_dict()
        else:
            orcid = self.orcid

        affiliations: list[str] | Unset = UNSET
        if not isinstance(self.affiliations, Unset):
            affiliations = self.affiliations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if family is not UNSET:
            field_dict["family"] = family
        if given is not UNSET:
            field_dict["given"] = given
        if literal is not UNSET:
            field_dict["literal"] = literal
        if orcid is not UNSET:
            field_dict["orcid"] = orcid
        if affiliations is not UNSET:
            field_dict["affiliations"] = affiliations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.author_dto_family_type_0 import AuthorDtoFamilyType0  # noqa: PLC0415
        from ..models.author_dto_given_type_0 import AuthorDtoGivenType0  # noqa: PLC0415
        from ..models.author_dto_literal_type_0 import AuthorDtoLiteralType0  # noqa: PLC0415
        from ..models.author_dto_orcid_type_0 import AuthorDtoOrcidType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_family(data: object) -> AuthorDtoFamilyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                family_type_0 = AuthorDtoFamilyType0.from_dict(data)

                return family_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorDtoFamilyType0 | None | Unset, data)

        family = _parse_family(d.pop("family", UNSET))

        def _parse_given(data: object) -> AuthorDtoGivenType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                given_type_0 = AuthorDtoGivenType0.from_dict(data)

                return given_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorDtoGivenType0 | None | Unset, data)

        given = _parse_given(d.pop("given", UNSET))

        def _parse_literal(data: object) -> AuthorDtoLiteralType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                literal_type_0 = AuthorDtoLiteralType0.from_dict(data)

                return literal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorDtoLiteralType0 | None | Unset, data)

        literal = _parse_literal(d.pop("literal", UNSET))

        def _parse_orcid(data: object) -> AuthorDtoOrcidType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                orcid_type_0 = AuthorDtoOrcidType0.from_dict(data)

                return orcid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorDtoOrcidType0 | None | Unset, data)

        orcid = _parse_orcid(d.pop("orcid", UNSET))

        affiliations = cast(list[str], d.pop("affiliations", UNSET))

        author_dto = cls(
            family=family,
            given=given,
            literal=literal,
            orcid=orcid,
            affiliations=affiliations,
        )

        author_dto.additional_properties = d
        return author_dto

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
