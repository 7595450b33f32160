import { Routes } from '@angular/router';
import ComingSoon from '../../shared/ui/coming-soon/coming-soon';

// Placeholder until the contacts issue lands; the address and the title are final.
const routes: Routes = [
  {
    path: '',
    title: 'contacts.title',
    component: ComingSoon,
    data: { titleKey: 'contacts.title', bodyKey: 'contacts.soon' },
  },
  {
    path: ':id',
    title: 'contacts.oneTitle',
    component: ComingSoon,
    data: { titleKey: 'contacts.oneTitle', bodyKey: 'contacts.oneSoon' },
  },
];

export default routes;
