import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LetterBlock } from '../letter-model';

type Group =
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: Exclude<LetterBlock['kind'], 'item'>; readonly text: string };

/**
 * The letter as it is printed and sent: English, left to right, whatever the app's language.
 * Every text goes through a text binding, so what the reader typed can never become markup.
 */
@Component({
  selector: 'app-letter-paper',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="paper" lang="en" dir="ltr" data-testid="letter">
      @for (group of groups(); track $index) {
        @if (group.kind === 'list') {
          <ul>
            @for (item of group.items; track $index) {
              <li>{{ item }}</li>
            }
          </ul>
        } @else {
          <p [class]="group.kind">{{ group.text }}</p>
        }
      }
    </div>
  `,
  styleUrl: './letter-paper.css',
})
export class LetterPaper {
  readonly blocks = input.required<readonly LetterBlock[]>();

  protected readonly groups = computed(() =>
    this.blocks().reduce<Group[]>((groups, block) => {
      const last = groups.at(-1);
      if (block.kind !== 'item') groups.push({ kind: block.kind, text: block.text });
      else if (last?.kind === 'list')
        groups[groups.length - 1] = { ...last, items: [...last.items, block.text] };
      else groups.push({ kind: 'list', items: [block.text] });
      return groups;
    }, []),
  );
}
