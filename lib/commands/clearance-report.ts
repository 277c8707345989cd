// Shared by the two clearance report commands (CSV file, printable page): both report on the shown draft, so both
// need a script open, and both hand the work to the Fact-check actions the workbench supplies.
import { defineCommand, type Command, type FactcheckActions } from './types';

/** A Fact-check command that produces the clearance report through `action`, with its own `meta`. */
export function clearanceReportCommand(
  action: keyof Pick<FactcheckActions, 'exportCsv' | 'openReport'>,
  meta: Pick<Command, 'id' | 'title' | 'icon' | 'keywords'>,
): Command {
  return defineCommand({
    ...meta,
    category: 'Fact-check',
    enabled: (ctx) => ctx.hasScript,
    run: (ctx) => ctx.factcheck[action](),
  });
}
