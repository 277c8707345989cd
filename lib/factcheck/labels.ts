// The fact-check categories and statuses, with the words the panel and a clearance report use. Kept apart from the
// workflow so the record checks (lib/records/validate.ts), which load with the panel, do not bring the workflow.

import type { FlagCategory, FlagStatus } from './types';

/** Categories in the order the panel offers them, with the words a clearance report uses. */
export const CATEGORY_LABELS: Record<FlagCategory, string> = {
  person: 'person',
  brand: 'business/brand/product',
  place: 'place/address',
  phone: 'phone number',
  plate: 'licence plate',
  web: 'website/e-mail',
  title: 'title of a work',
  quote: 'quotation/lyrics',
  number: 'date/number',
  fact: 'historical/technical fact',
  other: 'other',
};

export const FLAG_CATEGORIES = Object.keys(CATEGORY_LABELS) as FlagCategory[];

/** Statuses as the panel and the report print them. */
export const STATUS_LABELS: Record<FlagStatus, string> = {
  open: 'Open',
  researching: 'Researching',
  verified: 'Verified',
  cleared: 'Cleared',
  not_clear: 'Not clear (needs change)',
  dismissed: 'Dismissed',
};

export const FLAG_STATUSES = Object.keys(STATUS_LABELS) as FlagStatus[];
