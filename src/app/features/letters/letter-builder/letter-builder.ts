import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnDestroy,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { Vault, VaultLocked } from '../../../core/crypto/vault';
import { Language } from '../../../core/i18n/language';
import { DEFAULT_LANGUAGE, findLanguage, localeOf } from '../../../core/i18n/languages';
import { RelatedLinks, toRelatedLinks } from '../../../shared/ui/related-links/related-links';
import { SideBySide } from '../../../shared/ui/side-by-side/side-by-side';
import { TextBlock } from '../../../shared/content/text-blocks';
import { ConfirmDelete } from '../../../shared/ui/confirm-delete/confirm-delete';
import { UnlockForm } from '../../../shared/ui/unlock-form/unlock-form';
import { LetterActions } from '../letter-actions/letter-actions';
import { DraftError, LetterDrafts } from '../letter-drafts';
import { findLetterKind } from '../letter-kinds';
import { FieldDef, LetterBlock } from '../letter-model';
import { LetterPaper } from '../letter-paper/letter-paper';
import {
  dateFormatter,
  holds,
  letterAsText,
  localIsoDate,
  missingFields,
  renderLetter,
  withInitialChoices,
} from '../letter-render';
import { LetterTexts } from '../letter-texts';

type Status = 'idle' | 'saving' | 'saved' | DraftError;

const ENGLISH = findLanguage(DEFAULT_LANGUAGE)!;

const asTextBlocks = (blocks: readonly LetterBlock[]): TextBlock[] =>
  blocks.map((block) => ({
    kind: block.kind === 'subject' ? 'heading' : block.kind === 'item' ? 'item' : 'paragraph',
    text: block.text,
  }));

/**
 * One builder for every letter, driven by its kind's data: a short form in steps, then the
 * letter in English (what is sent) beside the same letter in the reader's language.
 */
