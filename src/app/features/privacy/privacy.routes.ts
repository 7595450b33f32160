import { Routes } from '@angular/router';
import PrivacyPage from './privacy-page/privacy-page';

const routes: Routes = [{ path: '', title: 'privacy.title', component: PrivacyPage }];

export default routes;
