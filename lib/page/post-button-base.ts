/**
 * What Casebook's buttons inside a post share: their look and their event handling. They
 * are the only Casebook UI in the host page's DOM, so they carry no customer data: a
 * label, an icon and a short state. Styles are inline so no stylesheet is injected and
 * the page's CSS has little to grab.
 */

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
  'justify-content:center',
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

/**
 * A factory of one kind of post button, marked with `attr`. Buttons are cloned from one
 * template: a timeline adds hundreds of posts, and parsing the inline style for each one
 * showed up in the benchmark. `init` puts the template in its idle state.
 */
export function controlFactory(
  attr: string,
  init: (button: HTMLButtonElement) => void,
): () => HTMLButtonElement {
  let template: HTMLButtonElement | null = null;
  return () => {
    if (!template) {
      template = document.createElement('button');
      template.type = 'button';
      template.setAttribute(attr, '');
      template.setAttribute('style', BASE_STYLE);
      init(template);
    }
    return template.cloneNode(true) as HTMLButtonElement;
  };
}

/**
 * One set of listeners for every Casebook button on the page, whatever its kind (the
 * attribute that marks it picks the handler), in the capture phase so the site never
 * sees the events: a post is a link on most sites, and a click on our button must not
 * open it. Returns a function that removes the listeners.
 */
export function delegateControlEvents(
  doc: Document,
  handlers: Record<string, (button: HTMLButtonElement) => void>,
): () => void {
  const attrs = Object.keys(handlers);
  const selector = attrs.map((attr) => `button[${attr}]`).join(',');
  const ourButton = (event: Event): HTMLButtonElement | null =>
    event.target instanceof Element ? event.target.closest<HTMLButtonElement>(selector) : null;

  const swallow = (event: Event) => {
    if (ourButton(event)) event.stopPropagation();
  };
  const click = (event: Event) => {
    const button = ourButton(event);
    if (!button) return;
    event.preventDefault();
    event.stopPropagation();
    // Only the agent's own click counts: the page's scripts can call button.click() on a
    // post they made up, and must not be able to fill the case list or the library.
    if (!event.isTrusted) return;
    const attr = attrs.find((each) => button.hasAttribute(each));
    if (attr) handlers[attr]?.(button);
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
