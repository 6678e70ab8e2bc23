import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { customerByIdentity } from '@/lib/customers/capture-store';
import { createCustomer } from '@/lib/customers/customer-store';
import { decodeCsv, parseCustomerCsv, suggestMapping } from '@/lib/customers/csv-import';
import {
  applyCustomerImport,
  CustomerImportError,
  previewCustomerImport,
} from '@/lib/customers/csv-import-store';
import { handleOf, parseAmount, readRows } from '@/lib/customers/csv-rows';
import { CustomerSchema } from '@/lib/db/schema';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const EXPORT = [
  'Contact ID,Full name,Email,Phone,Account Name,Contact Owner,LTV,Currency,VIP,Segment,Products,Twitter/X handle,Facebook,Description',
  '003A,Dana Ruiz,dana@example.com,+1 555 0100,Acme,Sam Lee,"12,500.00",USD,yes,SMB,Fiber 500; TV,@dana_r,https://www.facebook.com/dana.ruiz,Prefers email',
  '003B,Lee Park,lee@example.com,,Globex,Sam Lee,900,EUR,no,,,,,',
  '003C,Broken Email,not-an-email,,,,,,,,,,,',
  '003D,Bad Value,bd@example.com,,,,lots,USD,,,,,,',
  '003E,Bad VIP,bv@example.com,,,,,,maybe,,,,,',
  ',,,,,,,,,,,,,',
  '003F,Too,many,fields,a,b,c,d,e,f,g,h,i,j,k,l',
  '003A,Dana Again,dana2@example.com,,,,,,,,,,,',
].join('\r\n');

function prepare(text: string, crmSystem: 'salesforce' | null = 'salesforce') {
  const parsed = parseCustomerCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const mapping = suggestMapping(parsed.headers);
  const read = readRows(parsed.rows, mapping, { crmSystem });
  return { parsed, mapping, rows: read.rows, problems: [...parsed.problems, ...read.problems] };
}

