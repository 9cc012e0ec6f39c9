import { eq } from 'drizzle-orm';
import type { CreateCompanyInput, UpdateCompanyInput } from '@kontakt/contracts';
import { normalizeIco, normalizeNip, normalizeVatId } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getCompany } from './companies.repo.ts';
import { presentCompany } from './customers.presenter.ts';
import { companies } from './customers.table.ts';

type TaxIds = Pick<UpdateCompanyInput, 'nip' | 'ico' | 'vatId'>;

const TAX_IDS = {
  nip: {
    normalize: normalizeNip,
    code: 'invalid_nip',
    message: 'This NIP is not valid (10 digits with a correct check digit).',
  },
  ico: {
    normalize: normalizeIco,
    code: 'invalid_ico',
    message: 'This IČO is not valid (8 digits with a correct check digit).',
  },
  vatId: {
    normalize: normalizeVatId,
    code: 'invalid_vat_id',
    message: 'A VAT id is a two-letter country code and the number, e.g. PL5260250274.',
  },
} as const;

/** Canonical tax ids of the fields sent; 400 `invalid_nip` / `invalid_ico` / `invalid_vat_id`. */
function normalizeTaxIds(input: TaxIds): TaxIds {
  const out: TaxIds = {};
  for (const field of ['nip', 'ico', 'vatId'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    const rule = TAX_IDS[field];
    const normalized = value === null ? null : rule.normalize(value);
    if (value !== null && !normalized) throw new AppError(400, rule.code, rule.message);
    out[field] = normalized;
  }
  return out;
}

function rethrowTaxIdTaken(err: unknown): never {
  if (isUniqueViolation(err, 'companies_nip_key') || isUniqueViolation(err, 'companies_ico_key')) {
    throw new AppError(409, 'tax_id_taken', 'A company with this NIP or IČO already exists.');
  }
  throw err;
}

export async function createCompany(ctx: ServiceCtx, input: CreateCompanyInput) {
  const org = ctx.actor.organizationId;
  const ids = normalizeTaxIds(input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(companies)
        .values({
          id: newId(),
          organizationId: org,
          name: input.name,
          nip: ids.nip ?? null,
          ico: ids.ico ?? null,
          vatId: ids.vatId ?? null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning();
      await recordAudit(tx, {
        organizationId: org,
        actor: ctx.actor,
        action: 'company.created',
        subjectType: 'company',
        subjectId: row!.id,
        meta: ctx.meta,
        at: ctx.now,
      });
      return presentCompany(row!);
    });
  } catch (err) {
    rethrowTaxIdTaken(err);
  }
}

export async function updateCompany(ctx: ServiceCtx, id: string, input: UpdateCompanyInput) {
  const org = ctx.actor.organizationId;
  await getCompany(ctx.db, org, id);
  const fields = { ...(input.name !== undefined ? { name: input.name } : {}), ...normalizeTaxIds(input) };
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(companies)
        .set({ ...fields, updatedAt: ctx.now })
        .where(eq(companies.id, id))
        .returning();
      const details = { changed: Object.keys(input) };
      await recordAudit(tx, {
        organizationId: org,
        actor: ctx.actor,
        action: 'company.updated',
        subjectType: 'company',
        subjectId: id,
        meta: ctx.meta,
        details,
        at: ctx.now,
      });
      return presentCompany(row!);
    });
  } catch (err) {
    rethrowTaxIdTaken(err);
  }
}
