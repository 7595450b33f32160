import { Routes } from '@angular/router';
import { Home } from './features/home';

// Home ships in the first bundle so the first screen needs no extra round trip; every other page
// is a lazy chunk that the service worker prefetches for offline use.
export const routes: Routes = [
  { path: '', title: 'home.title', component: Home },
  { path: 'search', loadChildren: () => import('./features/search/search.routes') },
  { path: 'tips', loadChildren: () => import('./features/tips/tips.routes') },
  { path: 'guides', loadChildren: () => import('./features/guides/guides.routes') },
  { path: 'contacts', loadChildren: () => import('./features/contacts/contacts.routes') },
  { path: 'timeline', loadChildren: () => import('./features/timeline/timeline.routes') },
  { path: 'notes', loadChildren: () => import('./features/notes/notes.routes') },
  { path: 'share', loadChildren: () => import('./features/share/share.routes') },
  { path: 'letters', loadChildren: () => import('./features/letters/letters.routes') },
  { path: 'settings', loadChildren: () => import('./features/settings/settings.routes') },
  { path: 'privacy', loadChildren: () => import('./features/privacy/privacy.routes') },
  { path: 'about', loadChildren: () => import('./features/about/about.routes') },
  { path: 'changes', loadChildren: () => import('./features/changes/changes.routes') },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./features/not-found/not-found'),
  },
];
