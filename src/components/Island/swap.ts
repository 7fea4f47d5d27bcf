import {flushSync} from 'react-dom';
import {changesOf, findControl, keysOf, type Change, type Control} from './handOver';

/*
 * The hand-over from the server's HTML to the live widget (Deferred.tsx), loaded with the widget's
 * code: it reads what the reader changed, renders the live widget in place, and applies it there.
 */

/** Elements matched between the server's HTML and the live widget (handOver.ts). */
const CONTROLS = 'input, select, textarea, button, a[href], details';

/** What Deferred.tsx saw while the server's HTML was in use. */
export interface Seen {
  /** The buttons clicked, in order (elements of the server's HTML). */
  clicked: readonly Element[];
  /**
   * The <details> that were open when the widget began to wait for the reader, as the server
   * wrote them. Opening a <details> sets its open attribute, so the page keeps no other trace.
   */
  openAtStart: ReadonlySet<Element>;
}

function read(element: Element, openAtStart: ReadonlySet<Element>): Control {
  const control: Control = {
    tag: element.tagName.toLowerCase(),
    type: '',
    name: element.getAttribute('name') ?? '',
    text: element.getAttribute('aria-label') ?? element.textContent ?? '',
    value: '',
    defaultValue: '',
    checked: false,
    defaultChecked: false,
  };
  if (element instanceof HTMLInputElement) {
    control.type = element.type;
    control.value = element.value;
    control.defaultValue = element.defaultValue;
    control.checked = element.checked;
    control.defaultChecked = element.defaultChecked;
    control.hasFiles = (element.files?.length ?? 0) > 0;
  } else if (element instanceof HTMLTextAreaElement) {
    control.value = element.value;
    control.defaultValue = element.defaultValue;
  } else if (element instanceof HTMLSelectElement) {
    const options = [...element.options];
    control.value = element.value;
    control.defaultValue = (options.find((o) => o.defaultSelected) ?? options[0])?.value ?? '';
  } else if (element instanceof HTMLButtonElement) {
    control.type = element.type;
  } else if (element instanceof HTMLDetailsElement) {
    // A <details> is named by its summary; its open state is what changes.
    control.text = element.querySelector('summary')?.textContent ?? '';
    control.checked = element.open;
    control.defaultChecked = openAtStart.has(element);
  }
  return control;
}

function controlsIn(
  root: Element,
  openAtStart: ReadonlySet<Element> = new Set(),
): {elements: Element[]; controls: Control[]} {
  const elements = [...root.querySelectorAll(CONTROLS)];
  return {elements, controls: elements.map((element) => read(element, openAtStart))};
}

/** The element of `root` that has `key` (handOver.ts). */
function match(root: Element, key: string): Element | undefined {
  const {elements, controls} = controlsIn(root);
  return elements[findControl(controls, key)];
}

/** Sets a value as typing or choosing does, so that React's change handler sees it. */
function setValue(element: Element, value: string): void {
  const Type =
    element instanceof HTMLSelectElement
      ? HTMLSelectElement
      : element instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement
        : HTMLInputElement;
  Object.getOwnPropertyDescriptor(Type.prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(
    new Event(Type === HTMLSelectElement ? 'change' : 'input', {bubbles: true}),
  );
}

/** Applies one change read from the server's HTML (`from`: its element there) to the live widget. */
function apply(root: Element, change: Change, from: Element | undefined): void {
  const element = match(root, change.key);
  if (!element) return;
  if (change.kind === 'value') setValue(element, change.value);
  else if (change.kind === 'files') {
    if (!(element instanceof HTMLInputElement) || !(from instanceof HTMLInputElement)) return;
    element.files = from.files;
    element.dispatchEvent(new Event('change', {bubbles: true}));
  } else if (element instanceof HTMLDetailsElement) element.open = change.checked;
  else if (element instanceof HTMLInputElement && element.checked !== change.checked)
    element.click();
}

type Selection = [number, number, 'forward' | 'backward' | 'none'];

function selectionOf(element: Element): Selection | undefined {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
  try {
    const {selectionStart, selectionEnd, selectionDirection} = element;
    if (selectionStart === null || selectionEnd === null) return;
    return [selectionStart, selectionEnd, selectionDirection ?? 'none'];
  } catch {
    // An input type without a caret.
    return undefined;
  }
}

/**
 * Renders the live widget in place of the server's HTML in `root` (`goLive`), and hands over what
 * the reader did there: changed fields and <details>, the focused element with its caret, then the
 * buttons clicked, in order.
 */
export function swap(root: HTMLElement, {clicked, openAtStart}: Seen, goLive: () => void): void {
  const {elements, controls} = controlsIn(root, openAtStart);
  const keys = keysOf(controls);
  const changes = changesOf(controls);
  const active = document.activeElement;
  const focusAt = active ? elements.indexOf(active) : -1;
  const focus = active && focusAt >= 0 ? {key: keys[focusAt], selection: selectionOf(active)} : {};
  const clicks = clicked.map((button) => keys[elements.indexOf(button)]);
  // React does not know these children (the element was hydrated with an empty inner HTML): it
  // renders the live widget in their place in this same task, so nothing is painted in between.
  root.replaceChildren();
  flushSync(goLive);
  for (const change of changes) flushSync(() => apply(root, change, elements[change.at]));
  const focused = focus.key === undefined ? undefined : match(root, focus.key);
  if (focused instanceof HTMLElement) focused.focus({preventScroll: true});
  if (
    focus.selection &&
    (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement)
  )
    focused.setSelectionRange(...focus.selection);
  for (const key of clicks) {
    const button = key === undefined ? undefined : match(root, key);
    if (button instanceof HTMLElement) flushSync(() => button.click());
  }
}
