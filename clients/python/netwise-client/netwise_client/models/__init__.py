""" Contains all the data models used in inputs/outputs """

from .advocacy_ambassador_public import AdvocacyAmbassadorPublic
from .advocacy_ambassador_update import AdvocacyAmbassadorUpdate
from .advocacy_conversation_create import AdvocacyConversationCreate
from .advocacy_conversation_public import AdvocacyConversationPublic
from .advocacy_conversation_status import AdvocacyConversationStatus
from .advocacy_conversation_update import AdvocacyConversationUpdate
from .advocacy_digest_channel import AdvocacyDigestChannel
from .advocacy_digest_item import AdvocacyDigestItem
from .advocacy_digest_item_share_links import AdvocacyDigestItemShareLinks
from .advocacy_digest_item_texts import AdvocacyDigestItemTexts
from .advocacy_digest_preview import AdvocacyDigestPreview
from .advocacy_digest_preview_chat import AdvocacyDigestPreviewChat
from .advocacy_digest_run_result import AdvocacyDigestRunResult
from .advocacy_eligibility import AdvocacyEligibility
from .advocacy_field_error import AdvocacyFieldError
from .advocacy_figures import AdvocacyFigures
from .advocacy_leaderboard import AdvocacyLeaderboard
from .advocacy_leaderboard_entry import AdvocacyLeaderboardEntry
from .advocacy_my_stats import AdvocacyMyStats
from .advocacy_network import AdvocacyNetwork
from .advocacy_network_account import AdvocacyNetworkAccount
from .advocacy_opt_in import AdvocacyOptIn
from .advocacy_page_conversation_public import AdvocacyPageConversationPublic
from .advocacy_page_post_public import AdvocacyPagePostPublic
from .advocacy_page_share_public import AdvocacyPageSharePublic
from .advocacy_page_topic_public import AdvocacyPageTopicPublic
from .advocacy_period import AdvocacyPeriod
from .advocacy_post_create import AdvocacyPostCreate
from .advocacy_post_public import AdvocacyPostPublic
from .advocacy_post_stats import AdvocacyPostStats
from .advocacy_post_stats_page import AdvocacyPostStatsPage
from .advocacy_post_status import AdvocacyPostStatus
from .advocacy_post_update import AdvocacyPostUpdate
from .advocacy_problem_detail import AdvocacyProblemDetail
from .advocacy_programme_public import AdvocacyProgrammePublic
from .advocacy_programme_update import AdvocacyProgrammeUpdate
from .advocacy_review_note import AdvocacyReviewNote
from .advocacy_share_create import AdvocacyShareCreate
from .advocacy_share_public import AdvocacySharePublic
from .advocacy_suppression import AdvocacySuppression
from .advocacy_topic_create import AdvocacyTopicCreate
from .advocacy_topic_hold import AdvocacyTopicHold
from .advocacy_topic_public import AdvocacyTopicPublic
from .advocacy_topic_stats import AdvocacyTopicStats
from .advocacy_topic_stats_page import AdvocacyTopicStatsPage
from .advocacy_topic_update import AdvocacyTopicUpdate
from .advocacy_variant import AdvocacyVariant
from .advocacy_weekday import AdvocacyWeekday
from .analytics_activity import AnalyticsActivity
from .analytics_ad_spend_create import AnalyticsAdSpendCreate
from .analytics_ad_spend_public import AnalyticsAdSpendPublic
from .analytics_bulk_created import AnalyticsBulkCreated
from .analytics_bulk_time_entries import AnalyticsBulkTimeEntries
from .analytics_cap_consent import AnalyticsCapConsent
from .analytics_cap_create import AnalyticsCapCreate
from .analytics_cap_public import AnalyticsCapPublic
from .analytics_cap_scope import AnalyticsCapScope
from .analytics_cap_status import AnalyticsCapStatus
from .analytics_cap_status_people_at_threshold import AnalyticsCapStatusPeopleAtThreshold
from .analytics_cap_update import AnalyticsCapUpdate
from .analytics_category import AnalyticsCategory
from .analytics_category_share import AnalyticsCategoryShare
from .analytics_channel import AnalyticsChannel
from .analytics_cost_per_result_report import AnalyticsCostPerResultReport
from .analytics_cost_per_result_row import AnalyticsCostPerResultRow
from .analytics_cost_rate_create import AnalyticsCostRateCreate
from .analytics_cost_rate_public import AnalyticsCostRatePublic
from .analytics_coverage_report import AnalyticsCoverageReport
from .analytics_field_error import AnalyticsFieldError
from .analytics_finding import AnalyticsFinding
from .analytics_finding_values import AnalyticsFindingValues
from .analytics_group_by import AnalyticsGroupBy
from .analytics_import_report import AnalyticsImportReport
from .analytics_investment_report import AnalyticsInvestmentReport
from .analytics_job_function import AnalyticsJobFunction
from .analytics_kpi_create import AnalyticsKpiCreate
from .analytics_kpi_create_formulas import AnalyticsKpiCreateFormulas
from .analytics_kpi_create_names import AnalyticsKpiCreateNames
from .analytics_kpi_kind import AnalyticsKpiKind
from .analytics_kpi_public import AnalyticsKpiPublic
from .analytics_kpi_unit import AnalyticsKpiUnit
from .analytics_kpi_value import AnalyticsKpiValue
from .analytics_kpi_values import AnalyticsKpiValues
from .analytics_linked_kpi import AnalyticsLinkedKpi
from .analytics_linked_period import AnalyticsLinkedPeriod
from .analytics_linked_report import AnalyticsLinkedReport
from .analytics_linked_report_period import AnalyticsLinkedReportPeriod
from .analytics_linked_totals import AnalyticsLinkedTotals
from .analytics_linked_unit import AnalyticsLinkedUnit
from .analytics_lock_create import AnalyticsLockCreate
from .analytics_lock_public import AnalyticsLockPublic
from .analytics_measurement_create import AnalyticsMeasurementCreate
from .analytics_measurement_public import AnalyticsMeasurementPublic
from .analytics_objective_create import AnalyticsObjectiveCreate
from .analytics_objective_public import AnalyticsObjectivePublic
from .analytics_objective_update import AnalyticsObjectiveUpdate
from .analytics_page_ad_spend_public import AnalyticsPageAdSpendPublic
from .analytics_page_cap_public import AnalyticsPageCapPublic
from .analytics_page_cost_rate_public import AnalyticsPageCostRatePublic
from .analytics_page_lock_public import AnalyticsPageLockPublic
from .analytics_page_measurement_public import AnalyticsPageMeasurementPublic
from .analytics_page_objective_public import AnalyticsPageObjectivePublic
from .analytics_page_study_public import AnalyticsPageStudyPublic
from .analytics_page_time_entry_public import AnalyticsPageTimeEntryPublic
from .analytics_page_use_case_public import AnalyticsPageUseCasePublic
from .analytics_period import AnalyticsPeriod
from .analytics_person_cap_status import AnalyticsPersonCapStatus
from .analytics_problem_detail import AnalyticsProblemDetail
from .analytics_rate_subject import AnalyticsRateSubject
from .analytics_reach_report import AnalyticsReachReport
from .analytics_report_mail_subscription import AnalyticsReportMailSubscription
from .analytics_report_row import AnalyticsReportRow
from .analytics_report_row_group import AnalyticsReportRowGroup
from .analytics_reports_advocacy_reach_format_type_0 import AnalyticsReportsAdvocacyReachFormatType0
from .analytics_reports_cost_per_result_format_type_0 import AnalyticsReportsCostPerResultFormatType0
from .analytics_reports_investment_report_format_type_0 import AnalyticsReportsInvestmentReportFormatType0
from .analytics_reports_leadership_report_format_type_0 import AnalyticsReportsLeadershipReportFormatType0
from .analytics_reports_leadership_report_period import AnalyticsReportsLeadershipReportPeriod
from .analytics_reports_linked_report_period import AnalyticsReportsLinkedReportPeriod
from .analytics_reports_time_use_report_format_type_0 import AnalyticsReportsTimeUseReportFormatType0
from .analytics_reports_training_coverage_format_type_0 import AnalyticsReportsTrainingCoverageFormatType0
from .analytics_settings_public import AnalyticsSettingsPublic
from .analytics_settings_public_activity_categories import AnalyticsSettingsPublicActivityCategories
from .analytics_settings_update import AnalyticsSettingsUpdate
from .analytics_settings_update_activity_categories import AnalyticsSettingsUpdateActivityCategories
from .analytics_source import AnalyticsSource
from .analytics_studies_study_report_format_type_0 import AnalyticsStudiesStudyReportFormatType0
from .analytics_study_create import AnalyticsStudyCreate
from .analytics_study_public import AnalyticsStudyPublic
from .analytics_study_report import AnalyticsStudyReport
from .analytics_study_row import AnalyticsStudyRow
from .analytics_study_update import AnalyticsStudyUpdate
from .analytics_suppression import AnalyticsSuppression
from .analytics_time_entry_create import AnalyticsTimeEntryCreate
from .analytics_time_entry_public import AnalyticsTimeEntryPublic
from .analytics_time_entry_update import AnalyticsTimeEntryUpdate
from .analytics_time_use_report import AnalyticsTimeUseReport
from .analytics_timer_public import AnalyticsTimerPublic
from .analytics_timer_start import AnalyticsTimerStart
from .analytics_unit_coverage import AnalyticsUnitCoverage
from .analytics_unit_reach import AnalyticsUnitReach
from .analytics_usage import AnalyticsUsage
from .analytics_use_case_create import AnalyticsUseCaseCreate
from .analytics_use_case_public import AnalyticsUseCasePublic
from .analytics_use_case_update import AnalyticsUseCaseUpdate
from .curriculum_acknowledgement_in import CurriculumAcknowledgementIn
from .curriculum_acknowledgement_public import CurriculumAcknowledgementPublic
from .curriculum_acknowledgement_report import CurriculumAcknowledgementReport
from .curriculum_answer import CurriculumAnswer
from .curriculum_assignment_create import CurriculumAssignmentCreate
from .curriculum_assignment_public import CurriculumAssignmentPublic
from .curriculum_assignment_source import CurriculumAssignmentSource
from .curriculum_assignment_status import CurriculumAssignmentStatus
from .curriculum_attempt_in import CurriculumAttemptIn
from .curriculum_attempt_public import CurriculumAttemptPublic
from .curriculum_certification_public import CurriculumCertificationPublic
from .curriculum_certification_spec import CurriculumCertificationSpec
from .curriculum_certification_status import CurriculumCertificationStatus
from .curriculum_competency_gap import CurriculumCompetencyGap
from .curriculum_content_status import CurriculumContentStatus
from .curriculum_enrolment_in import CurriculumEnrolmentIn
from .curriculum_external_completion_in import CurriculumExternalCompletionIn
from .curriculum_external_completion_result import CurriculumExternalCompletionResult
from .curriculum_field_error import CurriculumFieldError
from .curriculum_gap_grouping import CurriculumGapGrouping
from .curriculum_gap_report import CurriculumGapReport
from .curriculum_job_function import CurriculumJobFunction
from .curriculum_learning_item import CurriculumLearningItem
from .curriculum_module_completion_result import CurriculumModuleCompletionResult
from .curriculum_module_content import CurriculumModuleContent
from .curriculum_module_create import CurriculumModuleCreate
from .curriculum_module_create_content import CurriculumModuleCreateContent
from .curriculum_module_progress_public import CurriculumModuleProgressPublic
from .curriculum_module_public import CurriculumModulePublic
from .curriculum_module_public_content_type_0 import CurriculumModulePublicContentType0
from .curriculum_module_update import CurriculumModuleUpdate
from .curriculum_module_update_content import CurriculumModuleUpdateContent
from .curriculum_my_learning import CurriculumMyLearning
from .curriculum_next_step import CurriculumNextStep
from .curriculum_page_certification_public import CurriculumPageCertificationPublic
from .curriculum_page_module_public import CurriculumPageModulePublic
from .curriculum_page_platform_change_public import CurriculumPagePlatformChangePublic
from .curriculum_page_playbook_public import CurriculumPagePlaybookPublic
from .curriculum_page_policy_public import CurriculumPagePolicyPublic
from .curriculum_page_policy_version_public import CurriculumPagePolicyVersionPublic
from .curriculum_page_rule_public import CurriculumPageRulePublic
from .curriculum_page_track_public import CurriculumPageTrackPublic
from .curriculum_person_progress import CurriculumPersonProgress
from .curriculum_phase import CurriculumPhase
from .curriculum_platform import CurriculumPlatform
from .curriculum_platform_change_in import CurriculumPlatformChangeIn
from .curriculum_platform_change_public import CurriculumPlatformChangePublic
from .curriculum_playbook_create import CurriculumPlaybookCreate
from .curriculum_playbook_public import CurriculumPlaybookPublic
from .curriculum_playbook_review import CurriculumPlaybookReview
from .curriculum_playbook_status import CurriculumPlaybookStatus
from .curriculum_playbook_update import CurriculumPlaybookUpdate
from .curriculum_policy_content import CurriculumPolicyContent
from .curriculum_policy_create import CurriculumPolicyCreate
from .curriculum_policy_create_content import CurriculumPolicyCreateContent
from .curriculum_policy_public import CurriculumPolicyPublic
from .curriculum_policy_version_create import CurriculumPolicyVersionCreate
from .curriculum_policy_version_create_content import CurriculumPolicyVersionCreateContent
from .curriculum_policy_version_public import CurriculumPolicyVersionPublic
from .curriculum_problem_detail import CurriculumProblemDetail
from .curriculum_question_kind import CurriculumQuestionKind
from .curriculum_quiz_for_editors import CurriculumQuizForEditors
from .curriculum_quiz_for_learners import CurriculumQuizForLearners
from .curriculum_quiz_in import CurriculumQuizIn
from .curriculum_quiz_option import CurriculumQuizOption
from .curriculum_quiz_option_for_learners import CurriculumQuizOptionForLearners
from .curriculum_quiz_option_text import CurriculumQuizOptionText
from .curriculum_quiz_question import CurriculumQuizQuestion
from .curriculum_quiz_question_for_learners import CurriculumQuizQuestionForLearners
from .curriculum_quiz_question_text import CurriculumQuizQuestionText
from .curriculum_rating import CurriculumRating
from .curriculum_review_decision import CurriculumReviewDecision
from .curriculum_rule_create import CurriculumRuleCreate
from .curriculum_rule_public import CurriculumRulePublic
from .curriculum_self_assessment_in import CurriculumSelfAssessmentIn
from .curriculum_self_assessment_in_ratings import CurriculumSelfAssessmentInRatings
from .curriculum_self_assessment_public import CurriculumSelfAssessmentPublic
from .curriculum_track_completion_public import CurriculumTrackCompletionPublic
from .curriculum_track_content import CurriculumTrackContent
from .curriculum_track_create import CurriculumTrackCreate
from .curriculum_track_create_content import CurriculumTrackCreateContent
from .curriculum_track_public import CurriculumTrackPublic
from .curriculum_track_update import CurriculumTrackUpdate
from .curriculum_track_update_content import CurriculumTrackUpdateContent
from .curriculum_unit_acknowledgement import CurriculumUnitAcknowledgement
from .curriculum_version_change import CurriculumVersionChange
from .curriculum_view import CurriculumView
from .field_error import FieldError
from .health_healthz_response_health_healthz import HealthHealthzResponseHealthHealthz
from .health_readyz_response_health_readyz import HealthReadyzResponseHealthReadyz
from .identity_body_oauth_token import IdentityBodyOauthToken
from .identity_body_sign_in_revoke_token import IdentityBodySignInRevokeToken
from .identity_client_create import IdentityClientCreate
from .identity_client_created import IdentityClientCreated
from .identity_client_public import IdentityClientPublic
from .identity_field_error import IdentityFieldError
from .identity_identify_by import IdentityIdentifyBy
from .identity_identity_provider_public import IdentityIdentityProviderPublic
from .identity_identity_provider_public_group_roles import IdentityIdentityProviderPublicGroupRoles
from .identity_identity_provider_public_group_units import IdentityIdentityProviderPublicGroupUnits
from .identity_identity_provider_set import IdentityIdentityProviderSet
from .identity_identity_provider_set_group_roles import IdentityIdentityProviderSetGroupRoles
from .identity_identity_provider_set_group_units import IdentityIdentityProviderSetGroupUnits
from .identity_import_report import IdentityImportReport
from .identity_job_function import IdentityJobFunction
from .identity_jwk_set import IdentityJWKSet
from .identity_jwk_set_keys_item import IdentityJWKSetKeysItem
from .identity_o_auth_error import IdentityOAuthError
from .identity_org_unit_create import IdentityOrgUnitCreate
from .identity_org_unit_public import IdentityOrgUnitPublic
from .identity_org_unit_update import IdentityOrgUnitUpdate
from .identity_organisation_public import IdentityOrganisationPublic
from .identity_organisation_update import IdentityOrganisationUpdate
from .identity_organisation_update_currency import IdentityOrganisationUpdateCurrency
from .identity_page_client_public import IdentityPageClientPublic
from .identity_page_org_unit_public import IdentityPageOrgUnitPublic
from .identity_page_person_public import IdentityPagePersonPublic
from .identity_person_create import IdentityPersonCreate
from .identity_person_public import IdentityPersonPublic
from .identity_person_status import IdentityPersonStatus
from .identity_person_update import IdentityPersonUpdate
from .identity_problem_detail import IdentityProblemDetail
from .identity_role import IdentityRole
from .identity_roles_update import IdentityRolesUpdate
from .identity_scope import IdentityScope
from .identity_sign_in_metadata_response_sign_in_metadata import IdentitySignInMetadataResponseSignInMetadata
from .identity_sign_in_tokens import IdentitySignInTokens
from .identity_token_response import IdentityTokenResponse
from .problem_detail import ProblemDetail
from .webhooks_attempt_public import WebhooksAttemptPublic
from .webhooks_client_status import WebhooksClientStatus
from .webhooks_delivery_detail import WebhooksDeliveryDetail
from .webhooks_delivery_detail_payload import WebhooksDeliveryDetailPayload
from .webhooks_delivery_detail_status import WebhooksDeliveryDetailStatus
from .webhooks_delivery_public import WebhooksDeliveryPublic
from .webhooks_delivery_public_status import WebhooksDeliveryPublicStatus
from .webhooks_endpoint_create import WebhooksEndpointCreate
from .webhooks_endpoint_created import WebhooksEndpointCreated
from .webhooks_endpoint_created_status import WebhooksEndpointCreatedStatus
from .webhooks_endpoint_public import WebhooksEndpointPublic
from .webhooks_endpoint_public_status import WebhooksEndpointPublicStatus
from .webhooks_endpoint_update import WebhooksEndpointUpdate
from .webhooks_endpoint_update_status import WebhooksEndpointUpdateStatus
from .webhooks_endpoints_list_deliveries_status_type_0 import WebhooksEndpointsListDeliveriesStatusType0
from .webhooks_event_type_public import WebhooksEventTypePublic
from .webhooks_event_type_public_data_schema import WebhooksEventTypePublicDataSchema
from .webhooks_field_error import WebhooksFieldError
from .webhooks_job_function import WebhooksJobFunction
from .webhooks_netwise_advocacy_ambassador_enrolled_payload import WebhooksNetwiseAdvocacyAmbassadorEnrolledPayload
from .webhooks_netwise_advocacy_ambassador_enrolled_payload_ambassador_enrolled import WebhooksNetwiseAdvocacyAmbassadorEnrolledPayloadAmbassadorEnrolled
from .webhooks_netwise_advocacy_ambassador_left_payload import WebhooksNetwiseAdvocacyAmbassadorLeftPayload
from .webhooks_netwise_advocacy_ambassador_left_payload_ambassador_left import WebhooksNetwiseAdvocacyAmbassadorLeftPayloadAmbassadorLeft
from .webhooks_netwise_advocacy_click_counted_payload import WebhooksNetwiseAdvocacyClickCountedPayload
from .webhooks_netwise_advocacy_click_counted_payload_click_counted import WebhooksNetwiseAdvocacyClickCountedPayloadClickCounted
from .webhooks_netwise_advocacy_conversation_flagged_payload import WebhooksNetwiseAdvocacyConversationFlaggedPayload
from .webhooks_netwise_advocacy_conversation_flagged_payload_conversation_flagged import WebhooksNetwiseAdvocacyConversationFlaggedPayloadConversationFlagged
from .webhooks_netwise_advocacy_post_published_payload import WebhooksNetwiseAdvocacyPostPublishedPayload
from .webhooks_netwise_advocacy_post_published_payload_post_published import WebhooksNetwiseAdvocacyPostPublishedPayloadPostPublished
from .webhooks_netwise_advocacy_programme_updated_payload import WebhooksNetwiseAdvocacyProgrammeUpdatedPayload
from .webhooks_netwise_advocacy_programme_updated_payload_programme_updated import WebhooksNetwiseAdvocacyProgrammeUpdatedPayloadProgrammeUpdated
from .webhooks_netwise_advocacy_share_created_payload import WebhooksNetwiseAdvocacyShareCreatedPayload
from .webhooks_netwise_advocacy_share_created_payload_share_created import WebhooksNetwiseAdvocacyShareCreatedPayloadShareCreated
from .webhooks_netwise_analytics_cap_threshold_crossed_payload import WebhooksNetwiseAnalyticsCapThresholdCrossedPayload
from .webhooks_netwise_analytics_cap_threshold_crossed_payload_cap_threshold_crossed import WebhooksNetwiseAnalyticsCapThresholdCrossedPayloadCapThresholdCrossed
from .webhooks_netwise_analytics_study_closed_payload import WebhooksNetwiseAnalyticsStudyClosedPayload
from .webhooks_netwise_analytics_study_closed_payload_study_closed import WebhooksNetwiseAnalyticsStudyClosedPayloadStudyClosed
from .webhooks_netwise_curriculum_assignment_created_payload import WebhooksNetwiseCurriculumAssignmentCreatedPayload
from .webhooks_netwise_curriculum_assignment_created_payload_assignment_created import WebhooksNetwiseCurriculumAssignmentCreatedPayloadAssignmentCreated
from .webhooks_netwise_curriculum_certification_expired_payload import WebhooksNetwiseCurriculumCertificationExpiredPayload
from .webhooks_netwise_curriculum_certification_expired_payload_certification_expired import WebhooksNetwiseCurriculumCertificationExpiredPayloadCertificationExpired
from .webhooks_netwise_curriculum_certification_issued_payload import WebhooksNetwiseCurriculumCertificationIssuedPayload
from .webhooks_netwise_curriculum_certification_issued_payload_certification_issued import WebhooksNetwiseCurriculumCertificationIssuedPayloadCertificationIssued
from .webhooks_netwise_curriculum_module_completed_payload import WebhooksNetwiseCurriculumModuleCompletedPayload
from .webhooks_netwise_curriculum_module_completed_payload_module_completed import WebhooksNetwiseCurriculumModuleCompletedPayloadModuleCompleted
from .webhooks_netwise_curriculum_policy_acknowledged_payload import WebhooksNetwiseCurriculumPolicyAcknowledgedPayload
from .webhooks_netwise_curriculum_policy_acknowledged_payload_policy_acknowledged import WebhooksNetwiseCurriculumPolicyAcknowledgedPayloadPolicyAcknowledged
from .webhooks_netwise_curriculum_policy_published_payload import WebhooksNetwiseCurriculumPolicyPublishedPayload
from .webhooks_netwise_curriculum_policy_published_payload_policy_published import WebhooksNetwiseCurriculumPolicyPublishedPayloadPolicyPublished
from .webhooks_netwise_curriculum_track_completed_payload import WebhooksNetwiseCurriculumTrackCompletedPayload
from .webhooks_netwise_curriculum_track_completed_payload_track_completed import WebhooksNetwiseCurriculumTrackCompletedPayloadTrackCompleted
from .webhooks_netwise_identity_client_created_payload import WebhooksNetwiseIdentityClientCreatedPayload
from .webhooks_netwise_identity_client_created_payload_client_changed import WebhooksNetwiseIdentityClientCreatedPayloadClientChanged
from .webhooks_netwise_identity_client_revoked_payload import WebhooksNetwiseIdentityClientRevokedPayload
from .webhooks_netwise_identity_client_revoked_payload_client_changed import WebhooksNetwiseIdentityClientRevokedPayloadClientChanged
from .webhooks_netwise_identity_org_unit_created_payload import WebhooksNetwiseIdentityOrgUnitCreatedPayload
from .webhooks_netwise_identity_org_unit_created_payload_org_unit_public import WebhooksNetwiseIdentityOrgUnitCreatedPayloadOrgUnitPublic
from .webhooks_netwise_identity_org_unit_deleted_payload import WebhooksNetwiseIdentityOrgUnitDeletedPayload
from .webhooks_netwise_identity_org_unit_deleted_payload_org_unit_public import WebhooksNetwiseIdentityOrgUnitDeletedPayloadOrgUnitPublic
from .webhooks_netwise_identity_org_unit_updated_payload import WebhooksNetwiseIdentityOrgUnitUpdatedPayload
from .webhooks_netwise_identity_org_unit_updated_payload_org_unit_public import WebhooksNetwiseIdentityOrgUnitUpdatedPayloadOrgUnitPublic
from .webhooks_netwise_identity_organisation_created_payload import WebhooksNetwiseIdentityOrganisationCreatedPayload
from .webhooks_netwise_identity_organisation_created_payload_organisation_public import WebhooksNetwiseIdentityOrganisationCreatedPayloadOrganisationPublic
from .webhooks_netwise_identity_organisation_updated_payload import WebhooksNetwiseIdentityOrganisationUpdatedPayload
from .webhooks_netwise_identity_organisation_updated_payload_organisation_public import WebhooksNetwiseIdentityOrganisationUpdatedPayloadOrganisationPublic
from .webhooks_netwise_identity_person_created_payload import WebhooksNetwiseIdentityPersonCreatedPayload
from .webhooks_netwise_identity_person_created_payload_person_public import WebhooksNetwiseIdentityPersonCreatedPayloadPersonPublic
from .webhooks_netwise_identity_person_deactivated_payload import WebhooksNetwiseIdentityPersonDeactivatedPayload
from .webhooks_netwise_identity_person_deactivated_payload_person_public import WebhooksNetwiseIdentityPersonDeactivatedPayloadPersonPublic
from .webhooks_netwise_identity_person_updated_payload import WebhooksNetwiseIdentityPersonUpdatedPayload
from .webhooks_netwise_identity_person_updated_payload_person_public import WebhooksNetwiseIdentityPersonUpdatedPayloadPersonPublic
from .webhooks_netwise_webhooks_endpoint_disabled_payload import WebhooksNetwiseWebhooksEndpointDisabledPayload
from .webhooks_netwise_webhooks_endpoint_disabled_payload_endpoint_disabled import WebhooksNetwiseWebhooksEndpointDisabledPayloadEndpointDisabled
from .webhooks_network import WebhooksNetwork
from .webhooks_page_delivery_public import WebhooksPageDeliveryPublic
from .webhooks_page_endpoint_public import WebhooksPageEndpointPublic
from .webhooks_person_status import WebhooksPersonStatus
from .webhooks_problem_detail import WebhooksProblemDetail
from .webhooks_role import WebhooksRole
from .webhooks_scope import WebhooksScope
from .webhooks_secret_rotated import WebhooksSecretRotated
from .webhooks_secret_rotation import WebhooksSecretRotation

