import { Routes } from '@angular/router';
import AboutPage from './about-page/about-page';

const routes: Routes = [{ path: '', title: 'about.title', component: AboutPage }];

export default routes;
