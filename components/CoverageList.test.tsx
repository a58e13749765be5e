import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoverageItem } from '../lib/knowledge/index';
import { CoverageList } from './CoverageList';

describe('CoverageList', () => {
  afterEach(cleanup);

  const items: CoverageItem[] = [
    { url: 'https://news.google.com/rss/articles/X1?oc=5', title: '<img src=x onerror=alert(1)> Kalin & Hamas', outlet: 'gulfmonitor.example', seen: '2025-04-18T21:12:45Z', language: 'English', via: 'google-news' },
    { url: 'https://harborledger.example/a', title: 'Talks in Ankara', outlet: 'harborledger.example', seen: '2025-04-18T10:00:00Z', language: 'English', via: 'gdelt' },
  ];

  it('says discreetly which items came from Google News, and shows titles as text', () => {
    const { container } = render(<CoverageList heading="In the news" items={items} kind="entity" />);
    const rows = screen.getAllByRole('listitem');
    expect(rows[0]?.textContent).toMatch(/via Google News/);
    expect(rows[0]?.textContent).toMatch(/published/);
    expect(rows[1]?.textContent).not.toMatch(/Google/);
    expect(rows[1]?.textContent).toMatch(/seen/);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: /Kalin & Hamas/ }).textContent).toBe('<img src=x onerror=alert(1)> Kalin & Hamas');
  });
});
