import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/domain/csv/readTable';
import { kindFromHint, readKind, readSupplierKind } from '../../src/domain/csv/valueWords';
import { proposeFor } from '../builders/importCorpus';
import { sheetXml, workbook } from '../fixtures/import-corpus/files';

const text = (value: string) => new TextEncoder().encode(value);
const mappingOf = async (list: 'people' | 'suppliers' | 'systems', csv: string) => {
  const { recognition } = await proposeFor(list, text(csv));
  return Object.fromEntries(
    recognition.mapping.flatMap((field, i) => (field ? [[recognition.headers[i], field]] : [])),
  );
};

describe('which column holds which field', () => {
  it('joins a name split over first, middle and last name', async () => {
    const { preview } = await proposeFor('people', text('First Name,Middle Name,Last Name\nBram,van,Dijk\n'));
    expect(preview.accepted[0]!.data.name).toBe('Bram van Dijk');
  });

  it('takes the display name when there is one, and the parts or the UPN where it is empty', async () => {
    const csv =
      'Display name,First name,Last name,User principal name\nEline V.,Eline,Vermeersch,ev@x.be\n,Lise,Van Damme,lv@x.be\n,,,scanner@x.be\n';
    const { preview } = await proposeFor('people', text(csv));
    expect(preview.accepted.map((row) => row.data.name)).toEqual(['Eline V.', 'Lise Van Damme', 'scanner@x.be']);
  });

  it('puts work, mobile and private numbers in their fields, and never a True/False column', async () => {
    expect(
      await mappingOf('people', 'Name,Business Phone,Mobile Phone,Home Phone,Phone\nA,1,2,3,False\nB,1,2,3,True\n'),
    ).toEqual({
      Name: 'name',
      'Business Phone': 'workPhone',
      'Mobile Phone': 'mobilePhone',
      'Home Phone': 'privatePhone',
    });
  });

  it('keeps a single yes or no under a text header: one cell does not make a flag column', async () => {
    const { preview } = await proposeFor('systems', text('naam;locatie;serienummer\nNAS;kelder;ja\n'));
    expect(preview.accepted[0]!.data).toMatchObject({ name: 'NAS', location: 'kelder', serialOrLicence: 'ja' });
  });

  it('does not take a salutation for a job title, but does take a Title column of job titles', async () => {
    expect(
      await mappingOf('people', 'Title,First Name,Last Name\nDhr.,Jan,Peeters\nMevr.,An,Claes\n'),
    ).not.toHaveProperty('Title');
    expect(await mappingOf('people', 'Display name,Title\nJan Peeters,Diensthoofd\n')).toMatchObject({
      Title: 'function',
    });
  });

  it('takes the supplier column for the supplier, and the brand only when there is none', async () => {
    expect(await mappingOf('systems', 'Naam;Merk;Leverancier\nPc;HP;ICT BV\n')).toEqual({
      Naam: 'name',
      Leverancier: 'vendor',
    });
    expect(await mappingOf('systems', 'Naam;Merk\nPc;HP\n')).toEqual({ Naam: 'name', Merk: 'vendor' });
  });

  it('takes the column whose values are kinds for the kind, when two could be (TOPdesk: Objectsoort and Type)', async () => {
    expect(
      await mappingOf('systems', 'Object ID;Type;Objectsoort\nLT-1;Latitude 5440;Laptop\nPC-2;ProDesk 400;Pc\n'),
    ).toMatchObject({
      Objectsoort: 'type',
    });
  });

  it('never imports a password column', async () => {
    const { recognition, preview } = await proposeFor(
      'systems',
      text('Naam;Soort;Wachtwoord\nFirewall;firewall;Geheim123!\n'),
    );
    expect(recognition.hints.refused).toEqual([2]);
    expect(JSON.stringify(preview.accepted)).not.toContain('Geheim123!');
  });

  it('finds the header below title lines and skips section, empty, total and repeated header lines', async () => {
    const csv = [
      'Personeelslijst 2026;;',
      ';;',
      'Naam;Functie;Gsm',
      'BURGERZAKEN;;',
      'An Claes;Loket;0470 11 22 33',
      ';;',
      'Naam;Functie;Gsm',
      'Totaal: 1;;',
    ].join('\n');
    const { recognition, preview } = await proposeFor('people', text(csv));
    expect(recognition.headerRow).toBe(2);
    expect(preview.skipped.map((s) => s.reason)).toEqual(['section', 'empty', 'header', 'total']);
    // A section line of a people list is the department of the people below it.
    expect(preview.accepted[0]!.data).toMatchObject({ name: 'An Claes', department: 'BURGERZAKEN' });
  });
});

