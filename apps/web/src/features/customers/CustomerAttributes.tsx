import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Customer, CustomerAttributeDefinition } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { listCustomerAttributes } from '../../api/customers.ts';
import { qk } from '../../api/query-keys.ts';
import type { TicketField } from '../../api/types.ts';
import { CustomFieldInput } from '../ticket/CustomFieldInput.tsx';
import type { useCustomerUpdate } from './use-customer-update.ts';
import classes from './Customers.module.css';

type Save = ReturnType<typeof useCustomerUpdate>['save'];

/** An attribute definition in the shape the field inputs understand (a boolean is a checkbox). */
function asField(d: CustomerAttributeDefinition): TicketField {
  return {
    id: d.id,
    key: d.key,
    label: d.label,
    type: d.type === 'boolean' ? 'checkbox' : d.type,
    options: d.options,
    requiredToSolve: false,
    active: true,
    position: 0,
  };
}

/** The organization's customer attributes; choices save at once, typed values when left. */
export function CustomerAttributes({
  customer,
  save,
  disabled,
}: {
  customer: Customer;
  save: Save;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { data: definitions = [] } = useQuery({
    queryKey: qk.customerAttributes,
    queryFn: listCustomerAttributes,
    staleTime: 10 * 60_000,
  });
  if (definitions.length === 0) return null;
  return (
    <section aria-labelledby="customer-attributes" className={classes.card}>
      <h2 id="customer-attributes" className={classes.cardHeading}>
        {t('customers.attributes')}
      </h2>
      <Stack gap={6}>
        {definitions.map((d) => (
          <CustomFieldInput
            key={d.id}
            field={asField(d)}
            value={customer.attributes[d.key] ?? null}
            disabled={disabled}
            onSave={(value) =>
              save({ attributes: { [d.key]: Array.isArray(value) ? value.join(', ') : value } })
            }
          />
        ))}
      </Stack>
    </section>
  );
}
