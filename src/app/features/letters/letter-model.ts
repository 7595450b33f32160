/**
 * The letter model. A letter kind is data: its form fields, grouped in steps, and its blocks.
 * The words of every block live in `public/letters/<lang>.json`, keyed by text id, so the same
 * letter can be shown in English (what is sent) and in the reader's language (what they sign).
 */

/** `field` (answered) or `field=value` (a choice field holds that value). */
export type Condition = string;

export type FieldType = 'text' | 'textarea' | 'date' | 'email' | 'choice';

export interface FieldDef {
  /** Also the `{{id}}` in texts and the key of its label: `letters.fields.<id>`. */
  readonly id: string;
  readonly type: FieldType;
  /** Choice fields only: the values, labelled by `letters.fields.<id>.<value>`. */
  readonly options?: readonly string[];
  /** Choice fields only: what is chosen before the reader picks. */
  readonly initial?: string;
  /** Shown only while this condition holds, e.g. `requestType=specific`. */
  readonly showIf?: Condition;
  /** A hint under the label: `letters.fields.<id>.help`. */
  readonly help?: boolean;
}

export interface StepDef {
  /** The step's title: `letters.steps.<id>`. */
  readonly id: string;
  readonly fields: readonly string[];
}

/** One line of a block: a text id from the letters file, or a template that needs no words. */
export interface LineDef {
  readonly text?: string;
  readonly raw?: string;
  /** Shown if any condition holds; always shown without one. */
  readonly when?: readonly Condition[];
}

export type BlockKind = 'address' | 'date' | 'subject' | 'paragraph' | 'item' | 'closing';

export interface BlockDef {
  readonly kind: BlockKind;
  readonly lines: readonly LineDef[];
  readonly when?: readonly Condition[];
}

export interface LetterKind {
  /** Also the address: `/letters/<id>`. */
  readonly id: string;
  readonly fields: readonly FieldDef[];
  readonly steps: readonly StepDef[];
  readonly blocks: readonly BlockDef[];
  /** File name of the text download, without `.txt`. */
  readonly fileName: string;
  /** How many `letters.kinds.<id>.sendN` hints the page lists under "Before you send it". */
  readonly sendHints: number;
  readonly related: { readonly guides: readonly string[]; readonly contacts: readonly string[] };
}

/** What the reader typed, by field id. Everything is text; dates are `YYYY-MM-DD`. */
export type Answers = Readonly<Record<string, string>>;

/** `public/letters/<lang>.json`. */
export interface LetterTextFile {
  /** What the letter shows for a skipped field, in brackets: `[your date of birth]`. */
  readonly placeholders: Readonly<Record<string, string>>;
  readonly texts: Readonly<Record<string, string>>;
}

/** A rendered block: plain text, never HTML. */
export interface LetterBlock {
  readonly kind: BlockKind;
  readonly text: string;
}
