import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { NotesAbout } from '../../../shared/ui/notes-about/notes-about';
import { ContentStatus, pageStatus } from '../../../shared/ui/content-status/content-status';
import { SourceList } from '../../../shared/ui/source-list/source-list';
import { ContactCard } from '../contact-card/contact-card';
import { ShareSheet } from '../../../shared/share/share-sheet/share-sheet';

@Component({
  selector: 'app-contact-detail',
  imports: [
    RouterLink,
    TranslatePipe,
    ContentStatus,
    NotesAbout,
    SourceList,
    ContactCard,
    ShareSheet,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (status() === 'ready') {
      <app-contact-card [contact]="contact()!" [headingLevel]="1" />
      <div class="tools no-print">
        <app-share-sheet kind="contacts" [itemId]="contact()!.id" [title]="contact()!.name" />
      </div>
      <app-notes-about [about]="'contacts/' + contact()!.id" />
      <app-source-list [sources]="contact()!.sources" [checkedOn]="contact()!.checkedOn" />
      <a class="button secondary" routerLink="/contacts">{{ 'contacts.back' | translate }}</a>
    } @else {
      <app-content-status [status]="status()" backPath="/contacts" backKey="contacts.back" />
    }
  `,
})
export default class ContactDetail {
  protected readonly content = inject(ContentStore);

  /** From the route, `/contacts/:id`. */
  /** From the route, `/contacts/:id` (the router binds it: withComponentInputBinding). */
  readonly id = input<string>();

  protected readonly contact = computed(() =>
    this.content.contacts().find((c) => c.id === this.id()),
  );
  protected readonly status = computed(() => pageStatus(this.content.state(), this.contact()));
}
