// Keyboard review: 1-9 tick or untick the nth model theme, "a" jumps to adding a theme, "r" rejects all,
// "k" skips, Enter saves. The form works the same without this file.
(function () {
  var form = document.getElementById("review-form");
  if (!form) return;
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" && target.type !== "checkbox" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
    var key = event.key;
    if (/^[1-9]$/.test(key)) {
      var box = form.querySelector('[data-review-key="' + key + '"]');
      if (box) { box.checked = !box.checked; event.preventDefault(); }
    } else if (key === "a") {
      document.getElementById("added_text").focus(); event.preventDefault();
    } else if (key === "r" || key === "k" || key === "Enter") {
      var value = { r: "reject_all", k: "skip", Enter: "save" }[key];
      var button = form.querySelector('button[value="' + value + '"]');
      if (button) { button.click(); event.preventDefault(); }
    }
  });
})();