describe('several numbers in one Google Contacts cell', () => {
  it('keeps the first in the field its label names and the others in the notes, never a private one', async () => {
    const csv = [
      'Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value',
      'Jan Janssens,Jan,Janssens,Work,050 11 22 33 ::: 050 11 22 34,Home,050 99 88 77 ::: 0470 99 88 77',
    ].join('\r\n');
    const { preview } = await proposeFor('people', text(csv));
    const [row] = preview.accepted;
    expect(row!.data).toMatchObject({ workPhone: '050 11 22 33', privatePhone: '050 99 88 77' });
    expect(row!.data.notes).toBe('Telefoon werk: 050 11 22 34');
  });
});

describe('values that are not one of the choices', () => {
  it('reads the words tools and people use for a kind', () => {
    expect(['VMware Guest', 'Monitoren', 'All-in-one', 'Windows Laptop', 'MFP', 'Mobile Phones'].map(readKind)).toEqual(
      ['server-cloud', 'other', 'desktop', 'laptop', 'printer', 'mobile'],
    );
    expect(readSupplierKind('IT-partner')).toBe('it-services');
    expect(kindFromHint(['Windows 11 Pro', 'Latitude 5440'])).toBe('laptop');
    expect(kindFromHint(['Windows Server 2022 Standard'])).toBe('server-cloud');
  });

  it('reads the line to the outside and the network inside as "network", in Flemish, Dutch and English inventories', async () => {
    const kinds = async (csv: string) =>
      Object.fromEntries(
        (await proposeFor('systems', text(csv))).preview.accepted.map((row) => [row.data.name, row.data.type]),
      );
    // A Flemish municipality's sheet, kinds as people type them.
    expect(
      await kinds(
        [
          'Naam;Soort;Leverancier',
          'Proximus Explore;Internetlijn;Proximus',
          'Telenet Business Fibre;Glasvezel;Telenet',
          'Back-up via 4G;4G-router;Orange',
          'Wifi raadzaal;Wi-Fi;Westkust ICT',
          'Kernswitch serverlokaal;Switch;Westkust ICT',
          'Fortigate 60F;Firewall;Westkust ICT',
          'Toegang op afstand;VPN;Westkust ICT',
          'Kyocera onthaal;Netwerkprinter;Printshop Noord',
          'Boekhouding;Boekhoudprogramma;Cipal',
          'Laptops;Laptop;Westkust ICT',
        ].join('\n'),
      ),
    ).toEqual({
      'Proximus Explore': 'network',
      'Telenet Business Fibre': 'network',
      'Back-up via 4G': 'network',
      'Wifi raadzaal': 'network',
      'Kernswitch serverlokaal': 'network',
      'Fortigate 60F': 'network',
      'Toegang op afstand': 'network',
      'Kyocera onthaal': 'printer',
      Boekhouding: 'software',
      Laptops: 'laptop',
    });
    // A Dutch SME's and an English office's.
    expect(
      await kinds(
        [
          'Naam,Type',
          'KPN Zakelijk Internet,Internetverbinding',
          'Glasvezelaansluiting kantoor,glasvezelaansluiting',
          'Verbinding filialen,WAN',
          'Ubiquiti plafond,Access point',
          'Telefoonlijn receptie,Vaste lijn',
          'Leased line,Leased line',
          'Office broadband,Broadband',
          'Meeting room AP,Wireless access point',
          'Mail,Webmail',
        ].join('\n'),
      ),
    ).toEqual({
      'KPN Zakelijk Internet': 'network',
      'Glasvezelaansluiting kantoor': 'network',
      'Verbinding filialen': 'network',
      'Ubiquiti plafond': 'network',
      'Telefoonlijn receptie': 'telephony',
      'Leased line': 'network',
      'Office broadband': 'network',
      'Meeting room AP': 'network',
      Mail: 'email',
    });
  });

  it('keeps a row with an unknown kind as "other", with the original in the notes and "read as" in the preview', async () => {
    const { preview } = await proposeFor('systems', text('Naam;Soort\nVergaderscherm;Touchscreen\n'));
    expect(preview.accepted[0]!.data).toMatchObject({ type: 'other', notes: 'Soort: Touchscreen' });
    expect(preview.accepted[0]!.readAs).toEqual([{ field: 'type', value: 'Touchscreen', as: 'other' }]);
  });

  it('keeps a row with a number or a date in words: the field empty, the words in the notes', async () => {
    const csv = 'Leverancier;Noodnummer;Reactietijd;Einddatum contract\nProximus;0800 22 800;NBD;jaarlijks verlengd\n';
    const { preview } = await proposeFor('suppliers', text(csv));
    expect(preview.rejected).toEqual([]);
    expect(preview.accepted[0]!.data).toEqual({
      name: 'Proximus',
      emergencyLine: '0800 22 800',
      notes: 'Reactietijd volgens SLA (uren): NBD\nContract loopt tot: jaarlijks verlengd',
    });
  });

  it('turns HTML line breaks into line breaks', async () => {
    const { preview } = await proposeFor('systems', text('Asset Name,Notes\nLaptop,Dock<br>Adapter<br/>Tas\n'));
    expect(preview.accepted[0]!.data.notes).toBe('Dock\nAdapter\nTas');
  });

  it('merges a repeated row into the first, and keeps two rows with one name but different serials', async () => {
    const csv = 'Naam;Soort;Serienummer;Locatie\nLaptop;laptop;A1;\nLaptop;laptop;A1;Onthaal\nLaptop;laptop;B2;\n';
    const { preview } = await proposeFor('systems', text(csv));
    expect(preview.merged).toEqual([{ row: 3, into: 2, name: 'Laptop' }]);
    expect(preview.accepted.map((row) => [row.data.name, row.data.location ?? ''])).toEqual([
      ['Laptop', 'Onthaal'],
      ['Laptop (B2)', ''],
    ]);
  });
});

