import { AlignmentType, type INumberingOptions, LevelFormat } from 'docx';
import { LIST_INDENT } from './theme';

/** The document's two list definitions: bullets and numbers, each a real Word list with a hanging indent. */
export const BULLETS = 'paraat-bullets';
export const NUMBERS = 'paraat-numbers';

const indent = { paragraph: { indent: LIST_INDENT } };

/** Word's numbering for the lists of every document Paraat writes (the plan and the emergency card). */
export const LIST_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: indent }],
    },
    {
      reference: NUMBERS,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: indent }],
    },
  ],
};
