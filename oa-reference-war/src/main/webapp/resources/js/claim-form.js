// Live front-end edits on the claim form: while the biller types, the boxes are posted to claim-check and the
// problems come back; each is shown beside its box, the rest above the form. Nothing is stored by the check.
(function () {
  var form = document.getElementById('claimForm');
  var list = document.getElementById('live-errors');
  var total = document.getElementById('total-charge');
  if (!form || !window.fetch) {
    return;
  }
  var timer = null;
  var sequence = 0;

  function show(failures) {
    var spans = form.querySelectorAll('.oa-field-error');
    for (var i = 0; i < spans.length; i++) {
      spans[i].textContent = '';
    }
    var inputs = form.querySelectorAll('[data-input]');
    for (var j = 0; j < inputs.length; j++) {
      inputs[j].classList.remove('oa-invalid');
    }
    list.textContent = '';
    failures.forEach(function (f) {
      var span = f.input ? form.querySelector('.oa-field-error[data-for="' + f.input + '"]') : null;
      var input = f.input ? form.querySelector('[data-input="' + f.input + '"]') : null;
      if (span) {
        span.textContent = (span.textContent ? span.textContent + ' ' : '') + f.message;
        if (input && f.severity === 'ERROR') {
          input.classList.add('oa-invalid');
        }
      }
      var p = document.createElement('p');
      p.className = f.severity === 'ERROR' ? 'oa-error' : 'oa-warning';
      p.textContent = (f.severity === 'ERROR' ? '' : 'Warning: ') + f.message + ' ' + f.hint;
      list.appendChild(p);
    });
  }

  function check() {
    var mine = ++sequence;
    var body = new URLSearchParams(new FormData(form));
    fetch('claim-check', {method: 'POST', body: body, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (data && mine === sequence) {
          show(data.failures);
          if (total) {
            total.textContent = data.total;
          }
        }
      })
      .catch(function () { /* the Check button still works */ });
  }

  // Drafts: what is typed is kept in this tab's session storage (cleared when the tab closes), so a session
  // timeout or a lost connection never loses a claim. A new claim's draft is kept per form type, a fixed
  // claim's per claim; sending the claim removes it.
  var claimId = form.querySelector('input[name="claimId"]');
  var fix = form.getAttribute('data-fix') === 'true';
  var typeInput = form.querySelector('[name="type"]');
  var key = 'oa-claim-draft:' + (fix && claimId ? claimId.value : 'new:' + (typeInput ? typeInput.value : ''));
  var notice = document.getElementById('draft-notice');

  function saveDraft() {
    var values = {};
    form.querySelectorAll('[data-input]').forEach(function (input) {
      values[input.name] = input.value;
    });
    try {
      window.sessionStorage.setItem(key, JSON.stringify({savedAt: new Date().toISOString(), values: values}));
    } catch (e) { /* storage full or disabled: the form still works */ }
  }

  function restoreDraft() {
    var raw = null;
    try {
      raw = window.sessionStorage.getItem(key);
    } catch (e) { return; }
    if (!raw) {
      return;
    }
    var draft = JSON.parse(raw);
    var changed = 0;
    Object.keys(draft.values).forEach(function (name) {
      var input = form.querySelector('[data-input="' + name + '"]');
      if (input && input.value !== draft.values[name]) {
        input.value = draft.values[name];
        changed++;
      }
    });
    if (changed > 0 && notice) {
      notice.hidden = false;
      notice.textContent = 'Your unsent draft from ' + new Date(draft.savedAt).toLocaleString()
        + ' was restored (' + changed + ' box(es)). Check it and send the claim.';
      check();
    }
  }

  form.addEventListener('submit', function (event) {
    if (event.submitter && event.submitter.id === 'send') {
      try {
        window.sessionStorage.removeItem(key);
      } catch (e) { /* nothing kept */ }
    }
  });

  form.addEventListener('input', function () {
    saveDraft();
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });

  restoreDraft();
}());