@Component({
  selector: 'app-letter-builder',
  imports: [
    TranslatePipe,
    ConfirmDelete,
    LetterActions,
    LetterPaper,
    RelatedLinks,
    SideBySide,
    UnlockForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './letter-builder.html',
  styleUrl: './letter-builder.css',
})
export default class LetterBuilder implements OnDestroy {
  private readonly drafts = inject(LetterDrafts);
  private readonly letterTexts = inject(LetterTexts);
  private readonly content = inject(ContentStore);
  private readonly injector = inject(Injector);
  protected readonly vault = inject(Vault);
  protected readonly language = inject(Language);
  protected readonly kind = findLetterKind(inject(ActivatedRoute).snapshot.data['kind'])!;
  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  protected readonly answers = signal<Record<string, string>>({});
  /** 0 to steps.length - 1 are the form; steps.length is the letter. */
  protected readonly step = signal(0);
  protected readonly letterStep = this.kind.steps.length;
  protected readonly status = signal<Status>('idle');
  protected readonly hasDraft = signal(false);
  private readonly confirmDelete = viewChild(ConfirmDelete);
  protected readonly loaded = signal(false);

  private readonly englishFile = this.letterTexts.resource(() => DEFAULT_LANGUAGE);
  private readonly english = computed(() =>
    this.englishFile.hasValue() ? this.englishFile.value() : null,
  );
  /** The reader's own language beside the English letter; idle for English readers. */
  private readonly ownFile = this.letterTexts.resource(() => {
    const code = this.language.current().code;
    return code === DEFAULT_LANGUAGE ? undefined : code;
  });
  private readonly today = localIsoDate();
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  protected readonly filled = computed(() => withInitialChoices(this.kind, this.answers()));
  protected readonly fields = computed(() => {
    const step = this.kind.steps[this.step()];
    return (step?.fields ?? [])
      .map((id) => this.kind.fields.find((field) => field.id === id)!)
      .filter((field) => !field.showIf || holds(field.showIf, this.filled()));
  });
  protected readonly englishBlocks = computed(() => {
    const texts = this.english();
    if (!texts) return [];
    const formatDate = dateFormatter('en-GB');
    return renderLetter(this.kind, this.answers(), { texts, formatDate, today: this.today });
  });
  protected readonly letterText = computed(() => letterAsText(this.englishBlocks()));
  protected readonly missing = computed(() => {
    const texts = this.english();
    return texts ? missingFields(this.kind, this.answers(), texts) : [];
  });
  /** Null for English readers, or until their language's letter has loaded. */
  protected readonly columns = computed(() => {
    if (!this.ownFile.hasValue() || !this.english()) return null;
    const texts = this.ownFile.value();
    const lang = this.language.current();
    const formatDate = dateFormatter(localeOf(lang));
    const blocks = renderLetter(this.kind, this.answers(), {
      texts,
      formatDate,
      today: this.today,
      isolate: true,
    });
    return {
      first: { lang: ENGLISH, blocks: asTextBlocks(this.englishBlocks()) },
      second: { lang, blocks: asTextBlocks(blocks) },
    };
  });
  protected readonly ownFailed = computed(() => this.ownFile.status() === 'error');
  protected readonly sendHints = Array.from(
    { length: this.kind.sendHints },
    (_, i) => `letters.kinds.${this.kind.id}.send${i + 1}`,
  );
  protected readonly related = computed(() => {
    const related = this.content.related(this.kind.related);
    return {
      guides: toRelatedLinks(related.guides, '/guides'),
      contacts: toRelatedLinks(related.contacts, '/contacts'),
    };
  });

  constructor() {
    // The draft opens once the vault can read it: at once without a passphrase, else on unlock.
    effect(() => {
      const state = this.vault.state();
      if (this.loaded() || state === 'loading' || state === 'locked') return;
      void this.loadDraft();
    });
    // A save refused because the app locked is tried again as soon as it is unlocked.
    effect(() => {
      if (this.vault.state() !== 'locked' && this.status() === 'locked' && this.dirty) {
        void this.saveNow();
      }
    });
  }

  ngOnDestroy(): void {
    if (this.dirty) void this.saveNow();
  }

  protected setAnswer(field: FieldDef, value: string): void {
    this.answers.update((answers) => ({ ...answers, [field.id]: value }));
    this.dirty = true;
    this.confirmDelete()?.cancel();
    clearTimeout(this.timer);
    this.status.set('idle');
    this.timer = setTimeout(() => void this.saveNow(), 600);
  }

  protected goTo(step: number, event?: Event): void {
    event?.preventDefault();
    this.step.set(Math.max(0, Math.min(step, this.letterStep)));
    if (this.dirty) void this.saveNow();
    // The new step's heading takes focus, so a screen reader says where the reader is.
    afterNextRender(() => this.stepHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async saveNow(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const answers = this.answers();
    if (!this.hasDraft() && !Object.values(answers).some((value) => value.trim())) return;
    this.status.set('saving');
    this.dirty = false;
    const result = await this.drafts.save(this.kind, answers);
    if (!result.ok) {
      this.dirty = true;
      this.status.set(result.error);
      return;
    }
    this.hasDraft.set(true);
    if (!this.dirty) this.status.set('saved');
  }

  protected async deleteDraft(): Promise<void> {
    clearTimeout(this.timer);
    this.dirty = false;
    if (!(await this.drafts.remove(this.kind))) {
      this.status.set('failed');
      return;
    }
    this.answers.set({});
    this.hasDraft.set(false);
    this.status.set('idle');
    this.goTo(0);
  }

  private async loadDraft(): Promise<void> {
    try {
      const draft = await this.drafts.load(this.kind);
      // Typing that began before the draft arrived wins over the stored copy.
      if (draft && !this.dirty) this.answers.set({ ...draft.answers });
      this.hasDraft.set(!!draft);
      this.loaded.set(true);
    } catch (error) {
      // Locked meanwhile: the unlock form shows, and unlocking loads the draft again.
      if (!(error instanceof VaultLocked)) {
        console.error(error);
        this.loaded.set(true);
      }
    }
  }
}
