import { z } from 'zod';

/**
 * Stable error codes. The message in an error body is English for logs and integrators;
 * the web app translates by code.
 */
export const ErrorCode = z.enum([
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthenticated',
  'invalid_credentials',
  'totp_required',
  'totp_invalid',
  'account_locked',
  'account_disabled',
  'csrf_failed',
  'forbidden',
  'insufficient_scope',
  'not_found',
  'conflict',
  'email_taken',
  'invalid_token',
  'rate_limited',
  'internal_error',
  'unavailable',
  'invalid_status_transition',
  'invalid_custom_field',
  'ticket_merged',
  'ticket_closed',
  'required_to_solve',
  'attachment_too_large',
  'identity_taken',
  'invalid_email',
  'invalid_phone',
  'invalid_identity',
  'invalid_nip',
  'invalid_ico',
  'invalid_vat_id',
  'tax_id_taken',
  'merge_into_self',
  'customer_merged',
  'unknown_attribute',
  'invalid_attribute_value',
  'attribute_key_taken',
  'mailbox_address_taken',
  'dead_letter_not_retriable',
  'dkim_key_invalid',
  'unknown_placeholder',
  'invalid_placeholder',
  'shortcut_taken',
  'draft_conflict',
  'invalid_visitor_token',
  'chat_ended',
  'attachment_rejected',
  'offer_gone',
  'public_id_taken',
  'unknown_reference',
  'macro_action_failed',
  // Surveys.
  'survey_link_invalid',
  'survey_link_expired',
  'survey_not_found',
  'campaign_already_sent',
  // Catalogue and orders.
  'sku_taken',
  'unknown_product',
  'product_inactive',
  'order_not_editable',
  'invalid_signature',
  // Complaints and returns (statutory clocks).
  'regime_not_in_jurisdiction',
  'complaint_exists',
  'complaint_incomplete',
  'date_in_future',
  'delivery_before_purchase',
  'invalid_amount_precision',
  'currency_mismatch',
  'amount_exceeds_price',
  'not_a_consumer',
  'extension_not_allowed',
  'complaint_decided',
  'root_cause_required',
  'unknown_root_cause',
  'cause_code_taken',
  'complaint_not_decided',
  'no_refund_due',
  'return_exists',
  'invalid_shipment_transition',
  'no_recipient',
  // Quality reviews
  'unknown_criterion',
  'answers_incomplete',
  'scorecard_inactive',
  'scorecard_in_use',
  'no_agent',
  'already_reviewed',
  'review_not_open',
  'comment_required',
  // Junior review before sending
  'approval_decided',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The one error shape every failing request answers with. */
export const ErrorBody = z.object({
  error: z.object({
    /** Stable snake_case identifier, safe to switch on. */
    code: z.string(),
    /** A sentence a person understands (English). */
    message: z.string(),
    /** Structured detail, e.g. field issues or the wait time. */
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
