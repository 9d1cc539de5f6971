// Progressive enhancement of the member pages: switches save in place through the JSON API, no reload.
// Without this script every switch is a plain form that posts and comes back; the pages work the same.
/* global document, window, fetch */

const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
const live = document.getElementById('live');

function announce(text, kind) {
  if (live === null) return;
  live.className = `notice notice-${kind}`;
  live.textContent = text;
}

function render(form, setting) {
  const button = form.querySelector('button[role="switch"]');
  const state = form.querySelector('.switch-state');
  const value = form.querySelector('input[name="value"]');
  const why = form.querySelector('.setting-why');
  if (button === null || state === null || value === null || why === null) return;
  button.setAttribute('aria-checked', setting.on ? 'true' : 'false');
  button.disabled = !setting.changeable;
  state.textContent = setting.on ? 'On' : 'Off';
  value.value = setting.on ? 'denied' : 'granted';
  why.textContent = setting.explanation;
}

async function save(form) {
  const memberId = form.dataset.member;
  const purpose = form.dataset.purpose;
  const value = form.querySelector('input[name="value"]')?.value;
  const button = form.querySelector('button[role="switch"]');
  if (memberId === undefined || purpose === undefined || value === undefined || button === null) return false;
  button.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(`/api/v1/members/${encodeURIComponent(memberId)}/settings`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, accept: 'application/json' },
      body: JSON.stringify({ settings: { [purpose]: value } }),
    });
    const body = await response.json();
    if (!response.ok) {
      announce(`Not saved: ${body.message ?? response.statusText}.`, 'error');
      return true;
    }
    for (const setting of body.settings.purposes) {
      const other = document.querySelector(`form.setting-form[data-purpose="${setting.purpose}"]`);
      if (other !== null) render(other, setting);
    }
    const changed = body.settings.purposes.find((p) => p.purpose === purpose);
    if (changed !== undefined) {
      const label = document.getElementById(`label-${purpose}`)?.textContent ?? purpose;
      announce(`Saved. “${label}” is now ${changed.on ? 'on' : 'off'}${changed.on ? '.' : `: ${changed.explanation.replace(/^Off[.,:]?\s*/, '')}`}`, 'saved');
    }
    return true;
  } catch {
    // The network failed: fall back to the plain form post, which reports its own result.
    return false;
  } finally {
    button.removeAttribute('aria-busy');
  }
}

for (const form of document.querySelectorAll('form.setting-form')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(form).then((handled) => {
      if (!handled) form.submit();
    });
  });
}

// After a plain form post the page comes back scrolled to the switch that changed; keep focus there too.
if (/^#setting-[a-z-]+$/.test(window.location.hash)) {
  document.querySelector(`${window.location.hash} button[role="switch"]`)?.focus();
}
document.documentElement.classList.add('js');
