import { Routes } from '@angular/router';
import SearchPage from './search-page/search-page';

const routes: Routes = [{ path: '', title: 'search.title', component: SearchPage }];

export default routes;
