// Warns, before the form is sent, when the username or password has leading or trailing spaces: the most
// common copy-paste failure. Nothing is changed: the password is sent exactly as typed.
(function () {
  function watch(inputId, warningId) {
    var input = document.getElementById(inputId);
    var warning = document.getElementById(warningId);
    if (!input || !warning) {
      return;
    }
    var check = function () {
      var value = input.value;
      warning.hidden = !(value.length > 0 && value !== value.trim());
    };
    input.addEventListener('input', check);
    check();
  }
  watch('username', 'username-spaces');
  watch('password', 'password-spaces');
})();
