"""Contains all the data models used in inputs/outputs"""

from .abbreviation_definition import AbbreviationDefinition
from .abbreviation_definition_field import AbbreviationDefinitionField
from .abbreviation_definition_long import AbbreviationDefinitionLong
from .abbreviation_definition_short import AbbreviationDefinitionShort
from .abbreviation_definition_type import AbbreviationDefinitionType
from .abstract_dto import AbstractDto
from .abstract_section import AbstractSection
from .abstract_section_dto import AbstractSectionDto
from .abstract_section_dto_label_type_0 import AbstractSectionDtoLabelType0
from .accept_term_request_dto import AcceptTermRequestDto
from .accepted import Accepted
from .accepted_status import AcceptedStatus
from .add_cart_line_dto import AddCartLineDto
from .address_book import AddressBook
from .alive import Alive
from .alive_status import AliveStatus
from .annotate_dto import AnnotateDto
from .annotate_result import AnnotateResult
from .annotation import Annotation
from .annotation_field import AnnotationField
from .annotation_source import AnnotationSource
from .annotation_type import AnnotationType
from .api_key import ApiKey
from .api_key_scopes_item import ApiKeyScopesItem
from .audit_event import AuditEvent
from .author_dto import AuthorDto
from .author_dto_family_type_0 import AuthorDtoFamilyType0
from .author_dto_given_type_0 import AuthorDtoGivenType0
from .author_dto_literal_type_0 import AuthorDtoLiteralType0
from .author_dto_orcid_type_0 import AuthorDtoOrcidType0
from .billing_settings import BillingSettings
from .billing_settings_dto import BillingSettingsDto
from .biocompatibility_dto import BiocompatibilityDto
from .biocompatibility_dto_contact_category import BiocompatibilityDtoContactCategory
from .biocompatibility_dto_model import BiocompatibilityDtoModel
from .biocompatibility_dto_notes import BiocompatibilityDtoNotes
from .biocompatibility_dto_result import BiocompatibilityDtoResult
from .biocompatibility_result import BiocompatibilityResult
from .biocompatibility_result_contact_category_type_1 import BiocompatibilityResultContactCategoryType1
from .biocompatibility_result_contact_category_type_2_type_1 import BiocompatibilityResultContactCategoryType2Type1
from .biocompatibility_result_contact_category_type_3_type_1 import BiocompatibilityResultContactCategoryType3Type1
from .biocompatibility_result_model import BiocompatibilityResultModel
from .biocompatibility_result_result import BiocompatibilityResultResult
from .book_address import BookAddress
from .cart import Cart
from .cart_line import CartLine
from .cart_line_pack_size import CartLinePackSize
from .cart_line_price_tiers_item import CartLinePriceTiersItem
from .cart_line_problems_item import CartLineProblemsItem
from .cart_line_problems_item_code import CartLineProblemsItemCode
from .cart_line_supplier import CartLineSupplier
from .catalogue_list_sort import CatalogueListSort
from .checkout_confirmation import CheckoutConfirmation
from .checkout_dto import CheckoutDto
from .checkout_dto_payment_method import CheckoutDtoPaymentMethod
from .checkout_order_preview import CheckoutOrderPreview
from .checkout_order_preview_lines_item import CheckoutOrderPreviewLinesItem
from .checkout_order_preview_payment_terms import CheckoutOrderPreviewPaymentTerms
from .checkout_order_preview_payment_terms_method import CheckoutOrderPreviewPaymentTermsMethod
from .checkout_order_preview_supplier import CheckoutOrderPreviewSupplier
from .checkout_preview import CheckoutPreview
from .checkout_preview_problems_item import CheckoutPreviewProblemsItem
from .checkout_preview_problems_item_code import CheckoutPreviewProblemsItemCode
from .checkout_preview_totals_item import CheckoutPreviewTotalsItem
from .citations_type_1_item import CitationsType1Item
from .class_ref import ClassRef
from .composition_entry import CompositionEntry
from .composition_entry_basis import CompositionEntryBasis
from .composition_entry_dto import CompositionEntryDto
from .composition_entry_dto_basis import CompositionEntryDtoBasis
from .composition_entry_fraction import CompositionEntryFraction
from .concept import Concept
from .concept_alt_labels import ConceptAltLabels
from .concept_body_dto import ConceptBodyDto
from .concept_body_dto_alt_labels import ConceptBodyDtoAltLabels
from .concept_body_dto_definition import ConceptBodyDtoDefinition
from .concept_body_dto_hidden_labels import ConceptBodyDtoHiddenLabels
from .concept_body_dto_pref_label import ConceptBodyDtoPrefLabel
from .concept_definition import ConceptDefinition
from .concept_hidden_labels import ConceptHiddenLabels
from .concept_page import ConceptPage
from .concept_pref_label import ConceptPrefLabel
from .concept_ref import ConceptRef
from .confirm_checkout_dto import ConfirmCheckoutDto
from .confirm_checkout_dto_payment_method import ConfirmCheckoutDtoPaymentMethod
from .content_change import ContentChange
from .content_change_kind import ContentChangeKind
from .content_change_section import ContentChangeSection
from .create_address_dto import CreateAddressDto
from .create_api_key_dto import CreateApiKeyDto
from .create_api_key_dto_scopes_item import CreateApiKeyDtoScopesItem
from .create_concept_dto import CreateConceptDto
from .create_concept_dto_alt_labels import CreateConceptDtoAltLabels
from .create_concept_dto_definition import CreateConceptDtoDefinition
from .create_concept_dto_hidden_labels import CreateConceptDtoHiddenLabels
from .create_concept_dto_pref_label import CreateConceptDtoPrefLabel
from .create_import_job_dto import CreateImportJobDto
from .create_material_dto import CreateMaterialDto
from .create_order_dto import CreateOrderDto
from .create_order_dto_payment_method import CreateOrderDtoPaymentMethod
from .create_quote_request_dto import CreateQuoteRequestDto
from .create_term_request_dto import CreateTermRequestDto
from .create_term_request_dto_kind import CreateTermRequestDtoKind
from .create_term_request_dto_label_type import CreateTermRequestDtoLabelType
from .curation_import_csv_dry_run import CurationImportCsvDryRun
from .curation_import_csv_mode import CurationImportCsvMode
from .curation_import_json_dry_run import CurationImportJsonDryRun
from .curation_import_json_mode import CurationImportJsonMode
from .curation_queue_sort import CurationQueueSort
from .curation_record import CurationRecord
from .curation_record_available_actions_item import CurationRecordAvailableActionsItem
from .curation_record_blocked_actions_item import CurationRecordBlockedActionsItem
from .curation_record_blocked_actions_item_action import CurationRecordBlockedActionsItemAction
from .curation_record_page import CurationRecordPage
from .curation_record_proposed_by_type_0 import CurationRecordProposedByType0
from .curation_record_state import CurationRecordState
from .dependency_check import DependencyCheck
from .dependency_check_status import DependencyCheckStatus
from .drift_report import DriftReport
from .drift_report_counts import DriftReportCounts
from .drift_report_samples import DriftReportSamples
from .email_dto import EmailDto
from .evidence_proposal_dto import EvidenceProposalDto
from .evidence_quote_dto import EvidenceQuoteDto
from .evidence_summary import EvidenceSummary
from .evidence_summary_groups_item import EvidenceSummaryGroupsItem
from .evidence_summary_groups_item_items_item import EvidenceSummaryGroupsItemItemsItem
from .evidence_summary_groups_item_type import EvidenceSummaryGroupsItemType
from .expected_total_dto import ExpectedTotalDto
from .facet_values import FacetValues
from .facet_values_values_item import FacetValuesValuesItem
from .field_error import FieldError
from .import_columns_item import ImportColumnsItem
from .import_json_dto import ImportJsonDto
from .import_json_dto_materials_item import ImportJsonDtoMaterialsItem
from .interpretation import Interpretation
from .interpretation_range_mode import InterpretationRangeMode
from .interpreted_part import InterpretedPart
from .interpreted_part_source import InterpretedPartSource
from .invite_dto import InviteDto
from .invite_dto_role import InviteDtoRole
from .journal_dto import JournalDto
from .journal_dto_iso_abbreviation_type_0 import JournalDtoIsoAbbreviationType0
from .journal_dto_issn_type_0 import JournalDtoIssnType0
from .json_patch_operation import JsonPatchOperation
from .json_patch_operation_op import JsonPatchOperationOp
from .keywords_dto import KeywordsDto
from .literature_cite_format import LiteratureCiteFormat
from .literature_import_dry_run import LiteratureImportDryRun
from .literature_import_format import LiteratureImportFormat
from .literature_import_job import LiteratureImportJob
from .literature_import_job_page import LiteratureImportJobPage
from .literature_import_job_state import LiteratureImportJobState
from .literature_import_record import LiteratureImportRecord
from .literature_import_record_page import LiteratureImportRecordPage
from .literature_import_record_status import LiteratureImportRecordStatus
from .literature_import_report import LiteratureImportReport
from .literature_import_report_format import LiteratureImportReportFormat
from .literature_reference import LiteratureReference
from .literature_reference_dto import LiteratureReferenceDto
from .literature_reference_dto_container import LiteratureReferenceDtoContainer
from .literature_reference_dto_doi import LiteratureReferenceDtoDoi
from .literature_reference_dto_isbn import LiteratureReferenceDtoIsbn
from .literature_reference_dto_issue import LiteratureReferenceDtoIssue
from .literature_reference_dto_pages import LiteratureReferenceDtoPages
from .literature_reference_dto_pmcid import LiteratureReferenceDtoPmcid
from .literature_reference_dto_pmid import LiteratureReferenceDtoPmid
from .literature_reference_dto_publication_id import LiteratureReferenceDtoPublicationId
from .literature_reference_dto_publisher import LiteratureReferenceDtoPublisher
from .literature_reference_dto_standard import LiteratureReferenceDtoStandard
from .literature_reference_dto_title import LiteratureReferenceDtoTitle
from .literature_reference_dto_type import LiteratureReferenceDtoType
from .literature_reference_dto_url import LiteratureReferenceDtoUrl
from .literature_reference_dto_volume import LiteratureReferenceDtoVolume
from .literature_reference_dto_year import LiteratureReferenceDtoYear
from .literature_reference_type_type_1 import LiteratureReferenceTypeType1
from .literature_reference_type_type_2_type_1 import LiteratureReferenceTypeType2Type1
from .literature_reference_type_type_3_type_1 import LiteratureReferenceTypeType3Type1
from .literature_search_answer import LiteratureSearchAnswer
from .literature_search_answer_facet_distribution import LiteratureSearchAnswerFacetDistribution
from .literature_search_answer_facet_distribution_additional_property import (
    LiteratureSearchAnswerFacetDistributionAdditionalProperty,
)
from .literature_search_answer_facet_stats import LiteratureSearchAnswerFacetStats
from .literature_search_search_filter import LiteratureSearchSearchFilter
from .literature_search_search_range import LiteratureSearchSearchRange
from .literature_search_search_reviewed import LiteratureSearchSearchReviewed
from .literature_search_search_sort import LiteratureSearchSearchSort
from .login_dto import LoginDto
from .looked_up_reference import LookedUpReference
from .looked_up_reference_type import LookedUpReferenceType
from .lookup_dto import LookupDto
from .market_summary import MarketSummary
from .marketplace_attention import MarketplaceAttention
from .material_candidates import MaterialCandidates
from .material_candidates_items_item import MaterialCandidatesItemsItem
from .material_candidates_items_item_match import MaterialCandidatesItemsItemMatch
from .material_content import MaterialContent
from .material_content_dto import MaterialContentDto
from .material_content_dto_cas_number import MaterialContentDtoCasNumber
from .material_content_keywords import MaterialContentKeywords
from .material_detail import MaterialDetail
from .material_detail_biocompatibility_item import MaterialDetailBiocompatibilityItem
from .material_detail_biocompatibility_item_contact_category_type_1 import (
    MaterialDetailBiocompatibilityItemContactCategoryType1,
)
from .material_detail_biocompatibility_item_contact_category_type_2_type_1 import (
    MaterialDetailBiocompatibilityItemContactCategoryType2Type1,
)
from .material_detail_biocompatibility_item_contact_category_type_3_type_1 import (
    MaterialDetailBiocompatibilityItemContactCategoryType3Type1,
)
from .material_detail_biocompatibility_item_model import MaterialDetailBiocompatibilityItemModel
from .material_detail_biocompatibility_item_result import MaterialDetailBiocompatibilityItemResult
from .material_detail_keywords import MaterialDetailKeywords
from .material_detail_regulatory_item import MaterialDetailRegulatoryItem
from .material_detail_regulatory_item_status_type_1 import MaterialDetailRegulatoryItemStatusType1
from .material_detail_regulatory_item_status_type_2_type_1 import MaterialDetailRegulatoryItemStatusType2Type1
from .material_detail_regulatory_item_status_type_3_type_1 import MaterialDetailRegulatoryItemStatusType3Type1
from .material_import_report import MaterialImportReport
from .material_import_report_mode import MaterialImportReportMode
from .material_import_report_rows_item import MaterialImportReportRowsItem
from .material_import_report_rows_item_status import MaterialImportReportRowsItemStatus
from .material_item import MaterialItem
from .material_item_page import MaterialItemPage
from .material_literature_cite_publications_format import MaterialLiteratureCitePublicationsFormat
from .material_literature_cite_version_format import MaterialLiteratureCiteVersionFormat
from .me import Me
from .me_identities_item import MeIdentitiesItem
from .me_roles_item import MeRolesItem
from .mesh_heading import MeshHeading
from .mesh_heading_qualifiers_item import MeshHeadingQualifiersItem
from .new_api_key import NewApiKey
from .new_api_key_scopes_item import NewApiKeyScopesItem
from .new_organization_dto import NewOrganizationDto
from .new_organization_dto_kind import NewOrganizationDtoKind
from .numeric_summary import NumericSummary
from .offer import Offer
from .offer_available_actions_item import OfferAvailableActionsItem
from .offer_content_dto import OfferContentDto
from .offer_content_dto_grade import OfferContentDtoGrade
from .offer_grade import OfferGrade
from .offer_pack_size import OfferPackSize
from .offer_page import OfferPage
from .offer_state import OfferState
from .offer_supplier import OfferSupplier
from .offer_transition_dto import OfferTransitionDto
from .offer_transition_dto_action import OfferTransitionDtoAction
from .offers_mine_state import OffersMineState
from .oidc_provider_list_item import OidcProviderListItem
from .order import Order
from .order_available_actions_item import OrderAvailableActionsItem
from .order_buyer_party_type_0 import OrderBuyerPartyType0
from .order_cancellation_type_0 import OrderCancellationType0
from .order_credit_note_type_0 import OrderCreditNoteType0
from .order_history_item import OrderHistoryItem
from .order_history_item_from_type_1 import OrderHistoryItemFromType1
from .order_history_item_from_type_2_type_1 import OrderHistoryItemFromType2Type1
from .order_history_item_from_type_3_type_1 import OrderHistoryItemFromType3Type1
from .order_history_item_to import OrderHistoryItemTo
from .order_invoice_type_0 import OrderInvoiceType0
from .order_line_dto import OrderLineDto
from .order_lines_item import OrderLinesItem
from .order_lines_item_pack_size import OrderLinesItemPackSize
from .order_page import OrderPage
from .order_payment import OrderPayment
from .order_payment_method import OrderPaymentMethod
from .order_payment_status import OrderPaymentStatus
from .order_shipment_type_0 import OrderShipmentType0
from .order_side_type_1 import OrderSideType1
from .order_side_type_2_type_1 import OrderSideType2Type1
from .order_side_type_3_type_1 import OrderSideType3Type1
from .order_state import OrderState
from .order_supplier_party_type_0 import OrderSupplierPartyType0
from .order_transition_dto import OrderTransitionDto
from .order_transition_dto_action import OrderTransitionDtoAction
from .order_vat import OrderVat
from .order_vat_rule import OrderVatRule
from .orders_list_side import OrdersListSide
from .organization import Organization
from .organization_invitations_item import OrganizationInvitationsItem
from .organization_invitations_item_role import OrganizationInvitationsItemRole
from .organization_kind import OrganizationKind
from .organization_members_item import OrganizationMembersItem
from .organization_members_item_role import OrganizationMembersItemRole
from .organization_page import OrganizationPage
from .organization_payouts import OrganizationPayouts
from .pack_size_dto import PackSizeDto
from .patch_publication_dto import PatchPublicationDto
from .patch_publication_dto_doi_type_0 import PatchPublicationDtoDoiType0
from .patch_publication_dto_issue_type_0 import PatchPublicationDtoIssueType0
from .patch_publication_dto_language_type_0 import PatchPublicationDtoLanguageType0
from .patch_publication_dto_licence_type_0 import PatchPublicationDtoLicenceType0
from .patch_publication_dto_pages_type_0 import PatchPublicationDtoPagesType0
from .patch_publication_dto_pmcid_type_0 import PatchPublicationDtoPmcidType0
from .patch_publication_dto_pmid_type_0 import PatchPublicationDtoPmidType0
from .patch_publication_dto_summary_type_0 import PatchPublicationDtoSummaryType0
from .patch_publication_dto_volume_type_0 import PatchPublicationDtoVolumeType0
from .patch_publication_dto_year_type_0 import PatchPublicationDtoYearType0
from .payout_onboarding import PayoutOnboarding
from .person import Person
from .postal_address import PostalAddress
from .postal_address_dto import PostalAddressDto
from .price_tier import PriceTier
from .price_tier_dto import PriceTierDto
from .problem import Problem
from .problem_orders_item import ProblemOrdersItem
from .problem_problems_item import ProblemProblemsItem
from .property_value import PropertyValue
from .property_value_dto import PropertyValueDto
from .property_value_dto_conditions import PropertyValueDtoConditions
from .property_value_dto_max import PropertyValueDtoMax
from .property_value_dto_method import PropertyValueDtoMethod
from .property_value_dto_min import PropertyValueDtoMin
from .property_value_dto_value import PropertyValueDtoValue
from .property_value_normalized import PropertyValueNormalized
from .property_view import PropertyView
from .property_view_normalized import PropertyViewNormalized
from .propose_edit_dto import ProposeEditDto
from .publication import Publication
from .publication_abstract_type_0 import PublicationAbstractType0
from .publication_author import PublicationAuthor
from .publication_hit import PublicationHit
from .publication_hit_formatted import PublicationHitFormatted
from .publication_hit_materials_item import PublicationHitMaterialsItem
from .publication_journal import PublicationJournal
from .publication_label import PublicationLabel
from .publication_label_source import PublicationLabelSource
from .publication_materials_dto import PublicationMaterialsDto
from .publication_provenance import PublicationProvenance
from .publication_provenance_format import PublicationProvenanceFormat
from .publication_summary import PublicationSummary
from .publication_summary_page import PublicationSummaryPage
from .quantity import Quantity
from .quantity_dto import QuantityDto
from .quantity_dto_group import QuantityDtoGroup
from .quantity_dto_search_field import QuantityDtoSearchField
from .quantity_group_type_1 import QuantityGroupType1
from .quantity_group_type_2_type_1 import QuantityGroupType2Type1
from .quantity_group_type_3_type_1 import QuantityGroupType3Type1
from .quantity_mention import QuantityMention
from .quantity_mention_bound import QuantityMentionBound
from .quantity_mention_field import QuantityMentionField
from .quantity_mention_normalized import QuantityMentionNormalized
from .quantity_mention_sentence import QuantityMentionSentence
from .quote_action_dto import QuoteActionDto
from .quote_action_dto_action import QuoteActionDtoAction
from .quote_message_dto import QuoteMessageDto
from .quote_order_dto import QuoteOrderDto
from .quote_order_dto_payment_method import QuoteOrderDtoPaymentMethod
from .quote_request import QuoteRequest
from .quote_request_available_actions_item import QuoteRequestAvailableActionsItem
from .quote_request_counter_type_0 import QuoteRequestCounterType0
from .quote_request_history_item import QuoteRequestHistoryItem
from .quote_request_history_item_from_type_1 import QuoteRequestHistoryItemFromType1
from .quote_request_history_item_from_type_2_type_1 import QuoteRequestHistoryItemFromType2Type1
from .quote_request_history_item_from_type_3_type_1 import QuoteRequestHistoryItemFromType3Type1
from .quote_request_history_item_to import QuoteRequestHistoryItemTo
from .quote_request_messages_item import QuoteRequestMessagesItem
from .quote_request_messages_item_side import QuoteRequestMessagesItemSide
from .quote_request_names import QuoteRequestNames
from .quote_request_names_people import QuoteRequestNamesPeople
from .quote_request_page import QuoteRequestPage
from .quote_request_quote_type_0 import QuoteRequestQuoteType0
from .quote_request_state import QuoteRequestState
from .quotes_list_side import QuotesListSide
from .range_dto import RangeDto
from .range_dto_max import RangeDtoMax
from .range_dto_min import RangeDtoMin
from .range_dto_value import RangeDtoValue
from .range_stats import RangeStats
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .refresh_dto import RefreshDto
from .register_dto import RegisterDto
from .regulatory_dto import RegulatoryDto
from .regulatory_dto_date import RegulatoryDtoDate
from .regulatory_dto_example_device import RegulatoryDtoExampleDevice
from .regulatory_dto_holder import RegulatoryDtoHolder
from .regulatory_dto_identifier import RegulatoryDtoIdentifier
from .regulatory_dto_reference import RegulatoryDtoReference
from .regulatory_dto_status import RegulatoryDtoStatus
from .regulatory_entry import RegulatoryEntry
from .regulatory_entry_status_type_1 import RegulatoryEntryStatusType1
from .regulatory_entry_status_type_2_type_1 import RegulatoryEntryStatusType2Type1
from .regulatory_entry_status_type_3_type_1 import RegulatoryEntryStatusType3Type1
from .reject_term_request_dto import RejectTermRequestDto
from .reset_password_dto import ResetPasswordDto
from .retire_publication_dto import RetirePublicationDto
from .save_draft_dto import SaveDraftDto
from .scheme_summary import SchemeSummary
from .scheme_summary_title import SchemeSummaryTitle
from .search_answer import SearchAnswer
from .search_answer_facet_distribution import SearchAnswerFacetDistribution
from .search_answer_facet_distribution_additional_property import SearchAnswerFacetDistributionAdditionalProperty
from .search_answer_facet_stats import SearchAnswerFacetStats
from .search_export import SearchExport
from .search_export_export_filter import SearchExportExportFilter
from .search_export_export_format import SearchExportExportFormat
from .search_export_export_interpret import SearchExportExportInterpret
from .search_export_export_range import SearchExportExportRange
from .search_export_export_range_mode import SearchExportExportRangeMode
from .search_export_field import SearchExportField
from .search_export_items_item import SearchExportItemsItem
from .search_export_items_item_properties import SearchExportItemsItemProperties
from .search_facet_values_filter import SearchFacetValuesFilter
from .search_facet_values_interpret import SearchFacetValuesInterpret
from .search_facet_values_range import SearchFacetValuesRange
from .search_facet_values_range_mode import SearchFacetValuesRangeMode
from .search_hit import SearchHit
from .search_hit_formatted import SearchHitFormatted
from .search_hit_properties import SearchHitProperties
from .search_materials_filter import SearchMaterialsFilter
from .search_materials_interpret import SearchMaterialsInterpret
from .search_materials_range import SearchMaterialsRange
from .search_materials_range_mode import SearchMaterialsRangeMode
from .set_flag_dto import SetFlagDto
from .set_roles_dto import SetRolesDto
from .set_roles_dto_roles_item import SetRolesDtoRolesItem
from .stripe_webhook_receipt import StripeWebhookReceipt
from .stripe_webhook_webhook_body import StripeWebhookWebhookBody
from .suggestions import Suggestions
from .suggestions_concepts_item import SuggestionsConceptsItem
from .suggestions_materials_item import SuggestionsMaterialsItem
from .suggestions_materials_item_formatted import SuggestionsMaterialsItemFormatted
from .sustainability import Sustainability
from .sustainability_dto import SustainabilityDto
from .sustainability_dto_carbon_footprint_kg_co_2e_per_kg import SustainabilityDtoCarbonFootprintKgCo2EPerKg
from .sustainability_dto_disposal import SustainabilityDtoDisposal
from .sustainability_dto_origin import SustainabilityDtoOrigin
from .sustainability_dto_reference import SustainabilityDtoReference
from .sustainability_dto_reusability import SustainabilityDtoReusability
from .term_request import TermRequest
from .term_request_kind import TermRequestKind
from .term_request_label_type import TermRequestLabelType
from .term_request_page import TermRequestPage
from .term_request_status import TermRequestStatus
from .token_dto import TokenDto
from .token_pair import TokenPair
from .token_pair_token_type import TokenPairTokenType
from .transition_dto import TransitionDto
from .transition_dto_action import TransitionDtoAction
from .update_address_dto import UpdateAddressDto
from .update_cart_line_dto import UpdateCartLineDto
from .update_me_dto import UpdateMeDto
from .update_me_dto_orcid_type_0 import UpdateMeDtoOrcidType0
from .update_offer_dto import UpdateOfferDto
from .update_offer_dto_grade import UpdateOfferDtoGrade
from .user import User
from .user_identities_item import UserIdentitiesItem
from .user_page import UserPage
from .user_roles_item import UserRolesItem
from .version_diff import VersionDiff
from .version_summary import VersionSummary
from .vocabulary_export_format import VocabularyExportFormat
from .vocabulary_import_dry_run import VocabularyImportDryRun
from .vocabulary_import_report import VocabularyImportReport
from .vocabulary_import_report_items_item import VocabularyImportReportItemsItem
from .vocabulary_import_report_items_item_status import VocabularyImportReportItemsItemStatus
from .vocabulary_term_request_list_status import VocabularyTermRequestListStatus

