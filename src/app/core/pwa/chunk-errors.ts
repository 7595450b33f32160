import { ErrorHandler, Injectable, inject } from '@angular/core';
import { GuardedReload } from './guarded-reload';

// The wording differs per engine: Chromium, Firefox, Safari, and older bundlers' ChunkLoadError.
const CHUNK_ERROR =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|ChunkLoadError|Loading chunk [\w-]+ failed/i;

/** True for errors that mean a lazy part of the app could not be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  if (error instanceof Error) return CHUNK_ERROR.test(`${error.name}: ${error.message}`);
  return typeof error === 'string' && CHUNK_ERROR.test(error);
}

/** Logs every error; a failed lazy chunk also gets one guarded reload instead of a blank screen. */
@Injectable()
export class AppErrorHandler implements ErrorHandler {
  private readonly guardedReload = inject(GuardedReload);

  handleError(error: unknown): void {
    const cause = (error as { rejection?: unknown })?.rejection ?? error;
    if (isChunkLoadError(cause)) this.guardedReload.reload('chunk');
    console.error(error);
  }
}
