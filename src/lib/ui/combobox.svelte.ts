/**
 * Keyboard logic of an ARIA 1.2 combobox with a listbox popup (list autocomplete, manual selection):
 * ArrowDown/ArrowUp move the active option (aria-activedescendant, focus stays in the input), Enter picks it,
 * Escape closes the list (a second Escape clears the text), Home/End stay in the text. Pure state, no DOM:
 * the component renders it, a test can drive it.
 */
export class ComboboxState<T> {
  options = $state<readonly T[]>([]);
  /** Index of the active option, −1 when none. */
  active = $state(-1);
  open = $state(false);

  constructor(private readonly pick: (option: T) => void) {}

  setOptions(options: readonly T[]): void {
    this.options = options;
    this.active = -1;
    this.open = options.length > 0;
  }

  close(): void {
    this.open = false;
    this.active = -1;
  }

  choose(index: number): void {
    const option = this.options[index];
    if (option === undefined) return;
    this.pick(option);
    this.close();
  }

  /** Handles a key; returns true when the key was used (the caller then prevents its default). */
  key(key: string, altKey = false): boolean {
    const n = this.options.length;
    switch (key) {
      case 'ArrowDown':
        if (n === 0) return false;
        if (!this.open || altKey) {
          this.open = true;
          if (altKey) return true;
        }
        this.active = this.active < n - 1 ? this.active + 1 : 0;
        return true;
      case 'ArrowUp':
        if (n === 0) return false;
        this.open = true;
        this.active = this.active > 0 ? this.active - 1 : n - 1;
        return true;
      case 'Enter':
        if (!this.open || this.active < 0) return false;
        this.choose(this.active);
        return true;
      case 'Escape':
        if (this.open) {
          this.close();
          return true;
        }
        return false;
      default:
        return false;
    }
  }
}
