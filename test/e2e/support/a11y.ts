/**
 * Accessibility checks for one page state: axe (no serious or critical violation), and every
 * control in Chromium's own accessibility tree has a name.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** axe violations of impact serious or critical, described well enough to fix from a CI log. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`.slice(0, 300)),
    }));
}

/** axe's naming rules alone (buttons, form fields, selects, ARIA widgets). */
export async function namingViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    .withRules(['button-name', 'label', 'select-name', 'input-button-name', 'aria-input-field-name', 'aria-toggle-field-name', 'link-name'])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

const CONTROL_ROLES = new Set(['button', 'checkbox', 'combobox', 'textbox', 'radio', 'switch', 'tab', 'link', 'spinbutton', 'listbox', 'slider', 'menuitem']);

export interface UnnamedControl {
  readonly role: string;
  readonly description: string;
}

/** Controls in Chromium's accessibility tree (what a screen reader gets) that have no name. */
export async function unnamedControls(page: Page): Promise<{ count: number; unnamed: UnnamedControl[] }> {
  const client = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored?: boolean;
        role?: { value?: string };
        name?: { value?: string };
        description?: { value?: string };
      }[];
    };
    const controls = nodes.filter((n) => !n.ignored && CONTROL_ROLES.has(String(n.role?.value ?? '')));
    const unnamed = controls
      .filter((n) => String(n.name?.value ?? '').trim() === '')
      .map((n) => ({ role: String(n.role?.value), description: String(n.description?.value ?? '') }));
    return { count: controls.length, unnamed };
  } finally {
    await client.detach();
  }
}
