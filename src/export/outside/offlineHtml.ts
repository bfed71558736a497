import type { Block, DocumentModel } from '../model';
import { blockHtml, html } from '../html/printView';
import type { RenderContext } from '../renderers';
import { restartOrderBlocks } from '../restartOrderChapter';
import type { ContactPerson, EmergencyContacts, PhoneNumber, SupplierLine } from './emergencyContacts';
import { type FallbackLocation, type Playbook, fallbackLocations, firstSteps, playbooks } from './firstHour';
import { OFFLINE_CSP, OFFLINE_CSS, OFFLINE_SCRIPT } from './offlineAssets';
import { planKey } from './planKey';
import { dialNumber, telLink } from '../telLink';

/** A number with its label as a `tel:` link (dialNumber: only digits and a leading + reach the href). */
function labelledTelLink(number: string, label = ''): string {
  const text = `${label ? `<span class="label">${html(label)}</span>` : ''}${html(number)}`;
  return dialNumber(number) ? telLink(number, text) : `<span>${text}</span>`;
}

const EMAIL = /^[^\s@<>"'()\\,;:]+@[^\s@<>"'()\\,;:]+\.[^\s@<>"'()\\,;:]+$/;

function mailLink(address: string): string {
  if (!EMAIL.test(address)) return html(address);
  return `<a class="mail" href="mailto:${html(encodeURI(address))}">${html(address)}</a>`;
}

const numbers = (phones: PhoneNumber[], email = '') =>
  phones.length || email
    ? `<div class="numbers">${phones.map((phone) => labelledTelLink(phone.number, phone.label)).join('')}${email ? mailLink(email) : ''}</div>`
    : '';

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => `<p>${html(part)}</p>`)
    .join('');

/** Numbers the page's searchable pieces and says where each one is, for the search results. */
class Units {
  private count = 0;
  attributes(where: string): string {
    this.count += 1;
    return ` id="u${this.count}" data-unit data-where="${html(where)}"`;
  }
}

function personHtml(person: ContactPerson, kind: string): string {
  return `<div class="person"><span class="kind">${html(kind)}</span> <strong>${html(person.name)}</strong>${
    person.function ? ` · ${html(person.function)}` : ''
  }${numbers(person.phones, person.email)}</div>`;
}

function supplierHtml(supplier: SupplierLine, context: RenderContext, units: Units, where: string): string {
  const { t } = context;
  const facts = [
    supplier.category,
    supplier.customerNumber && `${t('exports.card.customerNumber')}: ${supplier.customerNumber}`,
    supplier.supportHours,
  ].filter(Boolean);
  const contacts = supplier.contacts
    .map(
      (contact) =>
        `<div class="person"><strong>${html(contact.name || t('exports.card.contact'))}</strong>${numbers(
          contact.phone ? [{ type: 'WORK', label: '', number: contact.phone }] : [],
          contact.email,
        )}</div>`,
    )
    .join('');
  return `<li${units.attributes(where)}><div class="call-head">${html(supplier.name)}</div>${
    supplier.emergencyLine
      ? numbers([{ type: 'WORK', label: t('exports.card.emergencyLine'), number: supplier.emergencyLine }])
      : ''
  }${facts.length ? `<p class="muted">${html(facts.join(' · '))}</p>` : ''}${contacts}</li>`;
}

function playbookHtml(playbook: Playbook, context: RenderContext, units: Units, where: string): string {
  const { t } = context;
  const texts = (entries: Playbook['before']) =>
    entries
      .map((entry) => `<div${units.attributes(where)}><h4>${html(entry.label)}</h4>${paragraphs(entry.text)}</div>`)
      .join('');
  const steps = playbook.steps
    .map((step) => {
      const facts = [
        step.phase,
        step.role,
        step.targetMinutes !== null ? t('exports.outside.html.checklist.within', { count: step.targetMinutes }) : '',
        step.needs,
      ].filter(Boolean);
      return `<li${units.attributes(where)}><label><input type="checkbox" data-tick="${html(`${playbook.id}/${step.id}`)}"><span>${html(step.action)}<span class="step-facts">${html(facts.join(' · '))}</span></span></label></li>`;
    })
    .join('');
  return `<h3>${html(playbook.title)}</h3>${texts(playbook.before)}${
    steps ? `<h4>${html(t('exports.outside.html.checklist.steps'))}</h4><ol class="checklist">${steps}</ol>` : ''
  }${texts(playbook.after)}`;
}

