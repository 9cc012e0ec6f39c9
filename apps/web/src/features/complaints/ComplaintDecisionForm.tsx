import { SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AnswerChannel, ComplaintDecisionInput, RemedyKind, type Complaint } from '@kontakt/contracts';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { zodValidate } from '../admin/shared/zod-form.ts';
import { useQuery } from '@tanstack/react-query';
import {
  causeKeys,
  decideTicketComplaint,
  listComplaintCauses,
  listRejectionTemplates,
  templateKeys,
} from './complaints-api.ts';
import { causeSelectData } from './cause-options.ts';
import { FormFooter, useServerErrorPlacement } from './form-parts.tsx';
import { useComplaintChange } from './use-complaint-change.ts';

interface DecisionValues {
  outcome: 'accepted' | 'rejected';
  reasons: string;
  remedy: string;
  amount: string;
  carriedOutOn: string;
  answerChannel: string;
  rootCauseCode: string;
}

/** Amount errors the server reports by code, shown at the amount field. */
const CODE_FIELDS = {
  invalid_amount_precision: 'amount',
  currency_mismatch: 'amount',
  amount_exceeds_price: 'amount',
  date_in_future: 'carriedOutOn',
};

/** Accept or reject the complaint, with reasons, remedy and root-cause code. */
export function ComplaintDecisionForm({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const tr = t as unknown as (key: string) => string;
  const currency = complaint.price?.currency ?? (complaint.jurisdiction === 'CZ' ? 'CZK' : 'PLN');
  const toInput = (v: DecisionValues): z.input<typeof ComplaintDecisionInput> => ({
    version: complaint.version,
    outcome: v.outcome,
    reasons: v.reasons,
    remedy: v.outcome === 'accepted' && v.remedy ? (v.remedy as 'repair') : null,
    amount: v.outcome === 'accepted' && v.amount.trim() ? { amount: v.amount.trim(), currency } : null,
    carriedOutOn: v.outcome === 'accepted' && v.carriedOutOn ? v.carriedOutOn : null,
    answerChannel: v.answerChannel as 'email',
    rootCauseCode: v.rootCauseCode || null,
  });
  const contract = zodValidate<DecisionValues>(ComplaintDecisionInput, t, toInput);
  const form = useForm<DecisionValues>({
    initialValues: {
      outcome: 'accepted',
      reasons: '',
      remedy: complaint.demand.kind,
      amount: complaint.demand.amount?.amount ?? '',
      carriedOutOn: '',
      answerChannel: complaint.answerChannel,
      rootCauseCode: '',
    },
    validate: (values) => {
      const errors = contract(values);
      if (values.outcome === 'rejected' && !values.reasons.trim())
        errors.reasons = t('complaints.decision.reasonsRequired');
      if (values.rootCauseCode.trim() && errors.rootCauseCode)
        errors.rootCauseCode = t('complaints.decision.rootCauseInvalid');
      return errors;
    },
  });
  const failure = useServerErrorPlacement(form.setErrors, CODE_FIELDS);
  const decide = useComplaintChange(complaint.ticketId, (v: DecisionValues) =>
    decideTicketComplaint(complaint.ticketId, toInput(v)),
  );
  const accepted = form.values.outcome === 'accepted';
  const causes = useQuery({ queryKey: causeKeys.all, queryFn: listComplaintCauses });
  const templates = useQuery({ queryKey: templateKeys.all, queryFn: listRejectionTemplates });
  const causeOptions = causeSelectData(causes.data ?? []);
  const templateOptions = (templates.data ?? [])
    .filter((x) => x.active && x.language === complaint.language)
    .map((x) => ({ value: x.id, label: x.name }));
  const f = (key: keyof DecisionValues) => ({ key: form.key(key), ...form.getInputProps(key) });

  return (
    <form
      noValidate
      aria-label={t('complaints.decision.title')}
      onSubmit={form.onSubmit((values) => {
        failure.clear();
        decide.mutate(values, { onError: failure.place });
      })}
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('complaints.decision.title')}
        </Text>
        <SegmentedControl
          aria-label={t('complaints.decision.outcome')}
          data={[
            { value: 'accepted', label: t('complaints.decision.accepted') },
            { value: 'rejected', label: t('complaints.decision.rejected') },
          ]}
          {...f('outcome')}
        />
        {!accepted && templateOptions.length > 0 && (
          <Select
            label={t('complaints.templates.pick')}
            data={templateOptions}
            value={null}
            onChange={(id) => {
              const tpl = templates.data?.find((x) => x.id === id);
              if (tpl) form.setFieldValue('reasons', tpl.body);
            }}
          />
        )}
        <Textarea
          label={t('complaints.decision.reasons')}
          required={!accepted}
          autosize
          minRows={2}
          {...f('reasons')}
        />
        {accepted && (
          <SimpleGrid cols={2} spacing="xs">
            <Select
              label={t('complaints.decision.remedy')}
              data={RemedyKind.options.map((r) => ({ value: r, label: tr(`complaints.remedy.${r}`) }))}
              {...f('remedy')}
            />
            <TextInput
              label={t('complaints.decision.amount', { currency })}
              inputMode="decimal"
              {...f('amount')}
            />
            <TextInput type="date" label={t('complaints.decision.carriedOutOn')} {...f('carriedOutOn')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={2} spacing="xs">
          <Select
            label={t('complaints.fields.answerChannel')}
            required
            data={AnswerChannel.options.map((c) => ({
              value: c,
              label: tr(`complaints.answerChannel.${c}`),
            }))}
            {...f('answerChannel')}
          />
          <Select
            label={t('complaints.decision.rootCause')}
            description={t('complaints.causes.optionalHint')}
            data={causeOptions}
            searchable
            clearable
            {...f('rootCauseCode')}
          />
        </SimpleGrid>
        <FormFooter
          error={failure.formError}
          pending={decide.isPending}
          submitLabel={t('complaints.decision.save')}
          size="xs"
        />
      </Stack>
    </form>
  );
}
