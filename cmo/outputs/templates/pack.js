(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pack-data").textContent);
  var nameInput = document.getElementById("respondent-name");
  var groupInput = document.getElementById("respondent-group");
  var roleInput = document.getElementById("respondent-role");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("[data-config]"));
  var TEXT_FIELDS = ["missing", "not_for_whom", "read", "comment"];

  function storage() {
    try {
      var probe = "cmo-probe";
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }
  var store = storage();

  function say(message) {
    document.querySelectorAll("[data-status]").forEach(function (el) { el.textContent = message; });
  }

  function readBox(box) {
    var answer = { configuration: box.getAttribute("data-config"), rating: "", missing: "", not_for_whom: "", read: "", comment: "" };
    box.querySelectorAll("[data-field]").forEach(function (el) {
      var name = el.getAttribute("data-field");
      if (el.type === "radio") {
        if (el.checked) { answer.rating = el.value; }
      } else if (TEXT_FIELDS.indexOf(name) !== -1) {
        answer[name] = el.value;
      }
    });
    return answer;
  }

  function isAnswered(answer) {
    return Boolean(answer.rating || TEXT_FIELDS.some(function (name) { return answer[name].trim(); }));
  }

  function collect() {
    return {
      format: data.format,
      version: data.version,
      review: data.review,
      round: data.round,
      respondent: nameInput.value.trim(),
      group: groupInput.value,
      role: roleInput.value.trim(),
      saved_at: new Date().toISOString(),
      answers: boxes.map(readBox).filter(isAnswered)
    };
  }

  function keep() {
    if (!store) { return; }
    var response = collect();
    try {
      store.setItem(data.storage_key, JSON.stringify(response));
      say("Answers kept in this browser: " + response.answers.length + " of " + boxes.length + " configurations so far.");
    } catch (e) {
      say("This browser could not keep your answers. Save them as a file before you close the pack.");
    }
  }

  function restore() {
    if (!store) {
      say("This browser cannot keep answers between visits. Save them as a file before you close the pack.");
      return;
    }
    var saved;
    try { saved = JSON.parse(store.getItem(data.storage_key) || "null"); } catch (e) { saved = null; }
    if (!saved || typeof saved !== "object") {
      if (data.group) { groupInput.value = data.group; }
      return;
    }
    nameInput.value = typeof saved.respondent === "string" ? saved.respondent : "";
    if (typeof saved.group === "string") { groupInput.value = saved.group; }
    roleInput.value = typeof saved.role === "string" ? saved.role : "";
    var byConfig = {};
    (Array.isArray(saved.answers) ? saved.answers : []).forEach(function (a) {
      if (a && typeof a.configuration === "string") { byConfig["id:" + a.configuration] = a; }
    });
    boxes.forEach(function (box) {
      var answer = byConfig["id:" + box.getAttribute("data-config")];
      if (!answer) { return; }
      box.querySelectorAll("[data-field]").forEach(function (el) {
        var name = el.getAttribute("data-field");
        if (el.type === "radio") {
          el.checked = el.value === answer.rating;
        } else if (TEXT_FIELDS.indexOf(name) !== -1 && typeof answer[name] === "string") {
          el.value = answer[name];
        }
      });
    });
    say("Welcome back: your earlier answers are filled in (" + saved.answers.length + " configurations).");
  }

  function fileName(response) {
    var who = response.respondent.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
    return "feedback-round-" + response.round + (who ? "-" + who : "") + ".json";
  }

  function save() {
    var response = collect();
    if (!response.respondent) {
      say("Please enter a pseudonym under “Your details” first; no real name is needed.");
      nameInput.focus();
      return;
    }
    if (response.answers.length === 0) {
      say("You have not answered any question yet.");
      return;
    }
    var blob = new Blob([JSON.stringify(response, null, 2)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = fileName(response);
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    say("Saved " + link.download + " with answers on " + response.answers.length + " configurations. Please email it to the review team.");
  }

  function clearAll() {
    if (!window.confirm("Clear all your answers from this browser?")) { return; }
    if (store) { store.removeItem(data.storage_key); }
    nameInput.value = "";
    groupInput.value = data.group || "";
    roleInput.value = "";
    boxes.forEach(function (box) {
      box.querySelectorAll("[data-field]").forEach(function (el) {
        if (el.type === "radio") { el.checked = false; } else { el.value = ""; }
      });
    });
    say("Your answers were cleared from this browser.");
  }

  restore();
  document.addEventListener("input", keep);
  document.addEventListener("change", keep);
  document.getElementById("save-answers").addEventListener("click", save);
  document.getElementById("clear-answers").addEventListener("click", clearAll);
}());
