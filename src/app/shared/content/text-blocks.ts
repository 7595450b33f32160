import { GuideText, TipText } from '../../core/content/content-model';

/** One paragraph-sized piece of a tip or guide, so two languages can be shown pair by pair. */
export interface TextBlock {
  readonly kind: 'title' | 'lead' | 'heading' | 'paragraph' | 'item';
  readonly text: string;
}

/** Looks up an interface text (a section heading) in the block's language. */
/** A translation in a given language; `{{name}}` placeholders are filled from `params`. */
export type Label = (key: string, params?: Record<string, string>) => string;

const items = (texts: readonly string[]): TextBlock[] =>
  texts.map((text) => ({ kind: 'item', text }));

export function tipBlocks(tip: TipText, label: Label): TextBlock[] {
  return [
    { kind: 'title', text: tip.title },
    { kind: 'lead', text: tip.summary },
    { kind: 'heading', text: label('tips.why') },
    ...tip.why.map((text): TextBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', text: label('tips.steps') },
    ...items(tip.steps),
  ];
}

export function guideBlocks(guide: GuideText, label: Label): TextBlock[] {
  return [
    { kind: 'title', text: guide.title },
    { kind: 'lead', text: guide.summary },
    { kind: 'heading', text: label('guides.audience') },
    { kind: 'paragraph', text: guide.audience },
    { kind: 'heading', text: label('guides.facts') },
    ...items(guide.facts),
    { kind: 'heading', text: label('guides.steps') },
    ...items(guide.steps),
    { kind: 'heading', text: label('guides.ask') },
    ...items(guide.ask),
    { kind: 'heading', text: label('guides.nations') },
    { kind: 'paragraph', text: guide.nations },
  ];
}
