import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorId, EventId } from '../../../domain/ids.ts';
import { useUrlState } from './use-url-state.ts';

const eventId = (id: string) => id as EventId;

beforeEach(() => {
  window.history.replaceState(null, '', '/timeline/#top');
});

describe('useUrlState', () => {
  it('reads the state and problems from the current URL', () => {
    window.history.replaceState(null, '', '/timeline/?event=un-vote&lanes=bogus#top');
    const { result } = renderHook(() => useUrlState());
    expect(result.current.state.event).toBe('un-vote');
    expect(result.current.problems).toEqual([expect.objectContaining({ key: 'lanes', value: 'bogus' })]);
  });

  it('pushes a history entry by default and keeps path and hash', () => {
    const { result } = renderHook(() => useUrlState());
    const before = window.history.length;
    act(() => result.current.navigate({ event: eventId('un-vote'), actors: ['a', 'b'] as ActorId[] }));
    expect(window.history.length).toBe(before + 1);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/timeline/?event=un-vote&actors=a,b#top',
    );
    expect(result.current.state.event).toBe('un-vote');
  });

  it('replaces the entry in replace mode', () => {
    const { result } = renderHook(() => useUrlState());
    const before = window.history.length;
    act(() => result.current.navigate({ from: '2016-12-01', to: '2017-01-31' }, { mode: 'replace' }));
    act(() => result.current.navigate({ q: 'kerry ' }, { mode: 'replace' }));
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?q=kerry+&from=2016-12-01&to=2017-01-31');
    expect(result.current.state.q).toBe('kerry ');
  });

  it('adds no entry when the patch changes nothing, and ignores explicit undefined', () => {
    window.history.replaceState(null, '', '/timeline/?event=un-vote&utm_source=x');
    const { result } = renderHook(() => useUrlState());
    const before = window.history.length;
    act(() => result.current.navigate({ event: eventId('un-vote'), actor: undefined }));
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?event=un-vote&utm_source=x');
  });

  it('composes two navigations in one handler', () => {
    const { result } = renderHook(() => useUrlState());
    act(() => {
      result.current.navigate({ event: eventId('a') });
      result.current.navigate({ lanes: 'type' }, { mode: 'replace' });
    });
    expect(window.location.search).toBe('?event=a&lanes=type');
  });

  it('updates every consumer on back/forward (popstate)', async () => {
    const first = renderHook(() => useUrlState());
    const second = renderHook(() => useUrlState());
    act(() => first.result.current.navigate({ event: eventId('a') }));
    act(() => first.result.current.navigate({ event: eventId('b') }));
    expect(second.result.current.state.event).toBe('b');

    act(() => window.history.back());
    await waitFor(() => expect(first.result.current.state.event).toBe('a'));
    expect(second.result.current.state).toBe(first.result.current.state);
  });

  it('reacts to a popstate dispatched by hand', () => {
    const { result } = renderHook(() => useUrlState());
    act(() => {
      window.history.replaceState(null, '', '/timeline/?actor=john-kerry');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.state.actor).toBe('john-kerry');
  });

  it('returns the same snapshot while the URL is unchanged', () => {
    window.history.replaceState(null, '', '/timeline/?types=vote');
    let renders = 0;
    const { result, rerender } = renderHook(() => {
      renders += 1;
      return useUrlState();
    });
    const { state, problems, navigate } = result.current;
    rerender();
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(result.current.state).toBe(state);
    expect(result.current.problems).toBe(problems);
    expect(result.current.navigate).toBe(navigate);
    expect(renders).toBe(2);
  });

  it('does not throw when the History API refuses', () => {
    const { result } = renderHook(() => useUrlState());
    const push = vi.spyOn(window.history, 'pushState').mockImplementation(() => {
      throw new DOMException('Too many calls', 'SecurityError');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => act(() => result.current.navigate({ event: eventId('a') }))).not.toThrow();
    expect(result.current.state.event).toBeNull();
    push.mockRestore();
    warn.mockRestore();
  });
});
