import { and, eq, inArray } from 'drizzle-orm';
import {
  Locale,
  SurveyKind,
  type SaveSurveyTemplateInput,
  type SurveySettings,
  type SurveyTemplate,
} from '@kontakt/contracts';
import { DEFAULT_LOW_SCORE } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import type { ServiceCtx } from '../../http/actor.ts';
import { badRequest } from '../../http/errors.ts';
import { queues } from '../tickets/index.ts';
import { surveyQueueSettings, surveySettings, surveyTemplates } from './surveys.table.ts';
import { defaultTexts, type SurveyTexts } from './survey-texts.ts';

type OrgSettings = Omit<SurveySettings, 'queues'>;

const DEFAULTS: OrgSettings = {
  csatEnabled: false,
  csatDelayMinutes: 60,
  resendWindowDays: 30,
  tokenTtlDays: 14,
  lowCsat: DEFAULT_LOW_SCORE.csat,
  lowNps: DEFAULT_LOW_SCORE.nps,
  lowCes: DEFAULT_LOW_SCORE.ces,
};

/** The organization's settings (defaults while none are stored). */
export async function orgSurveySettings(db: Db, organizationId: string): Promise<OrgSettings> {
  const [row] = await db
    .select()
    .from(surveySettings)
    .where(eq(surveySettings.organizationId, organizationId));
  if (!row) return DEFAULTS;
  const { organizationId: _o, updatedAt: _u, ...rest } = row;
  return rest;
}

/** Low-score thresholds by kind. */
export const thresholdsOf = (s: OrgSettings) => ({ csat: s.lowCsat, nps: s.lowNps, ces: s.lowCes });

/** Whether (and after how long) a solved ticket of this queue gets a CSAT e-mail. */
export async function csatPolicyFor(db: Db, organizationId: string, queueId: string) {
  const org = await orgSurveySettings(db, organizationId);
  const [q] = await db.select().from(surveyQueueSettings).where(eq(surveyQueueSettings.queueId, queueId));
  return {
    enabled: q ? q.csatEnabled : org.csatEnabled,
    delayMinutes: q ? q.csatDelayMinutes : org.csatDelayMinutes,
    org,
  };
}

export async function getSurveySettings(ctx: ServiceCtx): Promise<SurveySettings> {
  const org = ctx.actor.organizationId;
  const overrides = await ctx.db
    .select()
    .from(surveyQueueSettings)
    .where(eq(surveyQueueSettings.organizationId, org));
  return {
    ...(await orgSurveySettings(ctx.db, org)),
    queues: overrides.map((q) => ({
      queueId: q.queueId,
      csatEnabled: q.csatEnabled,
      csatDelayMinutes: q.csatDelayMinutes,
    })),
  };
}

/** Replaces the settings and the queue overrides, in one transaction. */
export async function saveSurveySettings(ctx: ServiceCtx, input: SurveySettings): Promise<SurveySettings> {
  const org = ctx.actor.organizationId;
  const queueIds = [...new Set(input.queues.map((q) => q.queueId))];
  if (queueIds.length !== input.queues.length) throw badRequest('A queue is listed twice.');
  await ctx.db.transaction(async (tx) => {
    if (queueIds.length) {
      const found = await tx
        .select({ id: queues.id })
        .from(queues)
        .where(and(eq(queues.organizationId, org), inArray(queues.id, queueIds)));
      if (found.length !== queueIds.length) throw badRequest('A queue does not exist.', { field: 'queues' });
    }
    const { queues: overrides, ...values } = input;
    await tx
      .insert(surveySettings)
      .values({ organizationId: org, ...values, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: surveySettings.organizationId, set: { ...values, updatedAt: ctx.now } });
    await tx.delete(surveyQueueSettings).where(eq(surveyQueueSettings.organizationId, org));
    if (overrides.length)
      await tx
        .insert(surveyQueueSettings)
        .values(overrides.map((q) => ({ ...q, organizationId: org, updatedAt: ctx.now })));
  });
  return getSurveySettings(ctx);
}

/** The texts used for a kind and language (stored, else built in). */
export async function textsFor(db: Db, organizationId: string, kind: SurveyKind, language: Locale) {
  const [row] = await db
    .select()
    .from(surveyTemplates)
    .where(
      and(
        eq(surveyTemplates.organizationId, organizationId),
        eq(surveyTemplates.kind, kind),
        eq(surveyTemplates.language, language),
      ),
    );
  return row ?? defaultTexts(kind, language);
}

const present = (kind: SurveyKind, language: Locale, t: SurveyTexts, custom: boolean): SurveyTemplate => ({
  kind,
  language,
  question: t.question,
  commentPrompt: t.commentPrompt,
  thankYou: t.thankYou,
  emailSubject: t.emailSubject,
  emailBody: t.emailBody,
  custom,
});

/** Every kind × language, stored or built in. */
export async function listSurveyTemplates(ctx: ServiceCtx): Promise<SurveyTemplate[]> {
  const rows = await ctx.db
    .select()
    .from(surveyTemplates)
    .where(eq(surveyTemplates.organizationId, ctx.actor.organizationId));
  return SurveyKind.options.flatMap((kind) =>
    Locale.options.map((language) => {
      const row = rows.find((r) => r.kind === kind && r.language === language);
      return present(kind, language, row ?? defaultTexts(kind, language), Boolean(row));
    }),
  );
}

export async function saveSurveyTemplate(
  ctx: ServiceCtx,
  kind: SurveyKind,
  language: Locale,
  input: SaveSurveyTemplateInput,
): Promise<SurveyTemplate> {
  const values = { ...input, updatedAt: ctx.now };
  await ctx.db
    .insert(surveyTemplates)
    .values({ organizationId: ctx.actor.organizationId, kind, language, ...values })
    .onConflictDoUpdate({
      target: [surveyTemplates.organizationId, surveyTemplates.kind, surveyTemplates.language],
      set: values,
    });
  return present(kind, language, input, true);
}

/** Back to the built-in texts. */
export async function resetSurveyTemplate(ctx: ServiceCtx, kind: SurveyKind, language: Locale) {
  await ctx.db
    .delete(surveyTemplates)
    .where(
      and(
        eq(surveyTemplates.organizationId, ctx.actor.organizationId),
        eq(surveyTemplates.kind, kind),
        eq(surveyTemplates.language, language),
      ),
    );
  return present(kind, language, defaultTexts(kind, language), false);
}
