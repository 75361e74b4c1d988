/**
 * The commune search: an ARIA 1.2 combobox (input + listbox), keyboard pattern in ComboboxState, and the component
 * over the real commune table (read from static/ and served to a stub fetch at its fixed address).
 */
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMUNES_URL } from '$lib/communes';
import CommuneSearch from '$lib/ui/CommuneSearch.svelte';
import { ComboboxState } from '$lib/ui/combobox.svelte';

describe('ComboboxState (keys)', () => {
  it('ArrowDown/ArrowUp move the active option and wrap, Enter picks it, Escape closes', () => {
    const picked: string[] = [];
    const box = new ComboboxState<string>((o) => picked.push(o));
    box.setOptions(['a', 'b', 'c']);
    expect(box.open).toBe(true);
    expect(box.active).toBe(-1);
    expect(box.key('ArrowDown')).toBe(true);
    expect(box.active).toBe(0);
    box.key('ArrowUp');
    expect(box.active).toBe(2); // wraps to the last
    box.key('ArrowDown');
    expect(box.active).toBe(0);
    expect(box.key('Enter')).toBe(true);
    expect(picked).toEqual(['a']);
    expect(box.open).toBe(false);
    expect(box.key('Enter')).toBe(false); // closed: Enter is left to the form
    expect(box.key('Escape')).toBe(false);
    box.setOptions(['x']);
    expect(box.key('Escape')).toBe(true);
    expect(box.open).toBe(false);
  });

  it('does nothing without options', () => {
    const box = new ComboboxState<string>(() => {});
    expect(box.key('ArrowDown')).toBe(false);
    expect(box.open).toBe(false);
  });
});

describe('CommuneSearch', () => {
  const table = readFileSync(`static${COMMUNES_URL}`, 'utf8');
  const fetched: string[] = [];
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(table, { status: 200, headers: { 'content-type': 'application/json' } });
    });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('lists communes as the person types, keyboard picks one, and the table is fetched once at its fixed address', async () => {
    const user = userEvent.setup();
    const onselect = vi.fn();
    render(CommuneSearch, { id: 'c', label: 'Commune', hint: 'Tapez', onselect });
    const input = screen.getByRole('combobox', { name: 'Commune' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAttribute('aria-describedby', 'c-hint');

    await user.type(input, 'herouville');
    const list = await screen.findByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', list.id);
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('Hérouville-Saint-Clair (14200)');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(onselect).toHaveBeenLastCalledWith(expect.objectContaining({ code: '14327', name: 'Hérouville-Saint-Clair', zone: 2 }));
    expect(input).toHaveValue('Hérouville-Saint-Clair (14200)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(fetched).toEqual([COMMUNES_URL]);
  });

  it('finds a merged commune by its former name and says so; a click picks it', async () => {
    const user = userEvent.setup();
    const onselect = vi.fn();
    render(CommuneSearch, { id: 'd', label: 'Commune', onselect });
    await user.type(screen.getByRole('combobox'), 'le beny bocage');
    const option = (await screen.findAllByRole('option')).find((o) => o.textContent?.includes('Souleuvre en Bocage'));
    expect(option?.textContent).toContain('Le Bény-Bocage');
    await user.click(option!);
    expect(onselect).toHaveBeenLastCalledWith(expect.objectContaining({ code: '14061' }));
  });

  it('changing the text forgets the commune chosen; Escape closes the list, then clears the text', async () => {
    const user = userEvent.setup();
    const onselect = vi.fn();
    render(CommuneSearch, { id: 'e', label: 'Commune', initial: 'Caen (14000)', onselect });
    const input = screen.getByRole('combobox');
    expect(input).toHaveValue('Caen (14000)');
    await user.type(input, 'x');
    expect(onselect).toHaveBeenLastCalledWith(null);
    await user.clear(input);
    await user.type(input, '14000');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('shows the error next to the field, linked and marked invalid', () => {
    render(CommuneSearch, { id: 'f', label: 'Commune', error: 'Choisissez dans la liste.', onselect: () => {} });
    const input = screen.getByRole('combobox');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Choisissez dans la liste.');
  });
});