describe('reading a CRM export', () => {
  it('suggests a mapping from the usual headers', () => {
    expect(
      suggestMapping([
        'Contact ID',
        'Full name',
        'E-mail',
        'Phone',
        'Account Name',
        'Owner',
        'Lifetime value',
        'Currency',
        'VIP',
        'Segment',
        'Products',
        'Twitter/X handle',
        'Facebook',
        'CRM',
        'First Name',
        'Last Name',
        'Email',
        'Favourite colour',
      ]),
    ).toEqual([
      'crmId',
      'name',
      'email',
      'phone',
      'company',
      'owner',
      'lifetimeValue',
      'currency',
      'vip',
      'segment',
      'products',
      'handle.x',
      'handle.facebook',
      'crmSystem',
      'firstName',
      'lastName',
      null, // a second email column does not map twice
      null,
    ]);
  });

  it('reads good rows and gives each bad one its line and reason', () => {
    const { rows, problems } = prepare(EXPORT);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 9]);
    expect(rows[0]).toEqual({
      line: 2,
      note: 'Prefers email',
      fields: {
        name: 'Dana Ruiz',
        emails: ['dana@example.com'],
        phone: '+1 555 0100',
        company: 'Acme',
        owner: 'Sam Lee',
        segment: 'SMB',
        products: ['Fiber 500', 'TV'],
        vip: true,
        lifetimeValue: { amount: 12_500, currency: 'USD' },
        crmLinks: [{ system: 'salesforce', recordId: '003A', objectType: '', url: null }],
        identities: [
          { platform: 'x', handle: 'dana_r', profileUrl: null, followers: null },
          { platform: 'facebook', handle: 'dana.ruiz', profileUrl: null, followers: null },
        ],
      },
    });
    expect(problems).toEqual([
      { line: 8, reason: '16 fields where the header has 14 (a comma in an unquoted value?)' },
      { line: 4, reason: '“not-an-email” is not an email address' },
      { line: 5, reason: '“lots” is not an amount' },
      { line: 6, reason: 'VIP is “maybe”; write yes or no' },
    ]);
  });

  it('asks for the CRM when ids have no system, and for a currency when values have none', () => {
    const noCrm = prepare('Id,Name\n1,Dana', null);
    expect(noCrm.problems[0]!.reason).toMatch(/a CRM id needs its CRM/);
    const noCurrency = prepare('Name,LTV\nDana,100');
    expect(noCurrency.problems[0]!.reason).toMatch(/needs a currency/);
    expect(prepare('Name,LTV\nDana,€1.200,50').rows).toHaveLength(0); // 3 fields for 2 columns
    expect(prepare('Name,LTV\nDana,"€1.200,50"').rows[0]!.fields.lifetimeValue).toEqual({
      amount: 1200.5,
      currency: 'EUR',
    });
  });

  it.each([
    ['12,500.00', 12_500, null],
    ['12.500,00', 12_500, null],
    ['$1,200', 1200, 'USD'],
    ['1 200 €', 1200, 'EUR'],
    ['GBP 90', 90, 'GBP'],
    ['99,5', 99.5, null],
  ])('parseAmount(%s)', (text, amount, currency) => {
    expect(parseAmount(text)).toEqual({ amount, currency });
  });

  it('refuses amounts and handles that are not', () => {
    expect(parseAmount('1e400')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('12,50,0')).toBeNull();
    expect(handleOf('https://x.com/Dana_R?s=20')).toBe('Dana_R');
    expect(handleOf('https://www.linkedin.com/in/dana-ruiz/')).toBe('dana-ruiz');
    expect(handleOf('two words')).toBeNull();
  });

  it('refuses files that are not CSV: binary, an unclosed quote, too many rows, empty', () => {
    expect(parseCustomerCsv('PK\u0003\u0004\u0000\u0000')).toMatchObject({ ok: false });
    expect(parseCustomerCsv('Name,Email\n"Dana,dana@example.com\n')).toEqual({
      ok: false,
      error: 'Line 2 opens a quoted field that is never closed: the file is damaged or not a CSV.',
    });
    const many = ['Name', ...Array.from({ length: 11 }, (_, i) => `P${i}`)].join('\n');
    expect(parseCustomerCsv(many, 10)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/more than 10 rows/),
    });
    expect(parseCustomerCsv('\n\n')).toEqual({ ok: false, error: 'The file is empty.' });
  });

  it('reports huge fields by line instead of storing them', () => {
    const parsed = parseCustomerCsv(`Name,Notes\nDana,${'x'.repeat(20_000)}\nLee,ok`);
    expect(parsed).toMatchObject({
      ok: true,
      problems: [{ line: 2, reason: 'a field is longer than 10,000 characters' }],
    });
  });

  it('decodes UTF-8 with BOM, UTF-16 and Windows-1252 exports', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Name\nJosé')]);
    const decoded = decodeCsv(utf8);
    expect(decoded.encoding).toBe('utf-8');
    const parsed = parseCustomerCsv(decoded.text);
    expect(parsed.ok && parsed.headers).toEqual(['Name']);
    const latin = new Uint8Array([...new TextEncoder().encode('Name\nJos'), 0xe9]);
    expect(decodeCsv(latin)).toEqual({ text: 'Name\nJosé', encoding: 'windows-1252' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Name'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeCsv(utf16)).toEqual({ text: 'Name', encoding: 'utf-16le' });
  });

  it('keeps hostile text as plain text', () => {
    const { rows } = prepare(
      'Name,Notes\n"<img src=x onerror=alert(1)>","=HYPERLINK(""http://evil"")"',
      null,
    );
    expect(rows[0]).toMatchObject({
      fields: { name: '<img src=x onerror=alert(1)>' },
      note: '=HYPERLINK("http://evil")',
    });
  });
});

