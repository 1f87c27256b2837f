/**
 * Loads the embed builder's script when its panel comes near the viewport: readers of an
 * indicator page who never scroll to the panel do not download it (the page's budget is
 * for its content). Until it runs, the panel shows the static default snippets.
 */
const root = document.querySelector<HTMLElement>('[data-builder]');
if (root) {
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    void import('./embed-builder.ts').then((m) => m.start(root));
  };
  if ('IntersectionObserver' in window) {
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        load();
      }
    }, { rootMargin: '600px 0px' });
    io.observe(root);
  } else {
    load();
  }
}
