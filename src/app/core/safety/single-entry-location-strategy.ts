import { Injectable } from '@angular/core';
import { PathLocationStrategy } from '@angular/common';

/**
 * Every in-app navigation replaces the current history entry instead of adding one, so the app
 * takes a single place in the browser's history: after quick exit, Back cannot walk through the
 * pages a reader opened (README, "Privacy and safety").
 */
@Injectable()
export class SingleEntryLocationStrategy extends PathLocationStrategy {
  override pushState(state: unknown, title: string, url: string, queryParams: string): void {
    this.replaceState(state, title, url, queryParams);
  }
}
