import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { TopicId } from '../../../core/content/content-model';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { ContactCard } from '../contact-card/contact-card';

@Component({
  selector: 'app-contact-list',
  imports: [TranslatePipe, ContentStatus, ContactCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contact-list.html',
  styleUrl: './contact-list.css',
})
export default class ContactList {
  protected readonly content = inject(ContentStore);
  protected readonly topic = signal<TopicId | ''>('');

  /** Only topics that some contact has, in a stable order. */
  protected readonly topics = computed(() => [
    ...new Set(this.content.contacts().flatMap((contact) => contact.topics)),
  ]);
  protected readonly shown = computed(() => {
    const topic = this.topic();
    return this.content.contacts().filter((c) => !topic || c.topics.includes(topic));
  });
  protected readonly urgent = computed(() => this.shown().filter((c) => c.urgent));
  protected readonly others = computed(() => this.shown().filter((c) => !c.urgent));
}
