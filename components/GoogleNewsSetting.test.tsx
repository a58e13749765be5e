import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoogleNewsSetting } from './GoogleNewsSetting';

describe('GoogleNewsSetting', () => {
  afterEach(cleanup);

  it('is off by default, and says that names go to Google and that the feed is for personal use', () => {
    render(<GoogleNewsSetting checked={false} disabled={false} onChange={() => {}} />);
    const box = screen.getByRole('checkbox', { name: /Google News/ }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(hint).toMatch(/names you look up to Google/);
    expect(hint).toMatch(/personal, non-commercial/);
  });

  it('switches on only when the browser grants access to news.google.com', async () => {
    const onChange = vi.fn();
    render(<GoogleNewsSetting checked={false} disabled={false} onChange={onChange} requestAccess={() => Promise.resolve(true)} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Google News/ }));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(true));
  });

  it('with a mirror set, switches on without asking for access to news.google.com (the mirror answers)', () => {
    const onChange = vi.fn();
    const requestAccess = vi.fn(() => Promise.resolve(false));
    render(<GoogleNewsSetting checked={false} disabled={false} mirror="http://127.0.0.1:5179" onChange={onChange} requestAccess={requestAccess} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Google News/ }));
    expect(onChange).toHaveBeenCalledWith(true);
    expect(requestAccess).not.toHaveBeenCalled();
  });

  it('stays off when access is refused, and says why', async () => {
    const onChange = vi.fn();
    render(<GoogleNewsSetting checked={false} disabled={false} onChange={onChange} requestAccess={() => Promise.resolve(false)} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Google News/ }));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(false));
    expect(screen.getByRole('status').textContent).toMatch(/stays off/);
  });

  it('switching off asks nothing; without coverage lookups it cannot be changed', () => {
    const onChange = vi.fn();
    const requestAccess = vi.fn(() => Promise.resolve(true));
    const { rerender } = render(<GoogleNewsSetting checked disabled={false} onChange={onChange} requestAccess={requestAccess} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Google News/ }));
    expect(onChange).toHaveBeenCalledWith(false);
    expect(requestAccess).not.toHaveBeenCalled();
    rerender(<GoogleNewsSetting checked={false} disabled onChange={onChange} requestAccess={requestAccess} />);
    expect((screen.getByRole('checkbox', { name: /Google News/ }) as HTMLInputElement).disabled).toBe(true);
  });
});
