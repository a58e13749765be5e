import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiDirection } from './ui-direction';

describe('uiDirection', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is rtl when the UI language is written right to left', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === '@@bidi_dir' ? 'rtl' : ''));
    expect(uiDirection()).toBe('rtl');
  });

  it('is ltr otherwise, and when the message is missing or the API throws', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValueOnce('ltr').mockReturnValueOnce('').mockImplementationOnce(() => {
      throw new Error('no i18n');
    });
    expect([uiDirection(), uiDirection(), uiDirection()]).toEqual(['ltr', 'ltr', 'ltr']);
  });
});
