import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LookupSetting } from './LookupSetting';

describe('LookupSetting', () => {
  afterEach(cleanup);

  it('is a labelled radio group with the current choice checked', () => {
    render(<LookupSetting mode="automatic" onChange={() => {}} />);
    expect(screen.getByRole('group', { name: 'Look up names' })).not.toBeNull();
    const automatic = screen.getByRole('radio', { name: /^Automatically/ }) as HTMLInputElement;
    const onDemand = screen.getByRole('radio', { name: /^Only when I ask/ }) as HTMLInputElement;
    expect(automatic.checked).toBe(true);
    expect(onDemand.checked).toBe(false);
    expect(document.getElementById(onDemand.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/Nothing is sent/);
  });

  it('reports the reader’s choice', () => {
    const onChange = vi.fn();
    render(<LookupSetting mode="automatic" onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: /^Only when I ask/ }));
    expect(onChange).toHaveBeenCalledWith('on-demand');
  });
});
