import { ErrorHandler } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AppErrorHandler, isChunkLoadError } from './chunk-errors';
import { GuardedReload } from './guarded-reload';

describe('isChunkLoadError', () => {
  const chunkErrors = [
    new TypeError('Failed to fetch dynamically imported module: http://x/chunk-AB12CD34.js'),
    new TypeError('error loading dynamically imported module: http://x/chunk.js'),
    new TypeError('Importing a module script failed.'),
    Object.assign(new Error('Loading chunk 12 failed.'), { name: 'ChunkLoadError' }),
    'Failed to fetch dynamically imported module',
  ];
  const otherErrors = [
    new TypeError('Failed to fetch'),
    new Error('Cannot read properties of undefined'),
    null,
    undefined,
    42,
    { message: 'Failed to fetch dynamically imported module' },
  ];
  chunkErrors.forEach((error, i) =>
    it(`recognises chunk error #${i}`, () => expect(isChunkLoadError(error)).toBeTrue()),
  );
  otherErrors.forEach((error, i) =>
    it(`ignores other error #${i}`, () => expect(isChunkLoadError(error)).toBeFalse()),
  );
});

describe('AppErrorHandler', () => {
  let reload: jasmine.Spy;
  let handler: ErrorHandler;

  beforeEach(() => {
    reload = jasmine.createSpy('reload').and.returnValue(true);
    TestBed.configureTestingModule({
      providers: [AppErrorHandler, { provide: GuardedReload, useValue: { reload } }],
    });
    handler = TestBed.inject(AppErrorHandler);
    spyOn(console, 'error');
  });

  it('reloads once for a failed lazy chunk, also inside a promise rejection', () => {
    handler.handleError({
      rejection: new TypeError('Failed to fetch dynamically imported module: /chunk-X.js'),
    });
    expect(reload).toHaveBeenCalledOnceWith('chunk');
    expect(console.error).toHaveBeenCalled();
  });

  it('only logs other errors', () => {
    handler.handleError(new Error('boom'));
    expect(reload).not.toHaveBeenCalled();
    expect(console.error).toHaveBeenCalled();
  });
});
