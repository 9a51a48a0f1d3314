// Upload with a progress bar: sends the form with XMLHttpRequest so the browser reports how much was sent,
// then shows the page the server answered with (the File Summary after a redirect, or the form with a message).
(function () {
  var form = document.getElementById('uploadForm');
  var bar = document.getElementById('upload-progress');
  var label = document.getElementById('upload-progress-label');
  if (!form || !bar || !window.FormData) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form, event.submitter);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    bar.hidden = false;
    bar.value = 0;
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.max = e.total;
        bar.value = e.loaded;
        label.textContent = Math.round(100 * e.loaded / e.total) + '% sent';
      }
    });
    xhr.upload.addEventListener('load', function () {
      label.textContent = 'Sent. Reading the claims...';
      bar.removeAttribute('value');
    });
    xhr.addEventListener('load', function () {
      if (xhr.responseURL && xhr.responseURL.split('?')[0] !== form.action.split('?')[0]) {
        window.location.href = xhr.responseURL;
      } else {
        document.open();
        document.write(xhr.responseText);
        document.close();
      }
    });
    xhr.addEventListener('error', function () {
      label.textContent = 'The upload failed: check the connection and try again.';
    });
    xhr.send(data);
  });
}());
