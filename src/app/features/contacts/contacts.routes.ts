import { Routes } from '@angular/router';
import ContactDetail from './contact-detail/contact-detail';
import ContactList from './contact-list/contact-list';

const routes: Routes = [
  { path: '', title: 'contacts.title', component: ContactList },
  { path: ':id', title: 'contacts.oneTitle', component: ContactDetail },
];

export default routes;
