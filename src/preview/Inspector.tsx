/**
 * A read-only look at the table around the selected cell: the preview has no grid, so this is how a
 * person sees what "select the cell" selected. Formula cells show their formula (the memory port
 * does not compute), values show as stored.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MemoryPort } from '../adapters/memory/memoryPort';
import { firstCellOf } from './cellAddress';
import type { InspectWindow } from './inspectWindow';
import { inspectWindow } from './inspectWindow';
import type { PreviewStrings } from './previewStrings';
import type { usePreviewChromeStyles } from './usePreviewChromeStyles.styles';

export interface InspectorProps {
  readonly id: string;
  readonly port: MemoryPort;
  readonly selection: NonNullable<MemoryPort['selection']>;
  /** Changes after every write or select: the view re-reads then. */
  readonly version: number;
  readonly strings: PreviewStrings;
  readonly classes: ReturnType<typeof usePreviewChromeStyles>;
}

type Loaded = { readonly kind: 'ok'; readonly view: InspectWindow | undefined } | { readonly kind: 'error'; readonly message: string };

export function Inspector(props: InspectorProps) {
  const { port, selection, version, strings: s, classes } = props;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const where = `${selection.sheet}!${selection.address}`;

  useEffect(() => {
    let current = true;
    const at = firstCellOf(selection.address);
    const load = async (): Promise<Loaded> => {
      if (!at) return { kind: 'ok', view: undefined };
      const tables = (await port.readTables()).filter((t) => t.sheet === selection.sheet);
      const view = inspectWindow(tables, at, {
        rowsAround: 2,
        colsAround: 1,
        formulaAt: (row, col) => port.formulaAt(selection.sheet, row, col),
      });
      return { kind: 'ok', view };
    };
    load().then(
      (result) => current && setLoaded(result),
      (err: unknown) => {
        // Shown in the inspector itself; logged for whoever debugs the preview.
        console.error(err);
        if (current) setLoaded({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      current = false;
    };
  }, [port, selection, version]);

  return (
    <div id={props.id} className={classes.inspector}>
      {loaded?.kind === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{loaded.message}</MessageBarBody>
        </MessageBar>
      )}
      {loaded?.kind === 'ok' && !loaded.view && <span>{s.inspectorOutside(where)}</span>}
      {loaded?.kind === 'ok' && loaded.view && renderWindow(loaded.view, where, s, classes)}
    </div>
  );
}

function renderWindow(view: InspectWindow, where: string, s: PreviewStrings, classes: InspectorProps['classes']) {
  return (
    <table className={classes.table}>
      <caption className={classes.caption}>{s.inspectorCaption(where, view.table)}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${classes.th} ${classes.rowHead}`}>
            {s.rowHeader}
          </th>
          {view.columns.map((c) => (
            <th key={c.col} scope="col" className={classes.th}>
              {c.letters} {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.rows.map((r) => (
          <tr key={r.row}>
            <th scope="row" className={classes.th}>
              {r.row}
            </th>
            {r.cells.map((cell, i) => (
              <td key={i} className={cell.selected ? `${classes.td} ${classes.selected}` : classes.td}>
                {cell.formula !== undefined ? (
                  <span className={classes.formula} title={s.formula}>
                    {cell.formula}
                  </span>
                ) : (
                  String(cell.value ?? '')
                )}
                {cell.selected && <span className={classes.visuallyHidden}>{s.selectedCell}</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