__all__ = (
    "AbbreviationDefinition",
    "AbbreviationDefinitionField",
    "AbbreviationDefinitionLong",
    "AbbreviationDefinitionShort",
    "AbbreviationDefinitionType",
    "AbstractDto",
    "AbstractSection",
    "AbstractSectionDto",
    "AbstractSectionDtoLabelType0",
    "Accepted",
    "AcceptedStatus",
    "AcceptTermRequestDto",
    "AddCartLineDto",
    "AddressBook",
    "Alive",
    "AliveStatus",
    "AnnotateDto",
    "AnnotateResult",
    "Annotation",
    "AnnotationField",
    "AnnotationSource",
    "AnnotationType",
    "ApiKey",
    "ApiKeyScopesItem",
    "AuditEvent",
    "AuthorDto",
    "AuthorDtoFamilyType0",
    "AuthorDtoGivenType0",
    "AuthorDtoLiteralType0",
    "AuthorDtoOrcidType0",
    "BillingSettings",
    "BillingSettingsDto",
    "BiocompatibilityDto",
    "BiocompatibilityDtoContactCategory",
    "BiocompatibilityDtoModel",
    "BiocompatibilityDtoNotes",
    "BiocompatibilityDtoResult",
    "BiocompatibilityResult",
    "BiocompatibilityResultContactCategoryType1",
    "BiocompatibilityResultContactCategoryType2Type1",
    "BiocompatibilityResultContactCategoryType3Type1",
    "BiocompatibilityResultModel",
    "BiocompatibilityResultResult",
    "BookAddress",
    "Cart",
    "CartLine",
    "CartLinePackSize",
    "CartLinePriceTiersItem",
    "CartLineProblemsItem",
    "CartLineProblemsItemCode",
    "CartLineSupplier",
    "CatalogueListSort",
    "CheckoutConfirmation",
    "CheckoutDto",
    "CheckoutDtoPaymentMethod",
    "CheckoutOrderPreview",
    "CheckoutOrderPreviewLinesItem",
    "CheckoutOrderPreviewPaymentTerms",
    "CheckoutOrderPreviewPaymentTermsMethod",
    "CheckoutOrderPreviewSupplier",
    "CheckoutPreview",
    "CheckoutPreviewProblemsItem",
    "CheckoutPreviewProblemsItemCode",
    "CheckoutPreviewTotalsItem",
    "CitationsType1Item",
    "ClassRef",
    "CompositionEntry",
    "CompositionEntryBasis",
    "CompositionEntryDto",
    "CompositionEntryDtoBasis",
    "CompositionEntryFraction",
    "Concept",
    "ConceptAltLabels",
    "ConceptBodyDto",
    "ConceptBodyDtoAltLabels",
    "ConceptBodyDtoDefinition",
    "ConceptBodyDtoHiddenLabels",
    "ConceptBodyDtoPrefLabel",
    "ConceptDefinition",
    "ConceptHiddenLabels",
    "ConceptPage",
    "ConceptPrefLabel",
    "ConceptRef",
    "ConfirmCheckoutDto",
    "ConfirmCheckoutDtoPaymentMethod",
    "ContentChange",
    "ContentChangeKind",
    "ContentChangeSection",
    "CreateAddressDto",
    "CreateApiKeyDto",
    "CreateApiKeyDtoScopesItem",
    "CreateConceptDto",
    "CreateConceptDtoAltLabels",
    "CreateConceptDtoDefinition",
    "CreateConceptDtoHiddenLabels",
    "CreateConceptDtoPrefLabel",
    "CreateImportJobDto",
    "CreateMaterialDto",
    "CreateOrderDto",
    "CreateOrderDtoPaymentMethod",
    "CreateQuoteRequestDto",
    "CreateTermRequestDto",
    "CreateTermRequestDtoKind",
    "CreateTermRequestDtoLabelType",
    "CurationImportCsvDryRun",
    "CurationImportCsvMode",
    "CurationImportJsonDryRun",
    "CurationImportJsonMode",
    "CurationQueueSort",
    "CurationRecord",
    "CurationRecordAvailableActionsItem",
    "CurationRecordBlockedActionsItem",
    "CurationRecordBlockedActionsItemAction",
    "CurationRecordPage",
    "CurationRecordProposedByType0",
    "CurationRecordState",
    "DependencyCheck",
    "DependencyCheckStatus",
    "DriftReport",
    "DriftReportCounts",
    "DriftReportSamples",
    "EmailDto",
    "EvidenceProposalDto",
    "EvidenceQuoteDto",
    "EvidenceSummary",
    "EvidenceSummaryGroupsItem",
    "EvidenceSummaryGroupsItemItemsItem",
    "EvidenceSummaryGroupsItemType",
    "ExpectedTotalDto",
    "FacetValues",
    "FacetValuesValuesItem",
    "FieldError",
    "ImportColumnsItem",
    "ImportJsonDto",
    "ImportJsonDtoMaterialsItem",
    "Interpretation",
    "InterpretationRangeMode",
    "InterpretedPart",
    "InterpretedPartSource",
    "InviteDto",
    "InviteDtoRole",
    "JournalDto",
    "JournalDtoIsoAbbreviationType0",
    "JournalDtoIssnType0",
    "JsonPatchOperation",
    "JsonPatchOperationOp",
    "KeywordsDto",
    "LiteratureCiteFormat",
    "LiteratureImportDryRun",
    "LiteratureImportFormat",
    "LiteratureImportJob",
    "LiteratureImportJobPage",
    "LiteratureImportJobState",
    "LiteratureImportRecord",
    "LiteratureImportRecordPage",
    "LiteratureImportRecordStatus",
    "LiteratureImportReport",
    "LiteratureImportReportFormat",
    "LiteratureReference",
    "LiteratureReferenceDto",
    "LiteratureReferenceDtoContainer",
    "LiteratureReferenceDtoDoi",
    "LiteratureReferenceDtoIsbn",
    "LiteratureReferenceDtoIssue",
    "LiteratureReferenceDtoPages",
    "LiteratureReferenceDtoPmcid",
    "LiteratureReferenceDtoPmid",
    "LiteratureReferenceDtoPublicationId",
    "LiteratureReferenceDtoPublisher",
    "LiteratureReferenceDtoStandard",
    "LiteratureReferenceDtoTitle",
    "LiteratureReferenceDtoType",
    "LiteratureReferenceDtoUrl",
    "LiteratureReferenceDtoVolume",
    "LiteratureReferenceDtoYear",
    "LiteratureReferenceTypeType1",
    "LiteratureReferenceTypeType2Type1",
    "LiteratureReferenceTypeType3Type1",
    "LiteratureSearchAnswer",
    "LiteratureSearchAnswerFacetDistribution",
    "LiteratureSearchAnswerFacetDistributionAdditionalProperty",
    "LiteratureSearchAnswerFacetStats",
    "LiteratureSearchSearchFilter",
    "LiteratureSearchSearchRange",
    "LiteratureSearchSearchReviewed",
    "LiteratureSearchSearchSort",
    "LoginDto",
    "LookedUpReference",
    "LookedUpReferenceType",
    "LookupDto",
    "MarketplaceAttention",
    "MarketSummary",
    "MaterialCandidates",
    "MaterialCandidatesItemsItem",
    "MaterialCandidatesItemsItemMatch",
    "MaterialContent",
    "MaterialContentDto",
    "MaterialContentDtoCasNumber",
    "MaterialContentKeywords",
    "MaterialDetail",
    "MaterialDetailBiocompatibilityItem",
    "MaterialDetailBiocompatibilityItemContactCategoryType1",
    "MaterialDetailBiocompatibilityItemContactCategoryType2Type1",
    "MaterialDetailBiocompatibilityItemContactCategoryType3Type1",
    "MaterialDetailBiocompatibilityItemModel",
    "MaterialDetailBiocompatibilityItemResult",
    "MaterialDetailKeywords",
    "MaterialDetailRegulatoryItem",
    "MaterialDetailRegulatoryItemStatusType1",
    "MaterialDetailRegulatoryItemStatusType2Type1",
    "MaterialDetailRegulatoryItemStatusType3Type1",
    "MaterialImportReport",
    "MaterialImportReportMode",
    "MaterialImportReportRowsItem",
    "MaterialImportReportRowsItemStatus",
    "MaterialItem",
    "MaterialItemPage",
    "MaterialLiteratureCitePublicationsFormat",
    "MaterialLiteratureCiteVersionFormat",
    "Me",
    "MeIdentitiesItem",
    "MeRolesItem",
    "MeshHeading",
    "MeshHeadingQualifiersItem",
    "NewApiKey",
    "NewApiKeyScopesItem",
    "NewOrganizationDto",
    "NewOrganizationDtoKind",
    "NumericSummary",
    "Offer",
    "OfferAvailableActionsItem",
    "OfferContentDto",
    "OfferContentDtoGrade",
    "OfferGrade",
    "OfferPackSize",
    "OfferPage",
    "OffersMineState",
    "OfferState",
    "OfferSupplier",
    "OfferTransitionDto",
    "OfferTransitionDtoAction",
    "OidcProviderListItem",
    "Order",
    "OrderAvailableActionsItem",
    "OrderBuyerPartyType0",
    "OrderCancellationType0",
    "OrderCreditNoteType0",
    "OrderHistoryItem",
    "OrderHistoryItemFromType1",
    "OrderHistoryItemFromType2Type1",
    "OrderHistoryItemFromType3Type1",
    "OrderHistoryItemTo",
    "OrderInvoiceType0",
    "OrderLineDto",
    "OrderLinesItem",
    "OrderLinesItemPackSize",
    "OrderPage",
    "OrderPayment",
    "OrderPaymentMethod",
    "OrderPaymentStatus",
    "OrderShipmentType0",
    "OrderSideType1",
    "OrderSideType2Type1",
    "OrderSideType3Type1",
    "OrdersListSide",
    "OrderState",
    "OrderSupplierPartyType0",
    "OrderTransitionDto",
    "OrderTransitionDtoAction",
    "OrderVat",
    "OrderVatRule",
    "Organization",
    "OrganizationInvitationsItem",
    "OrganizationInvitationsItemRole",
    "OrganizationKind",
    "OrganizationMembersItem",
    "OrganizationMembersItemRole",
    "OrganizationPage",
    "OrganizationPayouts",
    "PackSizeDto",
    "PatchPublicationDto",
    "PatchPublicationDtoDoiType0",
    "PatchPublicationDtoIssueType0",
    "PatchPublicationDtoLanguageType0",
    "PatchPublicationDtoLicenceType0",
    "PatchPublicationDtoPagesType0",
    "PatchPublicationDtoPmcidType0",
    "PatchPublicationDtoPmidType0",
    "PatchPublicationDtoSummaryType0",
    "PatchPublicationDtoVolumeType0",
    "PatchPublicationDtoYearType0",
    "PayoutOnboarding",
    "Person",
    "PostalAddress",
    "PostalAddressDto",
    "PriceTier",
    "PriceTierDto",
    "Problem",
    "ProblemOrdersItem",
    "ProblemProblemsItem",
    "PropertyValue",
    "PropertyValueDto",
    "PropertyValueDtoConditions",
    "PropertyValueDtoMax",
    "PropertyValueDtoMethod",
    "PropertyValueDtoMin",
    "PropertyValueDtoValue",
    "PropertyValueNormalized",
    "PropertyView",
    "PropertyViewNormalized",
    "ProposeEditDto",
    "Publication",
    "PublicationAbstractType0",
    "PublicationAuthor",
    "PublicationHit",
    "PublicationHitFormatted",
    "PublicationHitMaterialsItem",
    "PublicationJournal",
    "PublicationLabel",
    "PublicationLabelSource",
    "PublicationMaterialsDto",
    "PublicationProvenance",
    "PublicationProvenanceFormat",
    "PublicationSummary",
    "PublicationSummaryPage",
    "Quantity",
    "QuantityDto",
    "QuantityDtoGroup",
    "QuantityDtoSearchField",
    "QuantityGroupType1",
    "QuantityGroupType2Type1",
    "QuantityGroupType3Type1",
    "QuantityMention",
    "QuantityMentionBound",
    "QuantityMentionField",
    "QuantityMentionNormalized",
    "QuantityMentionSentence",
    "QuoteActionDto",
    "QuoteActionDtoAction",
    "QuoteMessageDto",
    "QuoteOrderDto",
    "QuoteOrderDtoPaymentMethod",
    "QuoteRequest",
    "QuoteRequestAvailableActionsItem",
    "QuoteRequestCounterType0",
    "QuoteRequestHistoryItem",
    "QuoteRequestHistoryItemFromType1",
    "QuoteRequestHistoryItemFromType2Type1",
    "QuoteRequestHistoryItemFromType3Type1",
    "QuoteRequestHistoryItemTo",
    "QuoteRequestMessagesItem",
    "QuoteRequestMessagesItemSide",
    "QuoteRequestNames",
    "QuoteRequestNamesPeople",
    "QuoteRequestPage",
    "QuoteRequestQuoteType0",
    "QuoteRequestState",
    "QuotesListSide",
    "RangeDto",
    "RangeDtoMax",
    "RangeDtoMin",
    "RangeDtoValue",
    "RangeStats",
    "Readiness",
    "ReadinessChecks",
    "RefreshDto",
    "RegisterDto",
    "RegulatoryDto",
    "RegulatoryDtoDate",
    "RegulatoryDtoExampleDevice",
    "RegulatoryDtoHolder",
    "RegulatoryDtoIdentifier",
    "RegulatoryDtoReference",
    "RegulatoryDtoStatus",
    "RegulatoryEntry",
    "RegulatoryEntryStatusType1",
    "RegulatoryEntryStatusType2Type1",
    "RegulatoryEntryStatusType3Type1",
    "RejectTermRequestDto",
    "ResetPasswordDto",
    "RetirePublicationDto",
    "SaveDraftDto",
    "SchemeSummary",
    "SchemeSummaryTitle",
    "SearchAnswer",
    "SearchAnswerFacetDistribution",
    "SearchAnswerFacetDistributionAdditionalProperty",
    "SearchAnswerFacetStats",
    "SearchExport",
    "SearchExportExportFilter",
    "SearchExportExportFormat",
    "SearchExportExportInterpret",
    "SearchExportExportRange",
    "SearchExportExportRangeMode",
    "SearchExportField",
    "SearchExportItemsItem",
    "SearchExportItemsItemProperties",
    "SearchFacetValuesFilter",
    "SearchFacetValuesInterpret",
    "SearchFacetValuesRange",
    "SearchFacetValuesRangeMode",
    "SearchHit",
    "SearchHitFormatted",
    "SearchHitProperties",
    "SearchMaterialsFilter",
    "SearchMaterialsInterpret",
    "SearchMaterialsRange",
    "SearchMaterialsRangeMode",
    "SetFlagDto",
    "SetRolesDto",
    "SetRolesDtoRolesItem",
    "StripeWebhookReceipt",
    "StripeWebhookWebhookBody",
    "Suggestions",
    "SuggestionsConceptsItem",
    "SuggestionsMaterialsItem",
    "SuggestionsMaterialsItemFormatted",
    "Sustainability",
    "SustainabilityDto",
    "SustainabilityDtoCarbonFootprintKgCo2EPerKg",
    "SustainabilityDtoDisposal",
    "SustainabilityDtoOrigin",
    "SustainabilityDtoReference",
    "SustainabilityDtoReusability",
    "TermRequest",
    "TermRequestKind",
    "TermRequestLabelType",
    "TermRequestPage",
    "TermRequestStatus",
    "TokenDto",
    "TokenPair",
    "TokenPairTokenType",
    "TransitionDto",
    "TransitionDtoAction",
    "UpdateAddressDto",
    "UpdateCartLineDto",
    "UpdateMeDto",
    "UpdateMeDtoOrcidType0",
    "UpdateOfferDto",
    "UpdateOfferDtoGrade",
    "User",
    "UserIdentitiesItem",
    "UserPage",
    "UserRolesItem",
    "VersionDiff",
    "VersionSummary",
    "VocabularyExportFormat",
    "VocabularyImportDryRun",
    "VocabularyImportReport",
    "VocabularyImportReportItemsItem",
    "VocabularyImportReportItemsItemStatus",
    "VocabularyTermRequestListStatus",
)