describe('a file that is not a list', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a file of empty lines', text(';;;\r\n;;;\r\n'), 'empty'],
    [
      'a program renamed to .csv',
      Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, ...new Array(500).fill(0)]),
      'notATable',
    ],
    ['an old .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'oldExcel'],
    ['a zip that is no workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'spreadsheetUnreadable'],
    ['10,000 columns', text(`${Array.from({ length: 10_000 }, (_, i) => `k${i}`).join(';')}\n`), 'tooManyColumns'],
    ['a 50 MB export', new Uint8Array(50 * 1024 * 1024).fill(0x41), 'tooLarge'],
  ])('refuses %s with its reason', async (_name, bytes, problem) => {
    expect(await readTable(bytes)).toMatchObject({ ok: false, problem });
  });

  it('refuses a workbook with cells merged over several rows, naming them', async () => {
    const bytes = workbook(
      sheetXml(
        [
          ['Naam', 'Soort'],
          ['Pc', 'pc'],
          ['', ''],
        ],
        '<mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells>',
      ),
    );
    expect(await readTable(bytes)).toEqual({ ok: false, problem: 'mergedCells', detail: 'B2:B3' });
  });

  it('refuses a workbook whose formulas were never calculated, and reads one whose formulas were', async () => {
    const uncalculated = workbook(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c><c r="B1"><f>1+1</f></c></row></sheetData>',
    );
    expect(await readTable(uncalculated)).toEqual({ ok: false, problem: 'formulasNotCalculated', detail: 'B1' });
    const calculated = workbook(
      sheetXml([
        ['Naam', 'Aantal'],
        ['Pc', '2'],
        ['Totaal', '2'],
      ]),
    );
    expect(await readTable(calculated)).toMatchObject({
      ok: true,
      table: {
        rows: [
          ['Pc', '2'],
          ['Totaal', '2'],
        ],
      },
    });
  });

  it('reads "Unicode-tekst" (UTF-16 with tabs) and the Windows code page', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Naam\tGsm\r\nZoë\t0470\r\n'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(await readTable(utf16)).toMatchObject({
      ok: true,
      format: 'utf16',
      table: { headers: ['Naam', 'Gsm'], rows: [['Zoë', '0470']] },
    });
    const cp1252 = Uint8Array.from([...'Naam;Dienst\r\nZo'].map((c) => c.charCodeAt(0)).concat([0xeb, 0x3b, 0x80]));
    expect(await readTable(cp1252)).toMatchObject({
      ok: true,
      format: 'windows-1252',
      table: { rows: [['Zoë', '€']] },
    });
  });
});
