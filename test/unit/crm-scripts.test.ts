import { describe, expect, it } from 'vitest';
import { CRM_SCRIPT_FILE, syncCrmScripts, type CrmScriptApis } from '@/lib/background/crm-scripts';

const CRMS = [
  { id: 'salesforce', hostPatterns: ['https://*.lightning.force.com/*'] },
  { id: 'zendesk', hostPatterns: ['https://*.zendesk.com/*'] },
];

function fakeBrowser(granted: string[], registered: { id: string; matches: string[] }[] = []) {
  const calls: string[] = [];
  const scripts = [...registered];
  const apis: CrmScriptApis = {
    granted: async (patterns) => patterns.every((p) => granted.includes(p)),
    registered: async () => scripts.map((s) => ({ ...s })),
    register: async (added) => {
      calls.push(`register ${added.map((s) => s.id).join(',')}`);
      for (const s of added) {
        expect(s.js).toEqual([CRM_SCRIPT_FILE]);
        scripts.push({ id: s.id, matches: s.matches });
      }
    },
    unregister: async (ids) => {
      calls.push(`unregister ${ids.join(',')}`);
      for (const id of ids)
        scripts.splice(
          scripts.findIndex((s) => s.id === id),
          1,
        );
    },
  };
  return { apis, calls, scripts };
}

describe('CRM content scripts follow the granted host permissions', () => {
  it('registers only the CRMs whose hosts are granted', async () => {
    const { apis, scripts } = fakeBrowser(['https://*.zendesk.com/*']);
    expect(await syncCrmScripts(CRMS, apis)).toEqual(['zendesk']);
    expect(scripts).toEqual([{ id: 'casebook-crm-zendesk', matches: ['https://*.zendesk.com/*'] }]);
  });

  it('unregisters a CRM whose permission was taken back, and changes nothing twice', async () => {
    const { apis, calls, scripts } = fakeBrowser(
      ['https://*.lightning.force.com/*'],
      [
        { id: 'casebook-crm-zendesk', matches: ['https://*.zendesk.com/*'] },
        { id: 'casebook-crm-salesforce', matches: ['https://*.lightning.force.com/*'] },
        { id: 'someone-else', matches: ['https://example.com/*'] },
      ],
    );
    await syncCrmScripts(CRMS, apis);
    expect(calls).toEqual(['unregister casebook-crm-zendesk']);
    expect(scripts.map((s) => s.id)).toEqual(['casebook-crm-salesforce', 'someone-else']);
    await syncCrmScripts(CRMS, apis);
    expect(calls).toHaveLength(1);
  });

  it('registers again when a CRM asks for different hosts than registered', async () => {
    const { apis, calls } = fakeBrowser(
      ['https://*.lightning.force.com/*'],
      [{ id: 'casebook-crm-salesforce', matches: ['https://old.example/*'] }],
    );
    await syncCrmScripts(CRMS, apis);
    expect(calls).toEqual([
      'unregister casebook-crm-salesforce',
      'register casebook-crm-salesforce',
    ]);
  });
});
