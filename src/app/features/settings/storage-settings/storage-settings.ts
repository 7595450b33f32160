import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { StorageHealth } from '../../../core/pwa/storage-health';

/** Whether the browser keeps our data for sure, how much we use, and the Safari warning. */
@Component({
  selector: 'app-storage-settings',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="storage-heading" data-testid="storage-settings">
      <h2 id="storage-heading">{{ 'storage.heading' | translate }}</h2>
      @if (health.report(); as report) {
        <p data-testid="storage-persisted">
          {{ (report.persisted ? 'storage.persisted' : 'storage.notPersisted') | translate }}
        </p>
        <p data-testid="storage-usage">
          {{
            'storage.usage'
              | translate: { used: megabytes(report.usage), quota: megabytes(report.quota) }
          }}
        </p>
        @if (report.safariTab) {
          <p class="notice-box" role="note">{{ 'storage.safari' | translate }}</p>
        }
      } @else {
        <p>{{ 'storage.unknown' | translate }}</p>
      }
    </section>
  `,
})
export class StorageSettings implements OnInit {
  protected readonly health = inject(StorageHealth);

  ngOnInit(): void {
    void this.health.refresh();
  }

  protected megabytes(bytes: number): string {
    return (bytes / 1_048_576).toFixed(1);
  }
}
