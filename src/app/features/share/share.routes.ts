import { Routes } from '@angular/router';
import ComingSoon from '../../shared/ui/coming-soon/coming-soon';

// Placeholder until the share issue lands; the address and the title are final.
const routes: Routes = [
  {
    path: '',
    title: 'share.title',
    component: ComingSoon,
    data: { titleKey: 'share.title', bodyKey: 'share.soon' },
  },
];

export default routes;
