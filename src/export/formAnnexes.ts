import { ASSESSMENT_FIELDS } from '../domain/activation/assessment';
import { RECONSTITUTION_KEYS } from '../domain/activation/reconstitution';
import type { AnnexContent } from './annexes';
import type { RenderContext } from './renderers';

/**
 * Blank forms for when the laptop with the plan is gone: the first assessment of an outage and the
 * reconstitution checklist (NIST SP 800-34's activation and reconstitution phases), and the notes
 * for a notification to an authority. Their questions are the labels the app itself uses, so the
 * paper form and the activation screen ask the same.
 */

const ASSESSMENT_LINES = 3;
const NOTIFICATION_LINES = 2;

export function assessmentAnnex({ t }: RenderContext): AnnexContent {
  const a = 'standards.annexes.assessment';
  return {
    id: 'annex-assessment',
    title: t(`${a}.title`),
    intro: t(`${a}.intro`),
    blocks: [
      {
        kind: 'form',
        questions: [t(`${a}.incident`), t('fields.activations.detectedAt.label'), t(`${a}.assessedBy`)],
        lines: 1,
      },
      {
        kind: 'form',
        questions: ASSESSMENT_FIELDS.map((field) => t(`fields.activations.${field}.label`)),
        lines: ASSESSMENT_LINES,
      },
    ],
  };
}

export function reconstitutionAnnex({ t }: RenderContext): AnnexContent {
  const r = 'standards.annexes.reconstitution';
  return {
    id: 'annex-reconstitution',
    title: t(`${r}.title`),
    intro: t(`${r}.intro`),
    blocks: [
      {
        kind: 'table',
        columns: [t(`${r}.action`), t(`${r}.done`), t(`${r}.time`), t(`${r}.initials`)],
        rows: RECONSTITUTION_KEYS.map((key) => [t(`activation.recon.items.${key}`), '', '', '']),
        wide: false,
        weights: [56, 12, 16, 16],
      },
    ],
  };
}

const NOTIFICATION_QUESTIONS = [
  'authority',
  'stage',
  'detectedAt',
  'what',
  'personalData',
  'crossBorder',
  'measures',
  'contact',
  'sent',
] as const;

export function notificationAnnex({ t }: RenderContext): AnnexContent {
  const n = 'standards.annexes.notification';
  return {
    id: 'annex-notification',
    title: t(`${n}.title`),
    intro: t(`${n}.intro`),
    blocks: [
      {
        kind: 'form',
        questions: NOTIFICATION_QUESTIONS.map((question) => t(`${n}.questions.${question}`)),
        lines: NOTIFICATION_LINES,
      },
    ],
  };
}
