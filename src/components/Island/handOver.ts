/*
 * Handing a widget over from the server's HTML to the live widget (Deferred.tsx): what the reader
 * changed in the server's form before the widget's code arrived, and which element of the live
 * widget is the same as an element of the server's. Plain data in and out; the DOM is read and
 * written in Deferred.tsx.
 */

/** A form field, button, link or <details>, as the hand-over reads it. */
export interface Control {
  /** Lower-case tag name: input, select, textarea, button, a, details. */
  tag: string;
  /** An input's or a button's type; '' for other elements. */
  type: string;
  /** The name attribute; '' when there is none. */
  name: string;
  /** What names a button, link or <details>: its aria-label, or else its text. */
  text: string;
  /** The current value (for a select, the value of the chosen option). */
  value: string;
  /** The value the server wrote: an input's value attribute, a select's selected option. */
  defaultValue: string;
  /** A checkbox or radio button is checked, a <details> is open. */
  checked: boolean;
  /** ...as the server wrote it. */
  defaultChecked: boolean;
  /** A file input holds files the reader picked. */
  hasFiles?: boolean;
}

/** One thing the reader changed, with the control's key and its place in the list read. */
export type Change = {key: string; at: number} & (
  {kind: 'value'; value: string} | {kind: 'checked'; checked: boolean} | {kind: 'files'}
);

/**
 * React's `useId` values ("_R_q2q7dalbah_" on the server, "_r_3_" in the browser) differ between
 * the server's rendering and a later one in the browser; names that carry one (a radio group's
 * name, for one) are compared without it.
 */
export function withoutReactIds(text: string): string {
  return text.replace(/-?_[Rr]_[0-9a-z]*_/g, '');
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What makes a control the same one in both renderings (before counting repeats). */
export function controlKey(control: Control): string {
  const name = withoutReactIds(control.name);
  switch (control.tag) {
    case 'button':
    case 'a':
    case 'details':
      return `${control.tag}:${squeeze(control.text)}`;
    case 'input':
      return control.type === 'radio' || control.type === 'checkbox'
        ? `input:${control.type}:${name}=${control.value}`
        : `input:${control.type}:${name}`;
    default:
      return `${control.tag}:${name}`;
  }
}

/**
 * Each control's key, with how many controls of the same key come before it: two "Size unit"
 * selects of a form are `select:sizeUnit#0` and `select:sizeUnit#1`.
 */
export function keysOf(controls: readonly Control[]): string[] {
  const seen = new Map<string, number>();
  return controls.map((control) => {
    const key = controlKey(control);
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return `${key}#${count}`;
  });
}

/**
 * What the reader changed, in document order: values typed or chosen, boxes ticked or cleared,
 * the radio button chosen in a group (not the one that lost the choice), <details> opened or
 * closed, files picked. Buttons and links change nothing here (their clicks are replayed).
 */
export function changesOf(controls: readonly Control[]): Change[] {
  const keys = keysOf(controls);
  const changes: Change[] = [];
  controls.forEach((control, at) => {
    const key = keys[at] ?? '';
    const {tag, type} = control;
    if (tag === 'button' || tag === 'a') return;
    if (tag === 'details' || (tag === 'input' && type === 'checkbox')) {
      if (control.checked !== control.defaultChecked)
        changes.push({key, at, kind: 'checked', checked: control.checked});
    } else if (tag === 'input' && type === 'radio') {
      if (control.checked && !control.defaultChecked)
        changes.push({key, at, kind: 'checked', checked: true});
    } else if (tag === 'input' && type === 'file') {
      if (control.hasFiles) changes.push({key, at, kind: 'files'});
    } else if (control.value !== control.defaultValue) {
      changes.push({key, at, kind: 'value', value: control.value});
    }
  });
  return changes;
}

/** Where the control with `key` (as keysOf gives it) is in `controls`; -1 if it is not there. */
export function findControl(controls: readonly Control[], key: string): number {
  return keysOf(controls).indexOf(key);
}
