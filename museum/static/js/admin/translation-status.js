/*
 * Badges beside the English fields of the page editor: "English missing", "English out of
 * date" or "Checked, still correct", as the status side panel lists them. The statuses
 * come from the panel's #translation-status-data JSON script; after an autosave Wagtail
 * redraws the panel, and the badges follow it. Without JavaScript the panel alone shows them.
 */
(() => {
  const DATA_ID = 'translation-status-data';
  const BADGE = 'data-translation-field-badge';

  function wrapperOf(name) {
    const field = document.querySelector(`[data-contentpath="${name}_en"]`);
    if (!field) return null;
    return field.closest('section.w-panel') && !field.closest('[data-field-wrapper]')
      ? field.closest('section.w-panel')
      : field.closest('[data-field-wrapper]') || field;
  }

  function labelOf(wrapper) {
    return (
      wrapper.querySelector(':scope label.w-field__label, :scope .w-panel__heading') ||
      wrapper.querySelector('label, h2, h3')
    );
  }

  function render() {
    const script = document.getElementById(DATA_ID);
    document.querySelectorAll(`[${BADGE}]`).forEach((badge) => badge.remove());
    if (!script) return;
    const fields = JSON.parse(script.textContent);
    Object.entries(fields).forEach(([name, field]) => {
      if (field.status === 'present') return;
      const wrapper = wrapperOf(name);
      const label = wrapper && labelOf(wrapper);
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
