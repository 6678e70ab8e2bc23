import { controlFactory } from './post-button-base';

/** "Capture as case" in each post: a "+", and once captured the case ref (no customer data). */
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

const COLORS: Record<ButtonState['kind'], string> = {
  idle: '#536471',
  busy: '#536471',
  captured: '#00875a',
  error: '#c62828',
};

/**
 * A new capture button in the idle state. Its events are handled once for the whole page
 * (delegateControlEvents).
 */
export const createCaptureButton = controlFactory(BUTTON_ATTR, (button) =>
  setButtonState(button, { kind: 'idle' }),
);

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
