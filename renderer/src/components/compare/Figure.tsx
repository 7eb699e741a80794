// A figure that can be traced: a button showing the amount, which lists the posts behind it.
import type { ReactNode } from 'react';
import { actions } from '../../store';
import type { TraceRequest } from '../../store/compareSlice';

interface Props {
  /** What the figure is, for its accessible name and the heading of its list of posts. */
  title: string;
  trace: TraceRequest['ref'];
  children: ReactNode;
  className?: string;
}

export function Figure({ title, trace, children, className }: Props) {
  return (
    <button
      type="button"
      className={`figure${className ? ` ${className}` : ''}`}
      onClick={() => actions().traceFigure({ title, ref: trace })}
      aria-label={`${title}: ${typeof children === 'string' ? children : ''}. Show the posts that make it up.`.replace(': . ', '. ')}
      title="Show the posts that make up this figure"
    >
      {children}
    </button>
  );
}
