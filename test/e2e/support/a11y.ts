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

/**
 * Fluent UI's focus manager (Tabster) puts focusable `<i aria-hidden data-tabster-dummy>` guards
 * around arrow-key groups such as the TabList; they pass focus on at once and are hidden so that
 * screen readers do not announce them. axe's aria-hidden-focus flags them: a known false positive
 * (microsoft/tabster#288, microsoft/fluentui#25133). Only those guards are left out of the scan.
 */
const TABSTER_GUARDS = '[data-tabster-dummy]';

/** axe's rules that say a control has no accessible name. */
const NAMING_RULES = new Set(['button-name', 'label', 'select-name', 'input-button-name', 'aria-input-field-name', 'aria-toggle-field-name', 'link-name']);

export interface AxeReport {
  /** Violations of impact serious or critical. */
  readonly serious: AxeFinding[];
  /** Violations of the naming rules, whatever their impact. */
  readonly naming: AxeFinding[];
}

/** One axe run over the page as it is, described well enough to fix from a CI log. */
export async function axeReport(page: Page): Promise<AxeReport> {
  const results = await new AxeBuilder({ page }).exclude(TABSTER_GUARDS).analyze();
  const findings = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`.slice(0, 300)),
  }));
  return {
    serious: findings.filter((f) => f.impact === 'serious' || f.impact === 'critical'),
    naming: findings.filter((f) => NAMING_RULES.has(f.id)),
  };
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
