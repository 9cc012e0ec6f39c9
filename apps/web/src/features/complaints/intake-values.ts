import type { z } from 'zod';
import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { CreateComplaintInput, type Locale } from '@kontakt/contracts';
import { complaintIssues, type ComplaintIssue } from '@kontakt/domain';
import { issuesToErrors, type IssueLike } from '../admin/shared/zod-form.ts';
import { zonedLocalToIso } from '../admin/calendars/zoned-format.ts';

/** The intake form's values: the contract's shape, with text where the agent types. */
export interface IntakeValues {
  jurisdiction: string;
  regime: string;
  /** A datetime-local value on the organization's wall clock. */
  receivedAt: string;
  channel: string;
  consumer: { name: string; email: string; phone: string; address: string; kind: string };
  product: { name: string; model: string; serialNumber: string; sku: string };
  orderNumber: string;
  purchaseDate: string;
  deliveryDate: string;
  price: { amount: string; currency: string };
  proofOfPurchase: string;
  description: string;
  noticedOn: string;
  demand: { kind: string; amount: string };
  condition: string;
  refundAccount: string;
  answerChannel: string;
  language: string;
  extended: boolean;
}

/** A fresh form: received now, by phone, answer by e-mail in the customer's language. */
export function emptyIntake(receivedAt: string, language: Locale): IntakeValues {
  return {
    jurisdiction: '',
    regime: '',
    receivedAt,
    channel: 'phone',
    consumer: { name: '', email: '', phone: '', address: '', kind: 'consumer' },
    product: { name: '', model: '', serialNumber: '', sku: '' },
    orderNumber: '',
    purchaseDate: '',
    deliveryDate: '',
    price: { amount: '', currency: 'PLN' },
    proofOfPurchase: '',
    description: '',
    noticedOn: '',
    demand: { kind: '', amount: '' },
    condition: '',
    refundAccount: '',
    answerChannel: 'email',
    language,
    extended: false,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The request body the form sends (an unparsable receipt time stays text, so the contract refuses it). */
export function toIntakeInput(v: IntakeValues, timeZone: string): z.input<typeof CreateComplaintInput> {
  const currency = v.price.currency as 'PLN';
  return {
    jurisdiction: v.jurisdiction as 'PL',
    regime: v.regime as 'pl_consumer',
    receivedAt: zonedLocalToIso(timeZone, v.receivedAt) ?? v.receivedAt,
    channel: v.channel as 'phone',
    consumer: {
      name: v.consumer.name,
      email: orNull(v.consumer.email),
      phone: orNull(v.consumer.phone),
      address: orNull(v.consumer.address),
      kind: v.consumer.kind as 'consumer',
    },
    product: {
      name: v.product.name,
      model: orNull(v.product.model),
      serialNumber: orNull(v.product.serialNumber),
      sku: orNull(v.product.sku),
    },
    orderNumber: orNull(v.orderNumber),
    purchaseDate: orNull(v.purchaseDate),
    deliveryDate: orNull(v.deliveryDate),
    price: orNull(v.price.amount) ? { amount: v.price.amount.trim(), currency } : null,
    proofOfPurchase: orNull(v.proofOfPurchase),
    description: v.description,
    noticedOn: orNull(v.noticedOn),
    demand: {
      kind: v.demand.kind as 'repair',
      amount: orNull(v.demand.amount) ? { amount: v.demand.amount.trim(), currency } : null,
    },
    condition: orNull(v.condition),
    refundAccount: orNull(v.refundAccount),
    answerChannel: v.answerChannel as 'email',
    language: v.language as Locale,
    extended: v.extended,
  };
}

/** Keys of the sentences for what the law requires, by the field the rule names. */
const INCOMPLETE: Record<string, string> = {
  consumer: 'complaints.intake.contactRequired',
  'consumer.email': 'complaints.intake.emailRequired',
  'consumer.address': 'complaints.intake.addressRequired',
  'demand.amount': 'complaints.intake.amountRequired',
};

/** The form field a rule's issue is shown at (a missing CZ contact: at the e-mail). */
const formField = (field: string) => (field === 'consumer' ? 'consumer.email' : field);

/** Rule issues (the same checks the server makes) as form errors in the reader's language. */
export function ruleIssuesToErrors(t: TFunction, issues: readonly ComplaintIssue[]): FormErrors {
  const tr = t as unknown as (key: string) => string;
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = formField(issue.field);
    if (field in errors) continue;
    const key = issue.code === 'complaint_incomplete' ? INCOMPLETE[issue.field] : undefined;
    errors[field] = tr(key ?? `errors.${issue.code}`);
  }
  return errors;
}

const valueAt = (values: IntakeValues, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | null)?.[key], values);

/**
 * Checks the form as the server will: the contract first, then the rules of DOMAIN.md §1
 * (e.g. the CZ confirmation's contact, an answer channel without its address).
 */
export function validateIntake(t: TFunction, timeZone: string, now: () => number = Date.now) {
  return (values: IntakeValues): FormErrors => {
    const parsed = CreateComplaintInput.safeParse(toIntakeInput(values, timeZone));
    if (!parsed.success) {
      // An unchosen option or empty date is "required", not "invalid".
      const issues = (parsed.error.issues as IssueLike[]).map((issue) =>
        valueAt(values, issue.path) === '' ? { ...issue, code: 'invalid_type' } : issue,
      );
      return issuesToErrors(t, issues);
    }
    return ruleIssuesToErrors(t, complaintIssues(parsed.data, now()));
  };
}
