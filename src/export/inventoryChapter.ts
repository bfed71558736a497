import { sniffPicture } from '../domain/pictures';
import { analyseContinuity } from '../domain/rules/continuity';
import { criticalVersionedSystems } from '../domain/rules/versionLevels';
import type { Block } from './model';
import { type RenderContext, registerStepRenderer } from './renderers';
import { formatDuration } from '../i18n/durations';
import { formatDate, todayIso } from './values';
import { listOf } from './planRecords';

/**
 * The version levels of the time-critical systems in one table, tightest RTO first: what whoever
 * rebuilds them must reach, without leafing through every system's details.
 */
function versionLevelBlocks(context: RenderContext): Block[] {
  const { t } = context;
  const systems = listOf(context.plan, 'systems');
  const analysis = analyseContinuity({
    services: listOf(context.plan, 'services'),
    systems,
    backups: listOf(context.plan, 'backups'),
    suppliers: listOf(context.plan, 'suppliers'),
    today: todayIso(new Date()),
  });
  const objectives = new Map(analysis.restart.order.map((entry) => [entry.systemId, entry.inherited]));
  const critical = criticalVersionedSystems(systems, objectives);
  if (critical.length === 0) return [];
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const missing = t('exports.document.notFilled');
  const v = 'servicesInventory.inventory.versions';
  return [
    { kind: 'heading', level: 2, text: t(`${v}.title`) },
    { kind: 'paragraph', tone: 'muted', text: t(`${v}.intro`) },
    {
      kind: 'table',
      columns: [t(`${v}.system`), t(`${v}.rto`), t('fields.systems.versionLevel.label'), t(`${v}.checkedOn`)],
      rows: critical.map(({ system, rto }) => [
        text(system.name),
        formatDuration(rto, t, context.language),
        text(system.versionLevel) || missing,
        text(system.versionCheckedOn) ? formatDate(text(system.versionCheckedOn), context.language) : missing,
      ]),
      wide: false,
      weights: [3, 1, 5, 2],
    },
  ];
}

/**
 * The plan's pictures (a network diagram) with their captions, numbered; the edition without private
 * data says how many it leaves out instead. Each is checked again here: plan JSON can come from
 * anywhere, and only a PNG or JPEG within the limits is printed.
 */
function pictureBlocks(context: RenderContext): Block[] {
  const { t } = context;
  const figures = (context.plan.pictures ?? []).flatMap((picture) => {
    const bytes = new Uint8Array(Buffer.from(picture.data, 'base64'));
    const facts = sniffPicture(bytes);
    return facts.ok ? [{ ...facts, bytes, caption: picture.caption.trim() }] : [];
  });
  if (figures.length === 0) return [];
  // A network diagram tells an intruder how the network fits together: it stays in the full edition.
  if (!context.includePrivate)
    return [
      { kind: 'heading', level: 2, text: t('servicesInventory.pictures.title') },
      { kind: 'paragraph', tone: 'muted', text: t('servicesInventory.pictures.leftOut', { count: figures.length }) },
    ];
  return [
    { kind: 'heading', level: 2, text: t('servicesInventory.pictures.title') },
    ...figures.map((figure, index): Block => ({
      kind: 'figure',
      mediaType: figure.mediaType,
      bytes: figure.bytes,
      width: figure.width,
      height: figure.height,
      label: t('servicesInventory.pictures.label', { number: index + 1 }),
      caption: figure.caption,
    })),
  ];
}

registerStepRenderer('inventory', (context) => [...pictureBlocks(context), ...versionLevelBlocks(context)]);
