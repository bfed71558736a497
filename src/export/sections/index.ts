/**
 * Sections with a rendering of their own register it here (see renderers.ts); every other section
 * is printed generically from its fields.
 */
import './risks';
import './callTree';
import './roles';
import './services';
