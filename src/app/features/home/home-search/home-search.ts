import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** Home's search box: a box and a button that open the search page with what was typed. */
@Component({
  selector: 'app-home-search',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form role="search" (submit)="find($event, box.value)">
      <label for="home-search">{{ 'home.search' | translate }}</label>
      <div class="row">
        <input
          #box
          id="home-search"
          class="field"
          type="search"
          name="q"
          enterkeyhint="search"
          data-testid="home-search"
        />
        <button class="button">{{ 'search.submit' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
      margin-block-end: var(--space-4);
    }

    label {
      display: block;
      font-weight: 600;
      margin-block-end: var(--space-1);
    }

    .row {
      display: flex;
      gap: var(--space-2);
    }

    .field {
      flex: 1;
      min-inline-size: 0;
      margin: 0;
    }
  `,
})
export class HomeSearch {
  private readonly router = inject(Router);

  protected find(event: Event, q: string): void {
    event.preventDefault();
    void this.router.navigate(['/search'], { queryParams: { q: q.trim() || null } });
  }
}
