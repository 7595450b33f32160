import { Routes } from '@angular/router';
import LetterBuilder from './letter-builder/letter-builder';
import { LETTER_KINDS } from './letter-kinds';
import LetterList from './letter-list/letter-list';

const routes: Routes = [
  { path: '', title: 'letters.title', component: LetterList },
  // One builder for every kind; the route says which letter it writes.
  ...LETTER_KINDS.map((kind) => ({
    path: kind.id,
    title: `letters.kinds.${kind.id}.title`,
    component: LetterBuilder,
    data: { kind: kind.id },
  })),
];

export default routes;
