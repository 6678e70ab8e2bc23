import type { SettingsInput } from '../settings';

/** ISO weekday numbers (1 = Monday) and their names, as the schedule stores them. */
export const WEEKDAYS = [
  [1, 'Monday'],
  [2, 'Tuesday'],
  [3, 'Wednesday'],
  [4, 'Thursday'],
  [5, 'Friday'],
  [6, 'Saturday'],
  [7, 'Sunday'],
] as const;

const POLICY_FIELDS: Record<string, string> = {
  name: 'name',
  channel: 'channel',
  kind: 'kind of conversation',
  firstResponseMinutes: 'first response',
  nextResponseMinutes: 'next response',
  resolutionMinutes: 'resolution',
  atRiskShare: 'at risk from',
  timeZone: 'time zone',
  holidays: 'holidays',
  week: 'opening hours',
};

const PRIORITY_FIELDS: Record<string, string> = {
  followerTiers: 'follower tier',
  severityWords: 'severity word',
  negativePoints: 'points for negative sentiment',
  hotTopicPoints: 'points for a hot topic',
  vipPoints: 'points for a VIP',
  thresholds: 'threshold',
  shortenSla: 'shorter SLA',
  min: 'followers',
  points: 'points',
  word: 'word',
  share: 'share of the targets',
  upTo: 'priorities',
};

const FOLLOW_UP_FIELDS: Record<string, string> = {
  defaultWindowMinutes: 'promise with no time given',
  leadMinutes: 'reminder before due',
};

const LISTENING_FIELDS: Record<string, string> = {
  brands: 'brand names',
  handles: 'handles',
  products: 'products',
  keywords: 'keywords',
  exclusions: 'exclusions',
  questionThreshold: 'question threshold',
  complaintThreshold: 'complaint threshold',
  praiseThreshold: 'praise threshold',
  extraQuestionWords: 'question words',
  extraComplaintWords: 'complaint words',
  extraPraiseWords: 'praise words',
  brandHandles: 'handles',
};

const nameOr = (name: unknown, fallback: string) =>
  typeof name === 'string' && name.trim() ? `“${name.trim()}”` : fallback;

/**
 * Where a settings issue is, in words for the list of problems above a form:
 * ['slaPolicies', 0, 'firstResponseMinutes'] → 'SLA policy “Public posts”: first response'.
 */
export function placeOf(path: readonly PropertyKey[], settings: SettingsInput): string {
  const [section, index, ...rest] = path.map((p) => (typeof p === 'symbol' ? '' : String(p)));
  const i = Number(index);
  switch (section) {
    case 'agents':
      return 'Agents';
    case 'slaPolicies': {
      if (index === undefined) return 'SLA policies';
      const policy = nameOr(settings.slaPolicies?.[i]?.name, `#${i + 1}`);
      const field = rest.filter((p) => p !== 'schedule' && p !== 'hours');
      const [key, sub] = field;
      const what =
        key === 'week'
          ? `${WEEKDAYS.find(([n]) => String(n) === sub)?.[1] ?? 'opening'} hours`
          : key === 'holidays' && sub !== undefined
            ? `holiday ${Number(sub) + 1}`
            : POLICY_FIELDS[key ?? ''];
      return what ? `SLA policy ${policy}: ${what}` : `SLA policy ${policy}`;
    }
    case 'priority': {
      const [list, row, field] = [index, ...rest];
      const words = [PRIORITY_FIELDS[list ?? ''] ?? 'priority'];
      if (list === 'thresholds') words.push(row ?? '');
      else if (row !== undefined && /^\d+$/.test(row)) words.push(String(Number(row) + 1));
      if (field) words.push(`(${PRIORITY_FIELDS[field] ?? field})`);
      return `Priority: ${words.filter(Boolean).join(' ')}`;
    }
    case 'checklistTemplates': {
      if (index === undefined) return 'Checklist templates';
      const template = nameOr(settings.checklistTemplates?.[i]?.name, `#${i + 1}`);
      const [key, step] = rest;
      if (key === 'steps' && step !== undefined) {
        return `Checklist template ${template}: step ${Number(step) + 1}`;
      }
      return key ? `Checklist template ${template}: ${key}` : `Checklist template ${template}`;
    }
    case 'followUps':
      return `Follow-ups: ${FOLLOW_UP_FIELDS[index ?? ''] ?? 'settings'}`;
    case 'listening': {
      // ['listening', 'watchList', 'brands', 3]: the list, then the term.
      const [list, line] = rest;
      const what = LISTENING_FIELDS[list ?? ''] ?? 'settings';
      return line === undefined
        ? `Listening: ${what}`
        : `Listening: ${what}, term ${Number(line) + 1}`;
    }
    case 'routing': {
      // ['routing', 'rules', 0, 'conditions', 'keywords'] → 'Routing: rule 1 “VIP”: keywords'.
      const [list, row, ...field] = [index, ...rest];
      const routing = settings.routing;
      const item =
        list === 'rules'
          ? `rule ${Number(row) + 1} ${nameOr(routing?.rules?.[Number(row)]?.name, '')}`.trim()
          : list === 'groups'
            ? `group ${nameOr(routing?.groups?.[Number(row)]?.name, `#${Number(row) + 1}`)}`
            : list === 'default'
              ? 'default action'
              : 'rules';
      const detail = (list === 'default' ? [row, ...field] : field).filter(
        (p) => p && !/^\d+$/.test(p) && p !== 'conditions',
      );
      return `Routing: ${item}${detail.length ? `: ${detail.join(' ')}` : ''}`;
    }
    default:
      return 'Settings';
  }
}
