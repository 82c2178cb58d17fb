import { FURNITURE_ROLES, type OutlineRole } from '../model/document.js';

/** A group of block roles drawn in one colour on the page, with its legend label. */
export interface RoleGroup {
  readonly key: string;
  readonly label: string;
  readonly roles: readonly OutlineRole[];
  /** Taken out of the article: outlined dashed. */
  readonly isRemoved: boolean;
}

/** The groups named role by role, kept text first. */
const GROUPS_BEFORE_NOISE: readonly RoleGroup[] = [
  { key: 'body', label: 'Body text', roles: ['paragraph', 'code', 'formula'], isRemoved: false },
  { key: 'list', label: 'List item', roles: ['list-item'], isRemoved: false },
  { key: 'heading', label: 'Heading', roles: ['heading'], isRemoved: false },
  { key: 'title', label: 'Title', roles: ['title'], isRemoved: false },
  { key: 'note', label: 'Note', roles: ['note'], isRemoved: false },
  { key: 'bio', label: 'Bio', roles: ['bio'], isRemoved: false },
  { key: 'front', label: 'Byline, address, label, date', roles: ['byline', 'url', 'label', 'date'], isRemoved: true },
  { key: 'caption', label: 'Caption, figure text', roles: ['caption', 'figure-text'], isRemoved: true },
  { key: 'sidebar', label: 'Sidebar, pull quote', roles: ['sidebar', 'pull-quote'], isRemoved: true },
  { key: 'running', label: 'Running head or foot', roles: ['running-header', 'running-footer'], isRemoved: true },
  { key: 'pageno', label: 'Page number', roles: ['page-number'], isRemoved: true },
];
const GROUPED = new Set<string>(GROUPS_BEFORE_NOISE.flatMap((g) => g.roles));

/** The legend, kept text first. Colours are in review.css (`.g-<key>`), each at least 4.5:1
 *  against white so that outlines and swatches read on the page pictures too. */
export const ROLE_GROUPS: readonly RoleGroup[] = [
  ...GROUPS_BEFORE_NOISE,
  // every other furniture role the clean stage removes: a new one falls here, not in 'other'
  { key: 'noise', label: 'Disclaimer and other noise', roles: FURNITURE_ROLES.filter((r) => !GROUPED.has(r)), isRemoved: true },
  { key: 'other', label: 'Other', roles: ['other'], isRemoved: true },
];

const GROUP_OF = new Map<string, RoleGroup>(ROLE_GROUPS.flatMap((g) => g.roles.map((r) => [r, g] as const)));

/** The legend group of a role; a role this version does not know (a newer JSON) is 'other'. */
export const groupOf = (role: string): RoleGroup => GROUP_OF.get(role) ?? (ROLE_GROUPS.at(-1) as RoleGroup);
