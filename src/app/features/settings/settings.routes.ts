import { Routes } from '@angular/router';
import SettingsPage from './settings-page/settings-page';

const routes: Routes = [{ path: '', title: 'settings.title', component: SettingsPage }];

export default routes;
