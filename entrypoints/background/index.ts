// Background service worker: wiring only.
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {});
