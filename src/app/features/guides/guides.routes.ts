import { Routes } from '@angular/router';
import GuideDetail from './guide-detail/guide-detail';
import GuideList from './guide-list/guide-list';

const routes: Routes = [
  { path: '', title: 'guides.title', component: GuideList },
  { path: ':id', title: 'guides.oneTitle', component: GuideDetail },
];

export default routes;