function locationHtml(location: FallbackLocation, context: RenderContext, units: Units, where: string): string {
  const label = (name: string) => context.t(`fields.locations.${name}.label`);
  const part = (name: string, text: string) => (text ? `<h4>${html(label(name))}</h4>${paragraphs(text)}` : '');
  return `<li${units.attributes(where)}><div class="call-head">${html(location.name)}</div>${paragraphs(location.address)}${part(
    'access',
    location.access,
  )}${part('equipment', location.equipment)}${part('travelNotes', location.travelNotes)}${
    location.contact
      ? `<div class="person"><strong>${html(location.contact.name)}</strong>${numbers(location.contact.phones, location.contact.email)}</div>`
      : ''
  }</li>`;
}

/** A block of the full plan for a phone screen: each cell carries its column's name, for the stacked layout of narrow screens. */
function planBlockHtml(block: Block, units: Units, where: string): string {
  if (block.kind === 'table') {
    const head = `<thead><tr>${block.columns.map((column) => `<th>${html(column)}</th>`).join('')}</tr></thead>`;
    const rows = block.rows
      .map(
        (row) =>
          `<tr${units.attributes(where)}>${block.columns
            .map((column, index) => `<td data-label="${html(column)}">${paragraphs(row[index] ?? '')}</td>`)
            .join('')}</tr>`,
      )
      .join('');
    return `<table class="data">${head}<tbody>${rows}</tbody></table>`;
  }
  if (block.kind === 'paragraph')
    return `<p${units.attributes(where)}${block.tone === 'muted' ? ' class="muted"' : ''}>${html(block.text)}</p>`;
  if (block.kind === 'definitions')
    return `<table class="definitions"><tbody>${block.entries
      .map(
        (entry) =>
          `<tr${units.attributes(where)}><th scope="row">${html(entry.term)}</th><td>${paragraphs(entry.value)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  return blockHtml(block);
}

export interface OfflinePlanOptions {
  /** The contacts file beside the page (in the kit), named in "Contacts on your phone". */
  contactsFile?: string;
}

/**
 * The plan as one self-contained web page for the first hour: first steps and the call tree on
 * top with numbers to tap, search over the whole plan, the playbooks as checklists kept in the
 * browser, the restart order, the suppliers' lines, the fallback locations, then the full plan
 * from the same document model as Word and PDF. No external resource: it opens from a stick, on
 * a borrowed laptop or a phone, and its policy forbids every request.
 */
export function renderOfflinePlan(
  model: DocumentModel,
  contacts: EmergencyContacts,
  context: RenderContext,
  options: OfflinePlanOptions = {},
): string {
  const { t } = context;
  const h = 'exports.outside.html';
  const title = (key: string) => t(`${h}.sections.${key}`);
  const none = `<p class="muted">${html(t(`${h}.none`))}</p>`;
  const units = new Units();
  const top = `<a class="top" href="#top">${html(t(`${h}.top`))}</a>`;
  const section = (id: string, body: string) =>
    `<section id="${id}"><h2>${html(title(id))}</h2>${body || none}${top}</section>`;

  const steps = firstSteps(context);
  const card = (key: string) => t(`exports.card.${key}`);
  const firstStepsHtml = (
    [
      [card('firstSteps'), steps.firstSteps],
      [card('when'), steps.when],
      [card('activatedBy'), steps.activatedBy],
      [card('escalation'), steps.escalation],
    ] as const
  )
    .filter(([, text]) => text)
    .map(
      ([label, text]) =>
        // The first steps need no heading under the section of the same name.
        `<div${units.attributes(title('firstSteps'))}>${label === title('firstSteps') ? '' : `<h3>${html(label)}</h3>`}${paragraphs(text)}</div>`,
    )
    .join('');

  const callTreeHtml = contacts.callTree.length
    ? `<ol class="calls">${contacts.callTree
        .map(
          (step) =>
            `<li${units.attributes(title('callTree'))}><div class="call-head">${step.position}. ${html(
              [step.label, step.role].filter(Boolean).join(' · '),
            )}</div>${step.fromLevel ? `<p class="muted">${html(`${card('fromLevel')}: ${step.fromLevel}`)}</p>` : ''}${step.contacts
              .map((contact) => personHtml(contact.person, card(contact.kind)))
              .join('')}${step.notes ? `<p class="muted">${html(step.notes)}</p>` : ''}</li>`,
        )
        .join('')}</ol>`
    : '';

  const suppliersHtml = contacts.suppliers.length
    ? `<ul class="cards">${contacts.suppliers.map((supplier) => supplierHtml(supplier, context, units, title('numbers'))).join('')}</ul>`
    : '';

  const books = playbooks(context);
  const playbooksHtml = books.length
    ? `<p class="note">${html(t(`${h}.checklist.note`))}</p><p class="note" id="ticks-unavailable" hidden>${html(
        t(`${h}.checklist.unavailable`),
      )}</p>${books.map((book) => playbookHtml(book, context, units, title('playbooks'))).join('')}<p><button type="button" id="clear-ticks">${html(
        t(`${h}.checklist.clear`),
      )}</button></p>`
    : '';

  const restartHtml = restartOrderBlocks(context)
    .map((block) => planBlockHtml(block, units, title('restart')))
    .join('');

  const locations = fallbackLocations(context);
  const locationsHtml = locations.length
    ? `<ul class="cards">${locations.map((location) => locationHtml(location, context, units, title('locations'))).join('')}</ul>`
    : '';

  const category = t('exports.outside.contactsCategory', { organisation: model.organisation });
  const phoneHtml = [
    options.contactsFile ? t(`${h}.phone.kit`, { file: options.contactsFile }) : t(`${h}.phone.standalone`),
    t(`${h}.phone.android`),
    t(`${h}.phone.iphone`),
    t(`${h}.phone.group`, { category }),
  ]
    .map((text) => `<p>${html(text)}</p>`)
    .join('');

  const chapters = [...model.chapters, ...model.annexes];
  const planHtml = `<nav aria-label="${html(model.texts.contents)}"><ol>${chapters
    .map((chapter) => `<li><a href="#plan-${html(chapter.id)}">${html(`${chapter.number}. ${chapter.title}`)}</a></li>`)
    .join('')}</ol></nav>${chapters
    .map((chapter) => {
      const where = `${chapter.number}. ${chapter.title}`;
      return `<section id="plan-${html(chapter.id)}"><h3>${html(where)}</h3>${chapter.blocks
        .map((block) => planBlockHtml(block.kind === 'heading' ? { ...block, level: 3 } : block, units, where))
        .join('\n')}${top}</section>`;
    })
    .join('\n')}`;

  const sections = ['firstSteps', 'callTree', 'numbers', 'playbooks', 'restart', 'locations', 'phone', 'plan'];
  const heading = [model.organisation, model.version && `v${model.version}`, model.date].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="${model.language}" data-plan="${planKey(context.plan)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(`${t(`${h}.title`)} – ${model.organisation}`)}</title>
<style>${OFFLINE_CSS}</style>
</head>
<body>
<header id="top">
<p class="classification">${html(model.classification)}</p>
<p class="organisation">${html(heading)}</p>
<h1>${html(t(`${h}.title`))}</h1>
<p>${html(t(`${h}.intro`))}</p>
${model.edition ? `<p class="muted">${html(t(`${h}.edition`))}</p>` : ''}
</header>
<nav class="quick" aria-label="${html(t(`${h}.nav`))}"><ul>${sections
    .map((id) => `<li><a href="#${id}">${html(title(id))}</a></li>`)
    .join('')}</ul></nav>
<main>
<div class="search" role="search">
<label for="search">${html(t(`${h}.search.label`))}</label>
<input id="search" type="search" autocomplete="off" placeholder="${html(t(`${h}.search.placeholder`))}">
<p id="search-status" role="status" data-found="${html(t(`${h}.search.found`, { number: '#' }))}" data-none="${html(
    t(`${h}.search.none`),
  )}" data-show="${html(t(`${h}.search.show`))}"></p>
<ol id="search-results"></ol>
</div>
${section('firstSteps', firstStepsHtml)}
${section('callTree', callTreeHtml)}
${section('numbers', suppliersHtml)}
${section('playbooks', playbooksHtml)}
${section('restart', restartHtml)}
${section('locations', locationsHtml)}
${section('phone', phoneHtml)}
<section id="plan"><h2>${html(title('plan'))}</h2>${planHtml}</section>
</main>
<script>${OFFLINE_SCRIPT}</script>
</body>
</html>
`;
}
