/** Placeholder browser-preview entry (no Office host; replaced by the real preview). */
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (container) createRoot(container).render(<h1>预览 Preview</h1>);
