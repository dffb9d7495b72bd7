/**
 * 导出 Export: builds the HR workbook for a range of periods and opens it (Excel: a new workbook;
 * preview: a download). The exporter is loaded on first use, outside the first bundle.
 */
import { useStrings } from '../../../i18n/useStrings';
import type { ExportPageProps } from './ExportPage.types';
import { useExportPage } from './useExportPage';
import { useExportPageStyles } from './useExportPageStyles.styles';
import { renderExportPage } from './renderExportPage';
import { ArchiveSection } from './ArchiveSection';
import { ConsolidateSection } from './ConsolidateSection';

export function ExportPage(props: ExportPageProps) {
  const strings = useStrings();
  const state = useExportPage(props);
  const classes = useExportPageStyles();
  return (
    <>
      {renderExportPage(state, classes, strings)}
      <ConsolidateSection {...props} from={state.from} to={state.to} />
      <ArchiveSection {...props} />
    </>
  );
}
