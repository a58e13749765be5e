import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl', () => {
  it.each([
    ['https://upload.wikimedia.org/a.jpg', 'https://upload.wikimedia.org/a.jpg'],
    ['http://example.com/x', 'http://example.com/x'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['  JaVaScRiPt:alert(1)', null],
    ['/relative', null],
    [null, null],
  ])('%s → %s', (value, safe) => expect(safeUrl(value)).toBe(safe));
});
