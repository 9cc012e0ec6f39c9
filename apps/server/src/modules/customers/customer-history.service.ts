import type { CustomerEvent } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { recordAudit } from '../audit/index.ts';
import { eventActorNames, listCustomerEvents } from './customer-history.repo.ts';
import { mergePartnerId, presentCustomerEvent } from './customer-history.presenter.ts';
import { customerLabels, getCustomer } from './customers.repo.ts';

/**
 * One page of a customer's history, newest first. The id is taken as it is: a customer merged
 * into another keeps its own history (ending with `customer.merged_into`). Reading it is access to
 * personal data (old values of rectified fields), recorded like viewing the customer.
 */
export async function viewCustomerHistory(
  ctx: ServiceCtx,
  customerId: string,
  q: { limit: number; cursor?: string | undefined },
): Promise<{ items: CustomerEvent[]; nextCursor: string | null }> {
  const org = ctx.actor.organizationId;
  await getCustomer(ctx.db, org, customerId);
  const page = await listCustomerEvents(ctx.db, org, customerId, q);
  const partners = page.items.map(mergePartnerId).filter((id): id is string => id !== null);
  const [names, labels] = await Promise.all([
    eventActorNames(ctx.db, org, page.items),
    customerLabels(ctx.db, org, partners),
  ]);
  await recordAudit(ctx.db, {
    organizationId: org,
    actor: ctx.actor,
    action: 'customer.viewed',
    subjectType: 'customer',
    subjectId: customerId,
    meta: ctx.meta,
    details: { view: 'history' },
    at: ctx.now,
  });
  return {
    items: page.items.map((row) => presentCustomerEvent(row, names, labels)),
    nextCursor: page.nextCursor,
  };
}
