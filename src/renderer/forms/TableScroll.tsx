import type { ReactNode } from 'react';

/**
 * A table wider than its step (in a phone-sized window) scrolls sideways in this box instead of
 * widening the page. Around a table with nothing to focus in it, give `labelledBy`: the box then
 * takes the focus itself, so it scrolls by keyboard too.
 */
export function TableScroll({ children, labelledBy }: { children: ReactNode; labelledBy?: string }) {
  return labelledBy ? (
    <div className="table-scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  ) : (
    <div className="table-scroll">{children}</div>
  );
}
