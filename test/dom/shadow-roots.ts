/**
 * Chromium attaches <template shadowrootmode> while parsing a page; DOMParser here does not.
 * Kept apart from crm-support.ts (which imports vitest) so the fuzz run can load CRM pages
 * outside vitest too (test/bench/fuzz-bench.ts).
 */
export function attachShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachShadowRoots(shadow);
  }
}