__all__ = (
    "AdvocacyAmbassadorPublic",
    "AdvocacyAmbassadorUpdate",
    "AdvocacyConversationCreate",
    "AdvocacyConversationPublic",
    "AdvocacyConversationStatus",
    "AdvocacyConversationUpdate",
    "AdvocacyDigestChannel",
    "AdvocacyDigestItem",
    "AdvocacyDigestItemShareLinks",
    "AdvocacyDigestItemTexts",
    "AdvocacyDigestPreview",
    "AdvocacyDigestPreviewChat",
    "AdvocacyDigestRunResult",
    "AdvocacyEligibility",
    "AdvocacyFieldError",
    "AdvocacyFigures",
    "AdvocacyLeaderboard",
    "AdvocacyLeaderboardEntry",
    "AdvocacyMyStats",
    "AdvocacyNetwork",
    "AdvocacyNetworkAccount",
    "AdvocacyOptIn",
    "AdvocacyPageConversationPublic",
    "AdvocacyPagePostPublic",
    "AdvocacyPageSharePublic",
    "AdvocacyPageTopicPublic",
    "AdvocacyPeriod",
    "AdvocacyPostCreate",
    "AdvocacyPostPublic",
    "AdvocacyPostStats",
    "AdvocacyPostStatsPage",
    "AdvocacyPostStatus",
    "AdvocacyPostUpdate",
    "AdvocacyProblemDetail",
    "AdvocacyProgrammePublic",
    "AdvocacyProgrammeUpdate",
    "AdvocacyReviewNote",
    "AdvocacyShareCreate",
    "AdvocacySharePublic",
    "AdvocacySuppression",
    "AdvocacyTopicCreate",
    "AdvocacyTopicHold",
    "AdvocacyTopicPublic",
    "AdvocacyTopicStats",
    "AdvocacyTopicStatsPage",
    "AdvocacyTopicUpdate",
    "AdvocacyVariant",
    "AdvocacyWeekday",
    "AnalyticsActivity",
    "AnalyticsAdSpendCreate",
    "AnalyticsAdSpendPublic",
    "AnalyticsBulkCreated",
    "AnalyticsBulkTimeEntries",
    "AnalyticsCapConsent",
    "AnalyticsCapCreate",
    "AnalyticsCapPublic",
    "AnalyticsCapScope",
    "AnalyticsCapStatus",
    "AnalyticsCapStatusPeopleAtThreshold",
    "AnalyticsCapUpdate",
    "AnalyticsCategory",
    "AnalyticsCategoryShare",
    "AnalyticsChannel",
    "AnalyticsCostPerResultReport",
    "AnalyticsCostPerResultRow",
    "AnalyticsCostRateCreate",
    "AnalyticsCostRatePublic",
    "AnalyticsCoverageReport",
    "AnalyticsFieldError",
    "AnalyticsFinding",
    "AnalyticsFindingValues",
    "AnalyticsGroupBy",
    "AnalyticsImportReport",
    "AnalyticsInvestmentReport",
    "AnalyticsJobFunction",
    "AnalyticsKpiCreate",
    "AnalyticsKpiCreateFormulas",
    "AnalyticsKpiCreateNames",
    "AnalyticsKpiKind",
    "AnalyticsKpiPublic",
    "AnalyticsKpiUnit",
    "AnalyticsKpiValue",
    "AnalyticsKpiValues",
    "AnalyticsLinkedKpi",
    "AnalyticsLinkedPeriod",
    "AnalyticsLinkedReport",
    "AnalyticsLinkedReportPeriod",
    "AnalyticsLinkedTotals",
    "AnalyticsLinkedUnit",
    "AnalyticsLockCreate",
    "AnalyticsLockPublic",
    "AnalyticsMeasurementCreate",
    "AnalyticsMeasurementPublic",
    "AnalyticsObjectiveCreate",
    "AnalyticsObjectivePublic",
    "AnalyticsObjectiveUpdate",
    "AnalyticsPageAdSpendPublic",
    "AnalyticsPageCapPublic",
    "AnalyticsPageCostRatePublic",
    "AnalyticsPageLockPublic",
    "AnalyticsPageMeasurementPublic",
    "AnalyticsPageObjectivePublic",
    "AnalyticsPageStudyPublic",
    "AnalyticsPageTimeEntryPublic",
    "AnalyticsPageUseCasePublic",
    "AnalyticsPeriod",
    "AnalyticsPersonCapStatus",
    "AnalyticsProblemDetail",
    "AnalyticsRateSubject",
    "AnalyticsReachReport",
    "AnalyticsReportMailSubscription",
    "AnalyticsReportRow",
    "AnalyticsReportRowGroup",
    "AnalyticsReportsAdvocacyReachFormatType0",
    "AnalyticsReportsCostPerResultFormatType0",
    "AnalyticsReportsInvestmentReportFormatType0",
    "AnalyticsReportsLeadershipReportFormatType0",
    "AnalyticsReportsLeadershipReportPeriod",
    "AnalyticsReportsLinkedReportPeriod",
    "AnalyticsReportsTimeUseReportFormatType0",
    "AnalyticsReportsTrainingCoverageFormatType0",
    "AnalyticsSettingsPublic",
    "AnalyticsSettingsPublicActivityCategories",
    "AnalyticsSettingsUpdate",
    "AnalyticsSettingsUpdateActivityCategories",
    "AnalyticsSource",
    "AnalyticsStudiesStudyReportFormatType0",
    "AnalyticsStudyCreate",
    "AnalyticsStudyPublic",
    "AnalyticsStudyReport",
    "AnalyticsStudyRow",
    "AnalyticsStudyUpdate",
    "AnalyticsSuppression",
    "AnalyticsTimeEntryCreate",
    "AnalyticsTimeEntryPublic",
    "AnalyticsTimeEntryUpdate",
    "AnalyticsTimerPublic",
    "AnalyticsTimerStart",
    "AnalyticsTimeUseReport",
    "AnalyticsUnitCoverage",
    "AnalyticsUnitReach",
    "AnalyticsUsage",
    "AnalyticsUseCaseCreate",
    "AnalyticsUseCasePublic",
    "AnalyticsUseCaseUpdate",
    "CurriculumAcknowledgementIn",
    "CurriculumAcknowledgementPublic",
    "CurriculumAcknowledgementReport",
    "CurriculumAnswer",
    "CurriculumAssignmentCreate",
    "CurriculumAssignmentPublic",
    "CurriculumAssignmentSource",
    "CurriculumAssignmentStatus",
    "CurriculumAttemptIn",
    "CurriculumAttemptPublic",
    "CurriculumCertificationPublic",
    "CurriculumCertificationSpec",
    "CurriculumCertificationStatus",
    "CurriculumCompetencyGap",
    "CurriculumContentStatus",
    "CurriculumEnrolmentIn",
    "CurriculumExternalCompletionIn",
    "CurriculumExternalCompletionResult",
    "CurriculumFieldError",
    "CurriculumGapGrouping",
    "CurriculumGapReport",
    "CurriculumJobFunction",
    "CurriculumLearningItem",
    "CurriculumModuleCompletionResult",
    "CurriculumModuleContent",
    "CurriculumModuleCreate",
    "CurriculumModuleCreateContent",
    "CurriculumModuleProgressPublic",
    "CurriculumModulePublic",
    "CurriculumModulePublicContentType0",
    "CurriculumModuleUpdate",
    "CurriculumModuleUpdateContent",
    "CurriculumMyLearning",
    "CurriculumNextStep",
    "CurriculumPageCertificationPublic",
    "CurriculumPageModulePublic",
    "CurriculumPagePlatformChangePublic",
    "CurriculumPagePlaybookPublic",
    "CurriculumPagePolicyPublic",
    "CurriculumPagePolicyVersionPublic",
    "CurriculumPageRulePublic",
    "CurriculumPageTrackPublic",
    "CurriculumPersonProgress",
    "CurriculumPhase",
    "CurriculumPlatform",
    "CurriculumPlatformChangeIn",
    "CurriculumPlatformChangePublic",
    "CurriculumPlaybookCreate",
    "CurriculumPlaybookPublic",
    "CurriculumPlaybookReview",
    "CurriculumPlaybookStatus",
    "CurriculumPlaybookUpdate",
    "CurriculumPolicyContent",
    "CurriculumPolicyCreate",
    "CurriculumPolicyCreateContent",
    "CurriculumPolicyPublic",
    "CurriculumPolicyVersionCreate",
    "CurriculumPolicyVersionCreateContent",
    "CurriculumPolicyVersionPublic",
    "CurriculumProblemDetail",
    "CurriculumQuestionKind",
    "CurriculumQuizForEditors",
    "CurriculumQuizForLearners",
    "CurriculumQuizIn",
    "CurriculumQuizOption",
    "CurriculumQuizOptionForLearners",
    "CurriculumQuizOptionText",
    "CurriculumQuizQuestion",
    "CurriculumQuizQuestionForLearners",
    "CurriculumQuizQuestionText",
    "CurriculumRating",
    "CurriculumReviewDecision",
    "CurriculumRuleCreate",
    "CurriculumRulePublic",
    "CurriculumSelfAssessmentIn",
    "CurriculumSelfAssessmentInRatings",
    "CurriculumSelfAssessmentPublic",
    "CurriculumTrackCompletionPublic",
    "CurriculumTrackContent",
    "CurriculumTrackCreate",
    "CurriculumTrackCreateContent",
    "CurriculumTrackPublic",
    "CurriculumTrackUpdate",
    "CurriculumTrackUpdateContent",
    "CurriculumUnitAcknowledgement",
    "CurriculumVersionChange",
    "CurriculumView",
    "FieldError",
    "HealthHealthzResponseHealthHealthz",
    "HealthReadyzResponseHealthReadyz",
    "IdentityBodyOauthToken",
    "IdentityBodySignInRevokeToken",
    "IdentityClientCreate",
    "IdentityClientCreated",
    "IdentityClientPublic",
    "IdentityFieldError",
    "IdentityIdentifyBy",
    "IdentityIdentityProviderPublic",
    "IdentityIdentityProviderPublicGroupRoles",
    "IdentityIdentityProviderPublicGroupUnits",
    "IdentityIdentityProviderSet",
    "IdentityIdentityProviderSetGroupRoles",
    "IdentityIdentityProviderSetGroupUnits",
    "IdentityImportReport",
    "IdentityJobFunction",
    "IdentityJWKSet",
    "IdentityJWKSetKeysItem",
    "IdentityOAuthError",
    "IdentityOrganisationPublic",
    "IdentityOrganisationUpdate",
    "IdentityOrganisationUpdateCurrency",
    "IdentityOrgUnitCreate",
    "IdentityOrgUnitPublic",
    "IdentityOrgUnitUpdate",
    "IdentityPageClientPublic",
    "IdentityPageOrgUnitPublic",
    "IdentityPagePersonPublic",
    "IdentityPersonCreate",
    "IdentityPersonPublic",
    "IdentityPersonStatus",
    "IdentityPersonUpdate",
    "IdentityProblemDetail",
    "IdentityRole",
    "IdentityRolesUpdate",
    "IdentityScope",
    "IdentitySignInMetadataResponseSignInMetadata",
    "IdentitySignInTokens",
    "IdentityTokenResponse",
    "ProblemDetail",
    "WebhooksAttemptPublic",
    "WebhooksClientStatus",
    "WebhooksDeliveryDetail",
    "WebhooksDeliveryDetailPayload",
    "WebhooksDeliveryDetailStatus",
    "WebhooksDeliveryPublic",
    "WebhooksDeliveryPublicStatus",
    "WebhooksEndpointCreate",
    "WebhooksEndpointCreated",
    "WebhooksEndpointCreatedStatus",
    "WebhooksEndpointPublic",
    "WebhooksEndpointPublicStatus",
    "WebhooksEndpointsListDeliveriesStatusType0",
    "WebhooksEndpointUpdate",
    "WebhooksEndpointUpdateStatus",
    "WebhooksEventTypePublic",
    "WebhooksEventTypePublicDataSchema",
    "WebhooksFieldError",
    "WebhooksJobFunction",
    "WebhooksNetwiseAdvocacyAmbassadorEnrolledPayload",
    "WebhooksNetwiseAdvocacyAmbassadorEnrolledPayloadAmbassadorEnrolled",
    "WebhooksNetwiseAdvocacyAmbassadorLeftPayload",
    "WebhooksNetwiseAdvocacyAmbassadorLeftPayloadAmbassadorLeft",
    "WebhooksNetwiseAdvocacyClickCountedPayload",
    "WebhooksNetwiseAdvocacyClickCountedPayloadClickCounted",
    "WebhooksNetwiseAdvocacyConversationFlaggedPayload",
    "WebhooksNetwiseAdvocacyConversationFlaggedPayloadConversationFlagged",
    "WebhooksNetwiseAdvocacyPostPublishedPayload",
    "WebhooksNetwiseAdvocacyPostPublishedPayloadPostPublished",
    "WebhooksNetwiseAdvocacyProgrammeUpdatedPayload",
    "WebhooksNetwiseAdvocacyProgrammeUpdatedPayloadProgrammeUpdated",
    "WebhooksNetwiseAdvocacyShareCreatedPayload",
    "WebhooksNetwiseAdvocacyShareCreatedPayloadShareCreated",
    "WebhooksNetwiseAnalyticsCapThresholdCrossedPayload",
    "WebhooksNetwiseAnalyticsCapThresholdCrossedPayloadCapThresholdCrossed",
    "WebhooksNetwiseAnalyticsStudyClosedPayload",
    "WebhooksNetwiseAnalyticsStudyClosedPayloadStudyClosed",
    "WebhooksNetwiseCurriculumAssignmentCreatedPayload",
    "WebhooksNetwiseCurriculumAssignmentCreatedPayloadAssignmentCreated",
    "WebhooksNetwiseCurriculumCertificationExpiredPayload",
    "WebhooksNetwiseCurriculumCertificationExpiredPayloadCertificationExpired",
    "WebhooksNetwiseCurriculumCertificationIssuedPayload",
    "WebhooksNetwiseCurriculumCertificationIssuedPayloadCertificationIssued",
    "WebhooksNetwiseCurriculumModuleCompletedPayload",
    "WebhooksNetwiseCurriculumModuleCompletedPayloadModuleCompleted",
    "WebhooksNetwiseCurriculumPolicyAcknowledgedPayload",
    "WebhooksNetwiseCurriculumPolicyAcknowledgedPayloadPolicyAcknowledged",
    "WebhooksNetwiseCurriculumPolicyPublishedPayload",
    "WebhooksNetwiseCurriculumPolicyPublishedPayloadPolicyPublished",
    "WebhooksNetwiseCurriculumTrackCompletedPayload",
    "WebhooksNetwiseCurriculumTrackCompletedPayloadTrackCompleted",
    "WebhooksNetwiseIdentityClientCreatedPayload",
    "WebhooksNetwiseIdentityClientCreatedPayloadClientChanged",
    "WebhooksNetwiseIdentityClientRevokedPayload",
    "WebhooksNetwiseIdentityClientRevokedPayloadClientChanged",
    "WebhooksNetwiseIdentityOrganisationCreatedPayload",
    "WebhooksNetwiseIdentityOrganisationCreatedPayloadOrganisationPublic",
    "WebhooksNetwiseIdentityOrganisationUpdatedPayload",
    "WebhooksNetwiseIdentityOrganisationUpdatedPayloadOrganisationPublic",
    "WebhooksNetwiseIdentityOrgUnitCreatedPayload",
    "WebhooksNetwiseIdentityOrgUnitCreatedPayloadOrgUnitPublic",
    "WebhooksNetwiseIdentityOrgUnitDeletedPayload",
    "WebhooksNetwiseIdentityOrgUnitDeletedPayloadOrgUnitPublic",
    "WebhooksNetwiseIdentityOrgUnitUpdatedPayload",
    "WebhooksNetwiseIdentityOrgUnitUpdatedPayloadOrgUnitPublic",
    "WebhooksNetwiseIdentityPersonCreatedPayload",
    "WebhooksNetwiseIdentityPersonCreatedPayloadPersonPublic",
    "WebhooksNetwiseIdentityPersonDeactivatedPayload",
    "WebhooksNetwiseIdentityPersonDeactivatedPayloadPersonPublic",
    "WebhooksNetwiseIdentityPersonUpdatedPayload",
    "WebhooksNetwiseIdentityPersonUpdatedPayloadPersonPublic",
    "WebhooksNetwiseWebhooksEndpointDisabledPayload",
    "WebhooksNetwiseWebhooksEndpointDisabledPayloadEndpointDisabled",
    "WebhooksNetwork",
    "WebhooksPageDeliveryPublic",
    "WebhooksPageEndpointPublic",
    "WebhooksPersonStatus",
    "WebhooksProblemDetail",
    "WebhooksRole",
    "WebhooksScope",
    "WebhooksSecretRotated",
    "WebhooksSecretRotation",
)
