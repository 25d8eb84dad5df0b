// ClaimDesk keyboard shortcuts and the skip link (loaded by base/MainLayout through @JavaScript("context://scripts/shortcuts.js")).
// One document-wide keydown listener turns a plain key press into a "claimdesk-shortcut" event on document.body
// (the UI's element), whose detail is the key; the server (shared/ui/KeyboardShortcuts) decides what it does on
// the current page. Keys typed into a field, with Ctrl/Meta/Alt (the browser's and the system's own shortcuts),
// or while a dialog is open are left alone.
(function () {
  if (window.__claimdeskShortcuts) {
    return; // the script is loaded once per page, but a second copy must not send every key twice
  }
  window.__claimdeskShortcuts = true;

  const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], vaadin-text-field, '
    + 'vaadin-text-area, vaadin-combo-box, vaadin-select, vaadin-date-picker, vaadin-rich-text-editor';
  // Enter on these already means "activate me"; it must not also open the selected claim
  const ACTIVATING = 'a[href], button, summary, [role="button"], [role="link"], [role="menuitem"], vaadin-button, '
    + 'vaadin-side-nav-item, vaadin-drawer-toggle, vaadin-checkbox';

  function isIn(path, selector) {
    return path.some(el => el instanceof Element && (el.isContentEditable || el.matches(selector)));
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) {
      return;
    }
    const key = event.key;
    if (!key || (key.length !== 1 && key !== 'Enter')) {
      return; // arrows, Tab, Escape and the like keep their usual meaning
    }
    // the composed path reaches into shadow roots: a Vaadin field's own <input> counts as typing
    const path = event.composedPath ? event.composedPath() : [event.target];
    if (isIn(path, TYPING)) {
      return;
    }
    if (key === 'Enter' && path.length > 0 && path[0] instanceof Element && path[0].matches(ACTIVATING)) {
      return;
    }
    if (document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')) {
      return; // a dialog's keys are its own (Esc closes it)
    }
    document.body.dispatchEvent(new CustomEvent('claimdesk-shortcut', { detail: key }));
  });

  // "Skip to content" (base/MainLayout): focus the page's content (tabindex -1) instead of following the link,
  // whose #fragment would resolve against the page's <base href> and load the start page. Capture phase: before
  // the router sees the click.
  document.addEventListener('click', function (event) {
    const link = event.target instanceof Element ? event.target.closest('.skip-link') : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    const content = document.querySelector('.main-content');
    if (content) {
      content.focus();
    }
  }, true);
})();
