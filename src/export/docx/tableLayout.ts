import { BorderStyle } from 'docx';
import { COLOURS } from '../palette';

// The measures both ways of writing a Word table share (blocks.ts with docx, tableXml.ts directly): rules and padding.
// Column widths and which rows stay whole are the plan's (../tableMeasures.ts), shared with the PDF.

export const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
export const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };
