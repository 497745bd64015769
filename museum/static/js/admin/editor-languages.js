/*
 * The page editor's language switcher: Chinese, English, or both side by side.
 *
 * Every per-language field (title_zh_hans, title_en, body_en, ...) is tagged with
 * data-editor-language; the form's data-editor-languages attribute says which
 * languages show, and editor-languages.css lays "both" out in two columns. The
 * choice is kept in localStorage, so the editor reopens the way the curator left
 * it. A field in error is never hidden: the editor opens on the first error with
 * its language shown, and "Go to the first error" reveals the language it
 * scrolls to. Configuration comes from the #editor-languages-config JSON script.
 */
(() => {
  const configElement = document.getElementById('editor-languages-config');
  const form = document.querySelector('form[data-edit-form], #page-edit-form');
  if (!configElement || !form) return;

  const config = JSON.parse(configElement.textContent);
  const BOTH = 'both';
  const ERRORS = ':not([hidden]):is(.error-message,.help-critical)';
  const codes = config.languages.map((language) => language.code);
  const suffixes = config.languages.map((language) => language.suffix);
  const fieldPattern = new RegExp(
    `(?:^|-)(?:${config.fields.join('|')})_(${suffixes.join('|')})-(?:section|wrapper)$`,
  );

  function tagFields(root) {
    root.querySelectorAll('section.w-panel[id], [data-field-wrapper][id]').forEach((element) => {
      const match = fieldPattern.exec(element.id);
      if (match) {
        element.dataset.editorLanguage = codes[suffixes.indexOf(match[1])];
      }
    });
  }

  function storedMode() {
    try {
      const mode = window.localStorage.getItem(config.storageKey);
      return mode === BOTH || codes.includes(mode) ? mode : BOTH;
    } catch {
      return BOTH;
    }
  }

  function store(mode) {
    try {
      window.localStorage.setItem(config.storageKey, mode);
    } catch {
      // Private browsing without storage: the choice lasts for this page only.
    }
  }

  const buttons = [];

  function show(mode) {
    form.dataset.editorLanguages = mode;
    buttons.forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
    });
  }

  function isHidden(element) {
    const tagged = element.closest('[data-editor-language]');
    const mode = form.dataset.editorLanguages;
    return Boolean(tagged) && mode !== BOTH && tagged.dataset.editorLanguage !== mode;
  }

  function buildSwitcher() {
    const bar = document.createElement('div');
    bar.className = 'editor-languages';
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', config.strings.label);
    bar.dataset.editorLanguagesSwitcher = '';
    const heading = document.createElement('span');
    heading.className = 'editor-languages__label';
    heading.textContent = config.strings.label;
    bar.append(heading);
    const choices = [
      ...config.languages.map((language) => [language.code, language.label]),
      [BOTH, config.strings.both],
    ];
    choices.forEach(([mode, text]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-small button-secondary editor-languages__choice';
      button.dataset.mode = mode;
      button.textContent = text;
      button.addEventListener('click', () => {
        store(mode);
        show(mode);
      });
      buttons.push(button);
      bar.append(button);
    });
    const tabs = form.querySelector('.w-tabs');
    (tabs || form.firstElementChild || form).before(bar);
  }

  tagFields(form);
  if (!form.querySelector('[data-editor-language]')) return;
  buildSwitcher();
  show(storedMode());

  // "Go to the first error" (and any other w-focus jump) must land on a visible field.
  document.addEventListener('w-focus:focus', (event) => {
    if (event.target instanceof Element && isHidden(event.target)) show(BOTH);
  });

  // Fields added later (inline panels) get their language too.
  new MutationObserver((records) => {
    records.forEach((record) => {
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) tagFields(node.parentElement || node);
      });
    });
  }).observe(form, { childList: true, subtree: true });

  // After a failed save, open on the first error with its language shown.
  const errors = [...form.querySelectorAll(ERRORS)];
  if (errors.length) {
    if (errors.some(isHidden)) show(BOTH);
    window.addEventListener('load', () => {
      const goToError = document.querySelector('.messages button[data-controller~="w-focus"]');
      if (goToError) {
        goToError.click();
      } else {
        errors[0].scrollIntoView({ block: 'center' });
      }
    });
  }
})();
