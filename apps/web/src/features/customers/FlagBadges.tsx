import { Badge, Group, type MantineSize } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconStar } from '@tabler/icons-react';
import type { CustomerFlag } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';

/** Flags must catch the eye before anyone answers; colour and icon say how serious. */
const FLAG_STYLE: Record<CustomerFlag, { color: string; icon: typeof IconStar }> = {
  vip: { color: 'indigo', icon: IconStar },
  vulnerable: { color: 'orange', icon: IconAlertTriangle },
  legal_hold: { color: 'red', icon: IconLock },
};

/** The customer's flags as badges (nothing when there are none). */
export function FlagBadges({ flags, size = 'sm' }: { flags: CustomerFlag[]; size?: MantineSize }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Group
      gap={4}
      component="ul"
      aria-label={t('customers.field.flags')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {flags.map((flag) => {
        const { color, icon: Icon } = FLAG_STYLE[flag];
        return (
          <li key={flag}>
            <Badge
              size={size}
              variant="light"
              color={color}
              leftSection={<Icon size={12} stroke={1.8} aria-hidden />}
            >
              {t(`customer.flags.${flag}`)}
            </Badge>
          </li>
        );
      })}
    </Group>
  );
}
