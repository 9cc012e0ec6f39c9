import type { AutomationAction, CreateMacroInput } from '@kontakt/contracts';
import { parseTemplate } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../http/errors.ts';
import { prepareVariants, type StoredVariant } from '../canned-replies/index.ts';
import { missingReferences } from '../automation/index.ts';

/** Texts of note and notification actions are templates too: checked like the reply. */
function assertActionTemplates(actions: readonly AutomationAction[]) {
  actions.forEach((a, i) => {
    if (a.type !== 'add_note' && a.type !== 'notify') return;
    const parsed = parseTemplate(a.text);
    if (parsed.ok) return;
    const first = parsed.problems[0]!;
    throw new AppError(
      400,
      first.code === 'unknown_placeholder' ? 'unknown_placeholder' : 'invalid_placeholder',
      `"${first.placeholder}" is not a placeholder Kontakt knows (action ${i + 1}).`,
      { field: `actions.${i}.text`, placeholder: first.placeholder, reason: first.code },
    );
  });
}

/**
 * Checks a macro before it is saved: every queue, agent, team, canned reply or field its actions
 * name exists in the organization (400 `unknown_reference`), and every placeholder of its reply
 * and texts is known (400 `unknown_placeholder` / `invalid_placeholder`). Returns the reply as stored.
 */
export async function prepareMacro(
  db: Db,
  organizationId: string,
  input: { actions?: AutomationAction[] | undefined; reply?: CreateMacroInput['reply'] | undefined },
): Promise<{ reply?: { variants: StoredVariant[] } | null }> {
  if (input.actions) {
    const missing = await missingReferences(db, organizationId, input.actions);
    if (missing.length) {
      const [m] = missing as [(typeof missing)[number]];
      throw new AppError(
        400,
        'unknown_reference',
        `The ${m.kind.replace('_', ' ')} ${m.ref} does not exist.`,
        {
          field: m.path.join('.'),
          missing,
        },
      );
    }
    assertActionTemplates(input.actions);
  }
  if (input.reply === undefined) return {};
  if (input.reply === null) return { reply: null };
  try {
    return { reply: { variants: prepareVariants(input.reply.variants) } };
  } catch (err) {
    // The canned-reply check names `variants.N.body`; here they sit under `reply`.
    if (err instanceof AppError && err.details && typeof err.details === 'object')
      throw new AppError(err.statusCode, err.code, err.message, {
        ...err.details,
        field: `reply.${(err.details as { field?: string }).field ?? 'variants'}`,
      });
    throw err;
  }
}
