// Idle-timeout warning. The server ends an idle session after data-idle-seconds; this shows a warning
// data-warning-seconds before that, "Stay signed in" restarts the server's idle timer, and at the end the page
// goes to the login page with an explanation instead of failing on the next click.
(function () {
  var box = document.getElementById('session-timeout');
  if (!box) {
    return;
  }
  var idle = parseInt(box.getAttribute('data-idle-seconds'), 10);
  var warning = parseInt(box.getAttribute('data-warning-seconds'), 10);
  var left = document.getElementById('session-timeout-left');
  var deadline;

  function restart() {
    deadline = Date.now() + idle * 1000;
    box.hidden = true;
  }

  function tick() {
    var seconds = Math.round((deadline - Date.now()) / 1000);
    if (seconds <= 0) {
      window.location.href = box.getAttribute('data-expired-url');
      return;
    }
    if (seconds <= warning) {
      left.textContent = String(seconds);
      box.hidden = false;
    }
  }

  document.getElementById('stay-signed-in').addEventListener('click', function () {
    fetch(box.getAttribute('data-keep-alive-url'), {method: 'POST', credentials: 'same-origin', redirect: 'manual'})
      .then(function (response) {
        if (response.status === 204) {
          restart();
        } else {
          window.location.href = box.getAttribute('data-expired-url');
        }
      })
      .catch(function () {
        window.location.href = box.getAttribute('data-expired-url');
      });
  });

  restart();
  window.setInterval(tick, 1000);
})();
