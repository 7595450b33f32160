import { Routes } from '@angular/router';
import ComingSoon from '../../shared/ui/coming-soon/coming-soon';

// Placeholder until the letters issue lands; the address and the title are final.
const routes: Routes = [
  {
    path: '',
    title: 'letters.title',
    component: ComingSoon,
    data: { titleKey: 'letters.title', bodyKey: 'letters.soon' },
  },
];

export default routes;
