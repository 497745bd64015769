/*
 * Badges beside the English fields of the page editor: "English missing", "English out of
 * date" or "Checked, still correct", as the status side panel lists them. The statuses
 * come from the panel's #translation-status-data JSON script; after an autosave Wagtail
 * redraws the panel, and the badges follow it. Without JavaScript the panel alone shows them.
 */
(() => {
  const DATA_ID = 'translation-status-data';
  const BADGE = 'data-translation-field-badge';

  // A field's label: its own <label for>, or the heading of the panel that holds it
  // (StreamFields and other fields without a single input).
  function labelOf(name) {
    const label = document.querySelector(`label[for="id_${name}_en"]`);
    if (label) return label;
    const field = document.querySelector(`[data-contentpath="${name}_en"]`);
    const section = field && field.closest('section.w-panel');
    return section && section.querySelector('.w-panel__heading');
  }

  function render() {
    const script = document.getElementById(DATA_ID);
    document.querySelectorAll(`[${BADGE}]`).forEach((badge) => badge.remove());
    if (!script) return;
    const fields = JSON.parse(script.textContent);
    Object.entries(fields).forEach(([name, field]) => {
      if (field.status === 'present') return;
      const label = labelOf(name);
      if (!label) return;
      const badge = document.createElement('span');
      badge.className = `w-status w-status--label translation-badge translation-badge--${field.status}`;
      badge.setAttribute(BADGE, field.status);
      badge.dataset.field = name;
      badge.textContent = field.text;
      label.append(' ', badge);
    });
  }

  render();
  const panels = document.querySelector('[data-side-panels], .form-side') || document.body;
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(() => {
      pending = false;
      const script = document.getElementById(DATA_ID);
      const text = script ? script.textContent : '';
      if (text !== render.last) {
        render.last = text;
        render();
      }
    });
  }).observe(panels, { childList: true, subtree: true });
  render.last = document.getElementById(DATA_ID)?.textContent || '';
})();
