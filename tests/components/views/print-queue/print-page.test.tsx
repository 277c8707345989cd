// @vitest-environment jsdom
// The packaged print page: what it draws for a job or a page list, and the plain sentences for bad links.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../lib/db';
import { storeRevision } from '../../../../lib/db/revisions';
import { DEMO_SCRIPT } from '../../../../lib/demo';
import { queueRevisedPages } from '../../../../lib/db/print-queue';
import { parseFountain } from '../../../../lib/script/fountain';
import { PrintApp, printTarget } from '../../../../components/views/print-queue/PrintApp';
import { clearDb } from '../../helpers';

const HOSTILE = '<img src=x onerror=alert(1)> Night Shift';

async function storeTwoDrafts() {
  let scriptId: string | undefined;
  let revisionId = '';
  for (const rev of DEMO_SCRIPT.revisions) {
    const r = await storeRevision({
      script: parseFountain(rev.fountain),
      source: { kind: 'demo', format: 'fountain' },
      title: HOSTILE,
      scriptId,
      date: rev.date,
    });
    scriptId = r.scriptId;
    revisionId = r.revisionId;
  }
  return { scriptId: scriptId as string, revisionId };
}

beforeEach(async () => {
  await clearDb();
});

describe('print page', () => {
  it('reads its target from the URL', () => {
    expect(printTarget('?job=abc'), 'a job').toEqual({ kind: 'job', jobId: 'abc' });
    expect(printTarget('?script=s&revision=r&pages=1-3'), 'a page list').toEqual({
      kind: 'pages',
      scriptId: 's',
      revisionId: 'r',
      pages: '1-3',
    });
    expect(printTarget(''), 'nothing').toEqual({ kind: 'none' });
  });

  it('draws a job: cover sheet, page labels, header, asterisks, title as text; marks it printed', async () => {
    const { scriptId, revisionId } = await storeTwoDrafts();
    const { job } = await queueRevisedPages(scriptId, revisionId);
    render(<PrintApp search={`?job=${job?.id}`} />);
    const cover = await screen.findByRole('region', { name: `Cover sheet: ${HOSTILE}` }, { timeout: 5000 });
    expect(cover.textContent, 'the hostile title is shown literally').toContain(HOSTILE);
    expect(document.querySelector('img'), 'and never becomes an element').toBeNull();
    const page2 = screen.getByRole('region', { name: 'Page 2' });
    expect(page2.textContent, 'header and label').toContain('BLUE REVISION - 11/27/26');
    expect(within(page2).getByText('2.'), 'label with its period').toBeInTheDocument();
    const marked = within(page2)
      .getAllByLabelText('changed')
      .map((m) => m.parentElement?.textContent ?? '');
    expect(
      marked.some((t) => t.includes("Ten's fine. Ten's a loan.")),
      'a changed line has its asterisk',
    ).toBe(true);
    expect(
      marked.some((t) => t.includes('Walt')),
      'no asterisk on unchanged lines',
    ).toBe(false);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mark printed' }));
    expect(await screen.findByRole('status'), 'confirmation').toHaveTextContent(/Marked printed/);
    expect((await db.printJobs.get(job?.id as string))?.status, 'stored as printed').toBe('printed');
  });

  it('says so when the job is gone or the pages do not exist', async () => {
    const { scriptId, revisionId } = await storeTwoDrafts();
    const { unmount } = render(<PrintApp search="?job=missing" />);
    expect(await screen.findByRole('alert', {}, { timeout: 5000 }), 'missing job').toHaveTextContent(
      'This print job is no longer in the queue.',
    );
    unmount();
    render(<PrintApp search={`?script=${scriptId}&revision=${revisionId}&pages=9`} />);
    expect(await screen.findByRole('alert'), 'unknown page').toHaveTextContent(
      'This revision has no page 9.',
    );
  });
});
