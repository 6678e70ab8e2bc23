/**
 * The capture button placed in each post. It is the only Casebook UI in the host page's
 * DOM, so it carries no customer data: a label, an icon and, once captured, the case ref.
 * Styles are inline so no stylesheet is injected and the page's CSS has little to grab.
 */
export const BUTTON_ATTR = 'data-casebook-capture';

export type ButtonState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'captured'; ref: string }
  | { kind: 'error'; message: string };

// The "+" is drawn by two gradients in the button's own background, so a button is one
// element with no children to clone or lay out: timelines add hundreds of them.
const PLUS_ICON =
  'linear-gradient(currentColor,currentColor) 50% 50%/10px 2px no-repeat,' +
  'linear-gradient(currentColor,currentColor) 50% 50%/2px 10px no-repeat';
const CHECK = '\u2713';

// Explicit resets of what sites set on buttons, not all:initial: that expands to every
// CSS property on each of hundreds of buttons and made the page's own style work slower.
const BASE_STYLE = [
  'appearance:none',
  'position:static',
  'float:none',
  'flex:none',
  'width:auto',
  'max-width:none',
  'min-height:0',
  'box-shadow:none',
  'text-shadow:none',
  'text-transform:none',
  'letter-spacing:normal',
  'text-align:center',
  'white-space:nowrap',
  'vertical-align:middle',
  'transform:none',
  'opacity:1',
  'outline:none',
  'box-sizing:border-box',
  'display:inline-flex',
  'align-items:center',
  'align-self:center',
  'gap:4px',
  'height:24px',
  'min-width:28px',
  'margin:0 4px',
  'padding:0 6px',
  'border:1.5px solid currentColor',
  'border-radius:7px',
  'cursor:pointer',
  'font:600 12px/1 system-ui,-apple-system,"Segoe UI",sans-serif',
  'color:#536471',
  'outline-offset:2px',
].join(';');

const COLORS: Record<ButtonState['kind'], string> = {
  idle: '#536471',
  busy: '#536471',
  captured: '#00875a',
  error: '#c62828',
};

let buttonTemplate: HTMLButtonElement | null = null;

/**
 * A new capture button in the idle state. Cloned from one template: a timeline adds
 * hundreds of posts, and parsing the inline style and icon for each one showed up in the
 * benchmark. Its events are handled once for the whole page (delegateCaptureEvents).
 */
export function createCaptureButton(): HTMLButtonElement {
  if (!buttonTemplate) {
    buttonTemplate = document.createElement('button');
    buttonTemplate.type = 'button';
    buttonTemplate.setAttribute(BUTTON_ATTR, '');
    buttonTemplate.setAttribute('style', BASE_STYLE);
    setButtonState(buttonTemplate, { kind: 'idle' });
  }
  return buttonTemplate.cloneNode(true) as HTMLButtonElement;
}

const ourButton = (event: Event): HTMLButtonElement | null =>
  event.target instanceof Element
    ? event.target.closest<HTMLButtonElement>(`button[${BUTTON_ATTR}]`)
    : null;

/**
 * One set of listeners for every capture button on the page, in the capture phase so the
 * site never sees the events: a post is a link on most sites, and a click on our button
 * must not open it. Returns a function that removes the listeners.
 */
export function delegateCaptureEvents(
  doc: Document,
  onActivate: (button: HTMLButtonElement) => void,
): () => void {
  const swallow = (event: Event) => {
    if (ourButton(event)) event.stopPropagation();
  };
  const click = (event: Event) => {
    const button = ourButton(event);
    if (!button) return;
    event.preventDefault();
    event.stopPropagation();
    // Only the agent's own click captures: the page's scripts can call button.click() on
    // a post they made up, and must not be able to fill the case list.
    if (event.isTrusted) onActivate(button);
  };
  // Our style removes the browser's focus ring, so draw one for keyboard users.
  const focus = (event: Event) => {
    const button = ourButton(event);
    if (!button) return;
    const keyboard = event.type === 'focusin' && button.matches(':focus-visible');
    button.style.outline = keyboard ? '2px solid #1d9bf0' : 'none';
  };
  const listeners: [string, (event: Event) => void][] = [
    ['pointerdown', swallow],
    ['mousedown', swallow],
    ['pointerup', swallow],
    ['mouseup', swallow],
    ['keydown', swallow],
    ['click', click],
    ['focusin', focus],
    ['focusout', focus],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener, true);
  return () => {
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true);
  };
}

export function setButtonState(button: HTMLButtonElement, state: ButtonState): void {
  const label =
    state.kind === 'captured'
      ? `Captured as case ${state.ref}`
      : state.kind === 'error'
        ? `Capture failed: ${state.message}`
        : 'Capture as case';
  button.setAttribute('aria-label', label);
  button.title = state.kind === 'idle' ? 'Capture as case (Casebook)' : label;
  button.setAttribute('aria-busy', String(state.kind === 'busy'));
  button.dataset.state = state.kind;
  button.style.color = COLORS[state.kind];
  button.style.opacity = state.kind === 'busy' ? '0.6' : '1';
  button.style.background = state.kind === 'captured' ? 'none' : PLUS_ICON;
  button.textContent = state.kind === 'captured' ? `${CHECK} ${state.ref}` : '';
}
