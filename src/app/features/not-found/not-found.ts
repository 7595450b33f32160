import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.title' | translate }}</h1>
    <p class="lead">{{ 'notFound.body' | translate }}</p>
    <a class="button" routerLink="/">{{ 'nav.goHome' | translate }}</a>
  `,
})
export default class NotFound {}
