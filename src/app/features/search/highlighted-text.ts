import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Segment } from './search-text';

/** Text with the words that matched a search in <mark>; every segment is bound as text. */
@Component({
  selector: 'app-highlighted-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@for (segment of segments(); track $index) {
    @if (segment.mark) {
      <mark>{{ segment.text }}</mark>
    } @else {
      <span>{{ segment.text }}</span>
    }
  }`,
  styles: `
    mark {
      padding-inline: 0.1em;
      border-radius: 3px;
      background: #ffe27a;
      color: #000;
    }
  `,
})
export class HighlightedText {
  readonly segments = input.required<readonly Segment[]>();
}
