/**
 * The portal's only script, served as /sp/assets/portal.js (the CSP allows scripts from this origin
 * only). Progressive enhancement: every page works without it. It keeps a confirmed order from being
 * sent twice by an impatient double click.
 */
export const PORTAL_JS = `'use strict';
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-once')) return;
  if (form.getAttribute('data-sent') === 'true') {
    event.preventDefault();
    return;
  }
  form.setAttribute('data-sent', 'true');
  form.setAttribute('aria-busy', 'true');
  var buttons = form.querySelectorAll('button[type="submit"]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].setAttribute('aria-disabled', 'true');
    if (buttons[i].hasAttribute('data-busy-label')) buttons[i].textContent = buttons[i].getAttribute('data-busy-label');
  }
});
`
