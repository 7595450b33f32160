import { Routes } from '@angular/router';
import ComingSoon from '../../shared/ui/coming-soon/coming-soon';

// Placeholder until the guides issue lands; the address and the title are final.
const routes: Routes = [
  {
    path: '',
    title: 'guides.title',
    component: ComingSoon,
    data: { titleKey: 'guides.title', bodyKey: 'guides.soon' },
  },
  {
    path: ':id',
    title: 'guides.oneTitle',
    component: ComingSoon,
    data: { titleKey: 'guides.oneTitle', bodyKey: 'guides.oneSoon' },
  },
];

export default routes;
