import { Routes } from '@angular/router';
import TipDetail from './tip-detail/tip-detail';
import TipList from './tip-list/tip-list';

const routes: Routes = [
  { path: '', title: 'tips.title', component: TipList },
  { path: ':id', title: 'tips.oneTitle', component: TipDetail },
];

export default routes;
