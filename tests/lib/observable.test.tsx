// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { writable, type Observable } from '../../src/lib/observable';
import { useObservable } from '../../src/lib/use-observable';

describe('writable', () => {
  it('notifies subscribers of each new value and stops after unsubscribe', () => {
    const v = writable(1);
    const seen: number[] = [];
    const stop = v.subscribe((x) => seen.push(x));
    v.set(2);
    v.update((x) => x + 1);
    stop();
    v.set(9);
    expect(seen).toEqual([2, 3]);
    expect(v.get()).toBe(9);
  });

  it('does not notify when the value is the same', () => {
    const v = writable('a');
    const l = vi.fn();
    v.subscribe(l);
    v.set('a');
    expect(l).not.toHaveBeenCalled();
  });

  it('lets a listener unsubscribe while being notified without skipping the others', () => {
    const v = writable(0);
    const second = vi.fn();
    const stop = v.subscribe(() => stop());
    v.subscribe(second);
    v.set(1);
    expect(second).toHaveBeenCalledWith(1);
  });
});

/** An observable implemented as a class, whose methods need their `this` (like SessionStore). */
class Counter implements Observable<number> {
  private readonly inner = writable(0);
  get(): number {
    return this.inner.get();
  }
  subscribe(l: (n: number) => void): () => void {
    return this.inner.subscribe(l);
  }
  bump(): void {
    this.inner.update((n) => n + 1);
  }
}

function Show({ source }: { source: Observable<number> }) {
  return <p>count {useObservable(source)}</p>;
}

describe('useObservable', () => {
  it('renders the current value of a class-based observable and re-renders on change', () => {
    const c = new Counter();
    c.bump();
    render(<Show source={c} />);
    expect(screen.getByText('count 1')).toBeTruthy();
    act(() => c.bump());
    expect(screen.getByText('count 2')).toBeTruthy();
  });
});
