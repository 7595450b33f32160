import { Routes } from '@angular/router';
import NoteEditor from './note-editor/note-editor';
import NotesPage from './notes-page/notes-page';

const routes: Routes = [
  { path: '', title: 'notes.title', component: NotesPage },
  { path: 'new', title: 'notes.newTitle', component: NoteEditor },
  { path: ':id', title: 'notes.editTitle', component: NoteEditor },
];

export default routes;
