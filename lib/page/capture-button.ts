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

const ICON_PLUS =
  '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 6a2 2 0 0 1 2-2h4l2 2h6a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6zm8 4v2.5H9.5v2H12V17h2v-2.5h2.5v-2H14V10h-2z"/></svg>';
const ICON_DONE =
  '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 6a2 2 0 0 1 2-2h4l2 2h6a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6zm6.6 10.4 5.7-5.7-1.4-1.4-4.3 4.3-2-2-1.4 1.4 3.4 3.4z"/></svg>';

const BASE_STYLE = [
  'all:initial',
  'box-sizing:border-box',
  'display:inline-flex',
  'align-items:center',
  'gap:4px',
  'height:34px',
  'min-width:34px',
  'padding:0 8px',
  'border-radius:17px',
  'cursor:pointer',
  'font:600 13px/1 system-ui,-apple-system,"Segoe UI",sans-serif',
  'color:#536471',
  'background:transparent',
  'outline-offset:2px',
].join(';');

const COLORS: Record<ButtonState['kind'], string> = {
  idle: '#536471',
  busy: '#536471',
  captured: '#00875a',
  error: '#c62828',
};

export function createCaptureButton(onActivate: (button: HTMLButtonElement) => void) {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute(BUTTON_ATTR, '');
  button.setAttribute('style', BASE_STYLE);
  // The post itself is a link on most sites: keep our clicks from opening it.
  const stop = (event: Event) => event.stopPropagation();
  button.addEventListener('pointerdown', stop);
  button.addEventListener('mousedown', stop);
  button.addEventListener('keydown', stop);
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onActivate(button);
  });
  button.addEventListener('focus', () => (button.style.outline = '2px solid #1d9bf0'));
  button.addEventListener('blur', () => (button.style.outline = 'none'));
  setButtonState(button, { kind: 'idle' });
  return button;
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
  // Visible text is fixed markup plus the ref, which is ours and checked by a regex.
  button.innerHTML = state.kind === 'captured' ? ICON_DONE : ICON_PLUS;
  if (state.kind === 'captured') button.append(document.createTextNode(state.ref));
}
