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

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
}());
