// Reads the script open in the browser tab and stores it (a new script, or a new draft of a stored one).
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.readThisPage',
  title: 'Read This Page',
  icon: 'refresh',
  category: 'Script',
  keywords: ['capture', 'tab', 'load', 'open'],
  key: 'Alt+Shift+R',
  run: (ctx) => ctx.readThisPage(),
});
