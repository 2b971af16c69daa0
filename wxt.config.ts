// WXT build configuration: one source tree, Chrome MV3 and Firefox builds, Preact for the UI.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Backstory',
    description:
      'Marks the people and agreements in news articles, explains them on hover, and briefs you in the side panel. Page text stays on your machine.',
    permissions: ['storage'],
  },
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
  },
});
