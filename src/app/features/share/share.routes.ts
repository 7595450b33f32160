import { Routes } from '@angular/router';
import PackBuilder from './pack-builder/pack-builder';

const routes: Routes = [
  { path: '', title: 'share.title', component: PackBuilder },
  {
    path: 'pack',
    title: 'share.packTitle',
    loadComponent: () => import('./pack-view/pack-view'),
  },
  {
    path: 'lists',
    title: 'share.listsTitle',
    loadComponent: () => import('./kept-packs/kept-packs'),
  },
  { path: 'poster', title: 'share.posterTitle', loadComponent: () => import('./poster/poster') },
  {
    path: 'handout',
    title: 'share.handoutTitle',
    loadComponent: () => import('./handout/handout'),
  },
  {
    path: 'handout/:kind/:id',
    title: 'share.handoutTitle',
    loadComponent: () => import('./handout/handout'),
  },
];

export default routes;
