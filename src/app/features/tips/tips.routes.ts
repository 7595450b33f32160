import { Routes } from '@angular/router';
import ComingSoon from '../../shared/ui/coming-soon/coming-soon';

// Placeholder until the tips issue lands; the address and the title are final.
const routes: Routes = [
  {
    path: '',
    title: 'tips.title',
    component: ComingSoon,
    data: { titleKey: 'tips.title', bodyKey: 'tips.soon' },
  },
  {
    path: ':id',
    title: 'tips.oneTitle',
    component: ComingSoon,
    data: { titleKey: 'tips.oneTitle', bodyKey: 'tips.oneSoon' },
  },
];

export default routes;
