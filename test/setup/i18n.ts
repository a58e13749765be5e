/**
 * WXT's fake browser has no i18n.getMessage: answer it from the real locale file (locales/en.yml), as the
 * browser would from _locales/en/messages.json, so components render their real English strings in tests.
 */
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(await parseMessagesFile(join(import.meta.dirname, '..', '..', 'locales', 'en.yml')));

vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | Array<string | number>) => {
  const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const message = messages[key]?.message ?? '';
  return message.replace(/\$(\d)/g, (_match, index: string) => String(list[Number(index) - 1] ?? ''));
});
