// The header's compact menu on a phone: one button opens and closes the links. Without this script the links
// simply wrap, as before.

const nav = document.querySelector('.site-nav');
const toggle = nav && nav.querySelector('.nav-toggle');
const menu = nav && nav.querySelector('.site-menu');
if (toggle && menu) {
  const set = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  };
  nav.classList.add('has-menu');
  toggle.hidden = false;
  toggle.addEventListener('click', () => set(toggle.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menu.classList.contains('open')) {
      set(false);
      toggle.focus();
    }
  });
}
