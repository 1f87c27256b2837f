/**
 * On an embed page inside an iframe: tell the parent page how tall the content is, so its
 * auto-height listener (in the iframe snippet) can size the frame without a scrollbar.
 */
import { HEIGHT_MESSAGE_TYPE, type HeightMessage } from '../lib/widgets-contract.ts';

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
