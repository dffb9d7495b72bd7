/**
 * What the preview adds around the App (it is passed as the App's `banner`, so it sits inside the
 * App's FluentProvider and follows the UI language chosen in Settings):
 * - a banner: this is not Excel, the data lives only in this page's memory, and what differs;
 * - a status bar fixed at the bottom, like Excel's: the cell the add-in last selected, in a polite
 *   live region, and a toggle for the read-only inspector of the table around it.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState } from 'react';
import type { MemoryPort } from '../adapters/memory/memoryPort';
import { useUiLang } from '../i18n/useStrings';
import { Inspector } from './Inspector';
import { PREVIEW_STRINGS } from './previewStrings';
import { usePortSelection } from './usePortSelection';
import { usePreviewChromeStyles } from './usePreviewChromeStyles.styles';

export interface PreviewChromeProps {
  readonly port: MemoryPort;
  /** URL parameters that could not be used (see params.ts). */
  readonly rejected: readonly string[];
}

const INSPECTOR_ID = 'preview-inspector';

export function PreviewChrome(props: PreviewChromeProps) {
  const { port, rejected } = props;
  const { lang } = useUiLang();
  const s = PREVIEW_STRINGS[lang];
  const classes = usePreviewChromeStyles();
  const { selection, version } = usePortSelection(port);
  const [open, setOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);

  // The bar is fixed; pad the page by its height so it never hides the end of a page.
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const pad = () => {
      document.body.style.paddingBottom = `${el.offsetHeight}px`;
    };
    pad();
    const observer = new ResizeObserver(pad);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Read on every render: usePortSelection re-renders after each apply, which is when charts change.
  const charts = port.charts;
  const where = selection ? `${selection.sheet}!${selection.address}` : undefined;
  return (
    <>
      <aside aria-label={s.bannerTitle}>
        <MessageBar intent="info" layout="multiline" className={classes.banner}>
          <MessageBarBody>
            {s.banner}
            <span className={classes.differences}>{s.differences}</span>
          </MessageBarBody>
        </MessageBar>
        {rejected.length > 0 && (
          <MessageBar intent="warning" layout="multiline" className={classes.banner}>
            <MessageBarBody>{s.rejectedParams(rejected.join(', '))}</MessageBarBody>
          </MessageBar>
        )}
      </aside>
      <aside ref={bar} className={classes.statusBar} aria-label={s.statusLabel}>
        {open && selection && (
          <Inspector id={INSPECTOR_ID} port={port} selection={selection} version={version} strings={s} classes={classes} />
        )}
        <div className={classes.statusRow}>
          <span role="status" aria-live="polite" aria-atomic="true" className={classes.status} id="preview-selection">
            {where ? s.selected(where) : s.noSelection}
          </span>
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={open && selection !== null}
            aria-controls={open && selection ? INSPECTOR_ID : undefined}
            disabledFocusable={selection === null}
            onClick={() => setOpen((o) => !o)}
          >
            {s.inspect}
          </Button>
        </div>
        {charts.length > 0 && (
          <span className={classes.charts}>{s.chartsRecorded(charts.length, charts.map((c) => `${c.title}(${c.sheet}!${c.source})`).join(lang === 'zh-CN' ? '、' : ', '))}</span>
        )}
      </aside>
    </>
  );
}