describe('planning and writing an import', () => {
  it('previews add / update / skip, writes nothing until applied, then all rows at once', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor()); // @dana_r exists from a capture
    const { rows, problems } = prepare(EXPORT);
    const plan = await previewCustomerImport(db, rows, problems);
    expect(plan.add.map((r) => r.line)).toEqual([3]);
    expect(plan.update.map((u) => [u.row.line, u.existing.name])).toEqual([[2, 'Dana R']]);
    expect(plan.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, '“not-an-email” is not an email address'],
      [5, '“lots” is not an amount'],
      [6, 'VIP is “maybe”; write yes or no'],
      [8, '16 fields where the header has 14 (a comma in an unquoted value?)'],
      [9, 'the same CRM record as line 2'],
    ]);
    expect(await db.customers.count()).toBe(1);

    const progress: [number, number][] = [];
    const result = await applyCustomerImport(db, rows, actor(), {
      chunkSize: 1,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toMatchObject({ added: 1, updated: 1, skipped: 1 });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const dana = (await customerByIdentity(db, 'x:dana_r'))!;
    expect(CustomerSchema.parse(dana)).toMatchObject({
      name: 'Dana Ruiz', // the CRM's name replaces the display name
      crmKeys: ['salesforce:003A'],
      identityKeys: ['x:dana_r', 'facebook:dana.ruiz'],
      vip: true,
      notes: [{ text: 'Prefers email', by: 'me' }],
    });
    expect(dana.sentiment.posts).toBe(1); // what the capture knew is kept
  });

  it('importing the same file again updates instead of duplicating', async () => {
    const db = freshDatabase();
    const { rows } = prepare(EXPORT);
    await applyCustomerImport(db, rows, actor());
    const count = await db.customers.count();
    const again = await applyCustomerImport(db, rows, actor(actor().now + 1));
    expect(again).toMatchObject({ added: 0, updated: 0 });
    expect(await db.customers.count()).toBe(count);
    const changed = prepare(EXPORT.replace('Globex', 'Globex Corp')).rows;
    const third = await previewCustomerImport(db, changed, []);
    expect(third.update.map((u) => u.changes)).toEqual([
      [{ field: 'company', from: 'Globex', to: 'Globex Corp' }],
    ]);
    // A row matched by email (no CRM id) updates too.
    const byEmail = prepare('Email,Segment\nLEE@example.com,Enterprise').rows;
    expect((await previewCustomerImport(db, byEmail, [])).update).toHaveLength(1);
  });

  it('leaves out a handle that is another customer, with a warning', async () => {
    const db = freshDatabase();
    await createCustomer(
      db,
      {
        name: 'Someone',
        identities: [{ platform: 'x', handle: 'taken', profileUrl: null, followers: null }],
      },
      actor(),
    );
    await createCustomer(db, { name: 'Lee', emails: ['lee@example.com'] }, actor());
    const { rows } = prepare('Email,Twitter\nlee@example.com,@taken');
    const result = await applyCustomerImport(db, rows, actor());
    expect(result.warnings).toEqual([
      {
        line: 2,
        reason: 'the identity x:taken belongs to “Someone”: left out (merge the two instead)',
      },
    ]);
    expect(result.skipped).toBe(1); // nothing else to change
  });

  it('writes nothing when a record fails validation', async () => {
    const db = freshDatabase();
    const { rows } = prepare('Name,Email\nDana,dana@example.com\nLee,lee@example.com');
    const broken = [
      rows[0]!,
      { ...rows[1]!, fields: { ...rows[1]!.fields, phone: '1'.repeat(500) } },
    ];
    const error = await applyCustomerImport(db, broken, actor()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CustomerImportError);
    expect((error as Error).message).toMatch(/line 3: phone/);
    expect(await db.customers.count()).toBe(0);
  });

  it('imports thousands of rows in chunks', async () => {
    const db = freshDatabase();
    const lines = [
      'Id,Name,Email',
      ...Array.from({ length: 3000 }, (_, i) => `${i},Person ${i},p${i}@example.com`),
    ];
    const { rows, problems } = prepare(lines.join('\n'));
    expect(problems).toEqual([]);
    let calls = 0;
    const result = await applyCustomerImport(db, rows, actor(), { onProgress: () => calls++ });
    expect(result.added).toBe(3000);
    expect(calls).toBe(6);
    expect(await db.customers.where('crmKeys').equals('salesforce:2999').count()).toBe(1);
  });
});
