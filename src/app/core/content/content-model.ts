/**
 * The content model. Facts that do not depend on language (ids, dates, sources, numbers, links,
 * versions, notices) live once in `public/content/meta.json`; each language has its texts in
 * `public/content/<lang>.json`, keyed by the same ids. Adding a language adds only a text file.
 * `scripts/content-validation.mjs` checks both against these shapes.
 */

export interface Source {
  readonly title: string;
  /** Always https. */
  readonly url: string;
}

export interface Related {
  readonly tips?: readonly string[];
  readonly guides?: readonly string[];
  readonly contacts?: readonly string[];
}

export type TopicId =
  | 'rights'
  | 'records'
  | 'health'
  | 'schools'
  | 'police'
  | 'abuse'
  | 'work'
  | 'housing'
  | 'status'
  | 'phones'
  | 'complaints'
  | 'scams'
  | 'advice'
  | 'emergency';

// ---- language-independent facts (meta) ----

export interface TipMeta {
  readonly id: string;
  /** Stands for the item in share links; never changed or reused once published. */
  readonly shareCode: number;
  /** ISO date (YYYY-MM-DD) the facts were last checked. */
  readonly checkedOn: string;
  /** ISO date of the law the item describes: the reader sees how current the rules are. */
  readonly lawAsOf: string;
  readonly related: Related;
  readonly sources: readonly Source[];
}

export interface GuideMeta {
  readonly id: string;
  /** Stands for the item in share links; never changed or reused once published. */
  readonly shareCode: number;
  readonly topic: TopicId;
  readonly checkedOn: string;
  readonly lawAsOf: string;
  readonly related: Related;
  readonly sources: readonly Source[];
  /** Organisations that only have a website: shown as "Read more" links. */
  readonly readMore?: readonly ReadMoreLink[];
}

export interface ReadMoreLink {
  /** The organisation's own name; not translated. */
  readonly name: string;
  /** Always https. */
  readonly url: string;
}

/** Where a service works; `uk` is UK-wide and counts for every nation. */
export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland' | 'uk';
export const NATIONS: readonly Exclude<Nation, 'uk'>[] = [
  'england',
  'wales',
  'scotland',
  'northern-ireland',
];

export interface Phone {
  /** As people write it: "0808 2000 247". */
  readonly display: string;
  /** Dialable: "+448082000247" or "999". */
  readonly tel: string;
  /** `check`: the number is from a partial or possibly dated source: "check before calling". */
  readonly status: 'verified' | 'check';
}

export interface ContactMeta {
  readonly id: string;
  /** Stands for the item in share links; never changed or reused once published. */
  readonly shareCode: number;
  /** The organisation's own name; not translated. */
  readonly name: string;
  /** Shown first, and on home. */
  readonly urgent: boolean;
  readonly phones: readonly Phone[];
  readonly email?: string;
  /** https only. */
  readonly website?: string;
  /** BCP 47 codes of languages the service is known to speak; empty when not known. */
  readonly languages: readonly string[];
  readonly topics: readonly TopicId[];
  readonly nations: readonly Nation[];
  readonly checkedOn: string;
  readonly sources: readonly Source[];
}

export interface TimelineMeta {
  readonly id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  readonly sources: readonly Source[];
}

/** One entry of "What changed": a content release, newest first in `versions`. */
export interface VersionMeta {
  /** `YYYY.MM.N`, e.g. "2026.12.0". */
  readonly version: string;
  readonly date: string;
  readonly changes: readonly ChangeMeta[];
}

export interface ChangeMeta {
  /** Its sentence is `changes.<id>` in each language. */
  readonly id: string;
  /** An in-app path ("/guides/x") or an https address. */
  readonly link: string;
}

/** A dated warning shown on the tips and guides it names, until `until` (inclusive). */
export interface NoticeMeta {
  readonly id: string;
  /** YYYY-MM-DD, the last day it shows. */
  readonly until: string;
  readonly tips: readonly string[];
  readonly guides: readonly string[];
  readonly sources: readonly Source[];
}

/** `public/content/meta.json`. */
export interface ContentMeta {
  /** Equals `versions[0].version`. */
  readonly contentVersion: string;
  readonly versions: readonly VersionMeta[];
  readonly notices: readonly NoticeMeta[];
  readonly tips: readonly TipMeta[];
  readonly guides: readonly GuideMeta[];
  readonly contacts: readonly ContactMeta[];
  readonly timeline: readonly TimelineMeta[];
}

// ---- per-language texts ----

export interface TipText {
  /** An action: "Ask to see your data". */
  readonly title: string;
  /** Two short lines at most. */
  readonly summary: string;
  /** Why it matters: one idea per paragraph. */
  readonly why: readonly string[];
  /** 3 to 6 steps, each ticked off on its own. */
  readonly steps: readonly string[];
}

export interface GuideText {
  readonly title: string;
  readonly summary: string;
  /** Who the guide is for. */
  readonly audience: string;
  readonly facts: readonly string[];
  readonly steps: readonly string[];
  /** What to ask or say. */
  readonly ask: readonly string[];
  /** Where England differs from Scotland, Wales and Northern Ireland. */
  readonly nations: string;
}

export interface ContactText {
  readonly helpsWith: string;
  readonly hours?: string;
  readonly note?: string;
}

export interface TimelineText {
  readonly title: string;
  readonly text: string;
}

export interface NoticeText {
  readonly title: string;
  readonly text: string;
}

/** `public/content/<lang>.json`: everything a language says about the content. */
export interface ContentTexts {
  readonly tips: Readonly<Record<string, TipText>>;
  readonly guides: Readonly<Record<string, GuideText>>;
  readonly contacts: Readonly<Record<string, ContactText>>;
  readonly timeline: Readonly<Record<string, TimelineText>>;
  readonly topics: Readonly<Record<TopicId, string>>;
  readonly notices: Readonly<Record<string, NoticeText>>;
  /** One sentence per change id in `versions`. */
  readonly changes: Readonly<Record<string, string>>;
}

/** Every date the content shows (checked, law as of, notices, timeline, releases), once each. */
export function contentDates(meta: ContentMeta): string[] {
  return [
    ...new Set([
      ...[...meta.tips, ...meta.guides].flatMap((item) => [item.checkedOn, item.lawAsOf]),
      ...meta.contacts.map((contact) => contact.checkedOn),
      ...meta.notices.map((notice) => notice.until),
      ...meta.timeline.map((entry) => entry.date),
      ...meta.versions.map((version) => version.date),
    ]),
  ];
}
