import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { initialsOf, Thumbnail } from './Thumbnail';

describe('Thumbnail', () => {
  it('shows an http(s) picture and nothing for other schemes', () => {
    expect(render(<Thumbnail class="t" src="https://upload.example/a.jpg" size={32} />).container.querySelector('img.t')?.getAttribute('src')).toBe('https://upload.example/a.jpg');
    expect(render(<Thumbnail class="t" src="javascript:alert(1)" size={32} fallbackName="X" />).container.innerHTML).toBe('');
  });

  it('a picture that fails to load becomes the initials in the same box, or nothing', () => {
    const withName = render(<Thumbnail class="bs-entity__thumb" src="https://offline.example/a.jpg" size={32} fallbackName="Ibrahim Kalin" />).container;
    fireEvent.error(withName.querySelector('img') as HTMLImageElement);
    const fallback = withName.querySelector('.bs-entity__thumb');
    expect(fallback?.tagName).toBe('SPAN');
    expect(fallback?.textContent).toBe('IK');
    expect(fallback?.getAttribute('aria-hidden')).toBe('true');

    const without = render(<Thumbnail class="bs-card__thumb" src="https://offline.example/a.jpg" size={56} />).container;
    fireEvent.error(without.querySelector('img') as HTMLImageElement);
    expect(without.innerHTML).toBe('');
  });

  it('tries again when the picture changes', () => {
    const { container, rerender } = render(<Thumbnail class="t" src="https://offline.example/a.jpg" size={32} fallbackName="Hamas" />);
    fireEvent.error(container.querySelector('img') as HTMLImageElement);
    expect(container.querySelector('img')).toBeNull();
    rerender(<Thumbnail class="t" src="https://upload.example/b.jpg" size={32} fallbackName="Hamas" />);
    expect(container.querySelector('img')?.getAttribute('src')).toBe('https://upload.example/b.jpg');
  });

  it.each([
    ['Ibrahim Kalin', 'IK'],
    ['Recep Tayyip Erdogan', 'RE'],
    ['Hamas', 'H'],
    ['İbrahim Kalın', 'İK'],
    ['  ', ''],
  ])('initials of %j are %j', (name, initials) => expect(initialsOf(name)).toBe(initials));
});
