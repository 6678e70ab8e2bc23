/**
 * Every site's demo descriptor (test/e2e/sites/<site>.ts): the site end-to-end tests and
 * the benchmark run over this list. X has its own long-standing tests and bench figures.
 */
import type { SiteDemo } from './types';
import { demo as facebook } from './facebook';
import { demo as instagram } from './instagram';
import { demo as linkedin } from './linkedin';
import { demo as reddit } from './reddit';
import { demo as trustpilot } from './trustpilot';
import { demo as youtube } from './youtube';

export const SITE_DEMOS: readonly SiteDemo[] = [
  facebook,
  instagram,
  linkedin,
  reddit,
  trustpilot,
  youtube,
];
