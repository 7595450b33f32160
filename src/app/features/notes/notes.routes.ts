import { Routes } from '@angular/router';
import ComingSoon from '../../shared/ui/coming-soon/coming-soon';

// Placeholder until the notes issue lands; the address and the title are final.
const routes: Routes = [
  {
    path: '',
    title: 'notes.title',
    component: ComingSoon,
    data: { titleKey: 'notes.title', bodyKey: 'notes.soon' },
  },
];

export default routes;
