import type { ReactNode } from 'react';
import {
  IconBrandMessenger,
  IconBrandTelegram,
  IconBrandWhatsapp,
  IconId,
  IconMail,
  IconMessageCircle,
  IconPhone,
} from '@tabler/icons-react';
import type { CustomerIdentity, IdentityKind } from '@kontakt/contracts';
import { formatPhone } from '@kontakt/domain';
import classes from './CustomerPanel.module.css';

const ICONS: Record<IdentityKind, typeof IconMail> = {
  email: IconMail,
  phone: IconPhone,
  visitor: IconMessageCircle,
  whatsapp: IconBrandWhatsapp,
  messenger: IconBrandMessenger,
  telegram: IconBrandTelegram,
  other: IconId,
};

/** An identity as a person reads it: phone numbers grouped in international format. */
export const identityText = (identity: Pick<CustomerIdentity, 'kind' | 'value'>) =>
  identity.kind === 'phone' ? formatPhone(identity.value) : identity.value;

export function IdentityIcon({ kind }: { kind: IdentityKind }) {
  const Icon = ICONS[kind];
  return <Icon size={13} stroke={1.6} aria-hidden />;
}

/** A customer's identities with an icon per kind; `action` adds a control to each (e.g. remove). */
export function IdentityList({
  identities,
  label,
  action,
}: {
  identities: CustomerIdentity[];
  label: string;
  action?: (identity: CustomerIdentity) => ReactNode;
}) {
  return (
    <ul className={classes.identities} aria-label={label}>
      {identities.map((identity) => (
        <li key={identity.id}>
          <IdentityIcon kind={identity.kind} />
          <span className={classes.value}>{identityText(identity)}</span>
          {action?.(identity)}
        </li>
      ))}
    </ul>
  );
}
