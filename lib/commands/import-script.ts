// Imports script files (Fountain, Final Draft, PDF, plain text, saved web pages) from disk.
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.import',
  title: 'Import a Script…',
  icon: 'folder-opened',
  category: 'Script',
  keywords: ['file', 'open', 'fountain', 'fdx', 'pdf', 'upload'],
  key: 'Ctrl+O',
  run: (ctx) => ctx.chooseFiles(),
});
