// Stores the bundled demo script (two drafts) so a new user can try everything on it.
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.openDemo',
  title: 'Open the Demo Script',
  icon: 'book',
  category: 'Help',
  keywords: ['example', 'sample', 'try', 'tour'],
  run: (ctx) => ctx.openDemo(),
});
