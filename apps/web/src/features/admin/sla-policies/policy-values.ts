import type { FormErrors } from '@mantine/form';
import {
  Channel,
  CustomerFlag,
  Priority,
  SlaTargetName,
  TicketType,
  type CreateSlaPolicyInput,
  type SlaPolicy,
} from '@kontakt/contracts';
import type { TFunction } from 'i18next';

/** The admin list of SLA policies, in the order they are tried. */
export const SLA_POLICIES_KEY = ['sla-policies'] as const;

export const PRIORITIES = Priority.options;
export const TARGETS = SlaTargetName.options;
export const TYPES = TicketType.options;
export const CHANNELS = Channel.options;
export const FLAGS = CustomerFlag.options;

/** One cell of the targets grid (a priority × a target); empty hours and minutes: no promise. */
export interface TargetCell {
  priority: Priority;
  target: SlaTargetName;
  hours: number | string;
  minutes: number | string;
  businessHours: boolean;
}

export interface PolicyValues {
  name: string;
  active: boolean;
  queueIds: string[];
  priorities: string[];
  types: string[];
  channels: string[];
  customerFlags: string[];
  /** The customers' organizations (companies). */
  companyIds: string[];
  /** Every target × priority, in TARGETS then PRIORITIES order. */
  targets: TargetCell[];
  /** Per cent (5–99). */
  warningPercent: number | string;
  [key: string]: unknown;
}

/** Where a cell sits in `PolicyValues.targets`. */
export const cellIndex = (target: SlaTargetName, priority: Priority) =>
  TARGETS.indexOf(target) * PRIORITIES.length + PRIORITIES.indexOf(priority);

export function initialValues(policy?: SlaPolicy): PolicyValues {
  const targets = TARGETS.flatMap((target) =>
    PRIORITIES.map((priority): TargetCell => {
      const found = policy?.targets.find((x) => x.target === target && x.priority === priority);
      return {
        priority,
        target,
        hours: found ? Math.floor(found.minutes / 60) : '',
        minutes: found ? found.minutes % 60 : '',
        businessHours: found?.businessHours ?? true,
      };
    }),
  );
  return {
    name: policy?.name ?? '',
    active: policy?.active ?? true,
    queueIds: policy?.conditions.queueIds ?? [],
    priorities: policy?.conditions.priorities ?? [],
    types: policy?.conditions.types ?? [],
    channels: policy?.conditions.channels ?? [],
    customerFlags: policy?.conditions.customerFlags ?? [],
    companyIds: policy?.conditions.companyIds ?? [],
    targets,
    warningPercent: Math.round((policy?.warningShare ?? 0.8) * 100),
  };
}

const isFilled = (c: TargetCell) => c.hours !== '' || c.minutes !== '';
const num = (v: number | string) => (v === '' ? 0 : Number(v));

/** The request body: filled cells become targets, hours and minutes become minutes. */
export function toInput(values: PolicyValues): CreateSlaPolicyInput {
  return {
    name: values.name,
    active: values.active,
    conditions: {
      queueIds: values.queueIds,
      priorities: values.priorities as Priority[],
      types: values.types as TicketType[],
      channels: values.channels as Channel[],
      customerFlags: values.customerFlags as CustomerFlag[],
      companyIds: values.companyIds,
    },
    targets: values.targets.filter(isFilled).map((c) => ({
      priority: c.priority,
      target: c.target,
      minutes: num(c.hours) * 60 + num(c.minutes),
      businessHours: c.businessHours,
    })),
    warningShare: values.warningPercent === '' ? NaN : Number(values.warningPercent) / 100,
  };
}

/**
 * Errors of the request body placed on the form: `targets.N…` (N counts filled cells only) on
 * the Nth filled cell (as `cellMessage`), `conditions.x` on the condition's input, `warningShare`
 * on the percentage.
 */
export function placePolicyErrors(errors: FormErrors, values: PolicyValues, cellMessage: string): FormErrors {
  const filled = values.targets.flatMap((c, i) => (isFilled(c) ? [i] : []));
  const placed: FormErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const parts = key.split('.');
    let field = key;
    if (parts[0] === 'targets' && parts[1] !== undefined && filled[Number(parts[1])] !== undefined)
      field = `cell.${filled[Number(parts[1])]}`;
    else if (parts[0] === 'conditions' && parts[1]) field = parts[1];
    else if (parts[0] === 'warningShare') field = 'warningPercent';
    if (!(field in placed)) placed[field] = field.startsWith('cell.') ? cellMessage : message;
  }
  return placed;
}

/** Minutes as a target reads: "4 h", "1 h 30 min", "45 min". */
export function targetText(t: TFunction, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h && m) return t('admin.slaPolicies.duration.hm', { h, m });
  if (h) return t('admin.slaPolicies.duration.h', { count: h });
  return t('admin.slaPolicies.duration.m', { count: m });
}
