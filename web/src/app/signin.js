// A reviewer signs in with a token from `marsad token create --role reviewer` (or the one `marsad
// demo` prints). It stays in this tab's session storage only and goes out as a bearer header.
import { h, clear, on } from './dom.js';
import { t } from './i18n.js';

export function signedIn() {
  return Boolean(sessionStorage.getItem('marsad.token'));
}

export function renderSignin(onChange) {
  const box = clear(document.getElementById('signin'));
  if (signedIn()) {
    const out = on(h('button', { type: 'button', id: 'signout' }, t('signin.out')), 'click', () => {
      sessionStorage.removeItem('marsad.token');
      onChange();
    });
    box.append(h('span', { class: 'muted', id: 'signed-in' }, t('signin.as')), ' ', out);
    return;
  }
  const input = h('input', { type: 'password', id: 'token', autocomplete: 'off', name: 'token', placeholder: t('signin.token'), 'aria-label': t('signin.token') });
  const form = h('form', { class: 'signin-form', id: 'signin-form' }, input, h('button', { type: 'submit' }, t('signin.in')));
  on(form, 'submit', (ev) => {
    ev.preventDefault();
    if (input.value.trim()) sessionStorage.setItem('marsad.token', input.value.trim());
    onChange();
  });
  box.append(form);
}
