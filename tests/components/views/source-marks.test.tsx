// @vitest-environment jsdom
// A first draft read from a Final Draft file that carries its own revision marks: the Script view shows the set name
// in the page header and an asterisk on the marked line, and the Revisions view lists the marked page to reprint.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseFdx } from '../../../lib/script/fdx';
import { clearDb, fakeLayout, renderWorkbench, storeScript } from '../helpers';

const FDX = `<?xml version="1.0" encoding="UTF-8"?>
<FinalDraft DocumentType="Script" Version="5">
  <Content>
    <Paragraph Type="Scene Heading"><Text>int. kitchen - night</Text></Paragraph>
    <Paragraph Type="Action"><Text>Mara fills the kettle.</Text></Paragraph>
    <Paragraph Type="Action"><Text>The kettle </Text><Text RevisionID="1">boils over</Text><Text>.</Text></Paragraph>
  </Content>
  <Revisions ActiveSet="1" RevisionMode="Yes">
    <Revision Color="#000000000000" ID="1" Mark="*" Name="Pink Rev. (mm/dd/yyyy)"/>
  </Revisions>
</FinalDraft>`;

beforeEach(async () => {
  fakeLayout(420, 900);
  await clearDb();
});

describe('a first draft with its own revision marks', () => {
  it('shows its set name and asterisk in the Script view, and its marked page in the Revisions view', async () => {
    const user = userEvent.setup();
    await storeScript(parseFdx(FDX), 'Kitchen');
    renderWorkbench();
    const page = await screen.findByRole('option', { name: 'Page 1' }, { timeout: 5000 });
    expect(page, 'the page header names the revision set').toHaveTextContent('Pink Rev. (mm/dd/yyyy)');
    const heading = screen.getByRole('option', { name: /INT\. KITCHEN - NIGHT/ });
    expect(heading, 'the heading as Final Draft prints it').toBeInTheDocument();
    const marked = screen.getByRole('option', { name: /The kettle boils over\./ });
    expect(marked.querySelector('.revision-mark'), 'the marked line carries an asterisk').not.toBeNull();
    const unmarked = screen.getByRole('option', { name: /Mara fills the kettle\./ });
    expect(unmarked.querySelector('.revision-mark'), 'an unmarked line has none').toBeNull();
    expect(
      await screen.findByText(/^Pink \d/, {}, { timeout: 5000 }),
      'the status bar shows the colour the set names',
    ).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /Revisions/ }));
    await user.click(await screen.findByRole('button', { name: /Revised pages \(1\)/ }, { timeout: 8000 }));
    const list = screen.getByRole('list', { name: 'Pages to reprint' });
    expect(
      within(list).getByRole('listitem', { name: 'Page 1, 1 marked line' }),
      'the marked page is offered for reprinting',
    ).toBeInTheDocument();
  });
});
