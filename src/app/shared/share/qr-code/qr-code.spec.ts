import { encodeQR } from 'qr';
import { QUIET_ZONE, modulesPath } from './qr-drawing';

describe('QR code drawing', () => {
  it('draws each row as runs of dark modules', () => {
    // A 3 x 3 stand-in: row 0 all dark, row 1 dark at both ends, row 2 the middle only.
    const rows = [
      [true, true, true],
      [true, false, true],
      [false, true, false],
    ];
    expect(modulesPath(rows)).toEqual({
      size: 3,
      d: 'M0 0h3v1h-3zM0 1h1v1h-1zM2 1h1v1h-1zM1 2h1v1h-1z',
    });
  });

  it('covers exactly the dark modules of a real code, inside its quiet zone', () => {
    const rows = encodeQR('https://example.org/share/pack#pack=1.ar.t1t4g10c12', 'raw', {
      ecc: 'medium',
      border: QUIET_ZONE,
    });
    const { size, d } = modulesPath(rows);
    const drawn = [...d.matchAll(/h(\d+)v/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(drawn).toBe(rows.flat().filter(Boolean).length);
    // Version 4 or less: 33 modules a side, plus the quiet zone on both sides.
    expect(size).toBeLessThanOrEqual(33 + 2 * QUIET_ZONE);
    expect(rows[0].some(Boolean)).withContext('quiet zone stays white').toBeFalse();
    expect(rows[QUIET_ZONE][QUIET_ZONE]).withContext('finder pattern corner').toBeTrue();
  });
});
