import { Routes } from '@angular/router';
import ChangesPage from './changes-page/changes-page';

const routes: Routes = [{ path: '', title: 'changes.title', component: ChangesPage }];

export default routes;
