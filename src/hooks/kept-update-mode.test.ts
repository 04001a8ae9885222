import { act, renderHook, waitFor } from '@testing-library/react';
import { useEditingActions, useStoredEditMode } from './editing-store';
import { keptInUpdateMode, useKeptUpdateMode } from './kept-update-mode';

describe('keptInUpdateMode', () => {
  it('reads what the editing store keeps: on after update mode is turned on, off after it is turned off', () => {
    expect(keptInUpdateMode()).toBe(false);
    const { result } = renderHook(() => ({ actions: useEditingActions(), on: useStoredEditMode() }));
    act(() => result.current.actions.editModeToggled());
    expect(result.current.on).toBe(true);
    expect(keptInUpdateMode()).toBe(true);
    act(() => result.current.actions.editModeToggled());
    expect(keptInUpdateMode()).toBe(false);
  });

  it('tells a component reading it without the store as soon as update mode is switched on', async () => {
    const reader = renderHook(() => useKeptUpdateMode());
    expect(reader.result.current).toBe(false);
    const { result } = renderHook(() => useEditingActions());
    act(() => result.current.editModeToggled());
    await waitFor(() => expect(reader.result.current).toBe(true));
  });

  it('is off when what is kept cannot be read', () => {
    localStorage.setItem('ambitions-dashboard:editor', '{not json');
    expect(keptInUpdateMode()).toBe(false);
  });
});
