import type { ImportField } from '@/lib/customers/csv-import';
import { PLATFORMS } from '@/lib/db/constants';
import { PLATFORM_LABELS } from '../format';

/** Every field a column can be mapped to, in the order the mapping selects list them. */
export const IMPORT_FIELDS: { field: ImportField; label: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'firstName', label: 'First name' },
  { field: 'lastName', label: 'Last name' },
  { field: 'email', label: 'Email' },
  { field: 'phone', label: 'Phone' },
  { field: 'company', label: 'Company' },
  { field: 'owner', label: 'Owner' },
  { field: 'lifetimeValue', label: 'Lifetime value' },
  { field: 'currency', label: 'Currency' },
  { field: 'vip', label: 'VIP' },
  { field: 'segment', label: 'Segment' },
  { field: 'products', label: 'Products' },
  { field: 'crmId', label: 'CRM record id' },
  { field: 'crmSystem', label: 'CRM system' },
  { field: 'crmObjectType', label: 'CRM object type' },
  { field: 'crmUrl', label: 'CRM record link' },
  { field: 'notes', label: 'Notes' },
  ...PLATFORMS.map((platform) => ({
    field: `handle.${platform}` as const,
    label: `${PLATFORM_LABELS[platform]} handle`,
  })),
];
