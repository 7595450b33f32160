import { Routes } from '@angular/router';
import TimelinePage from './timeline-page/timeline-page';

const routes: Routes = [{ path: '', title: 'timeline.title', component: TimelinePage }];

export default routes;
