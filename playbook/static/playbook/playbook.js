/*
 * Draaiboek checklists and reflection answers, kept in this browser only (localStorage).
 * Nothing is sent to the server. Without JavaScript (or storage) the page still reads
 * and prints: checklists are plain lists and the answer fields stay hidden.
 */
(function () {
  "use strict";

  function storage() {
    try {
      var probe = "kennisbrug:probe";
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (error) {
      return null;
    }
  }

  function readJSON(store, key) {
    try {
      return JSON.parse(store.getItem(key) || "{}") || {};
    } catch (error) {
      return {};
    }
  }

  function enhanceChecklists(store) {
    var lang = document.documentElement.lang || "nl";
    document.querySelectorAll("[data-checklist]").forEach(function (list) {
      var key = "kennisbrug:checklist:" + lang + ":" + list.getAttribute("data-checklist");
      var ticked = readJSON(store, key);
      list.querySelectorAll(".checklist__item").forEach(function (item, index) {
        var id = "check-" + list.getAttribute("data-checklist") + "-" + index;
        var box = document.createElement("input");
        box.type = "checkbox";
        box.id = id;
        box.checked = Boolean(ticked[index]);
        var label = document.createElement("label");
        label.htmlFor = id;
        while (item.firstChild) {
          label.appendChild(item.firstChild);
        }
        item.appendChild(box);
        item.appendChild(label);
        box.addEventListener("change", function () {
          ticked[index] = box.checked;
          store.setItem(key, JSON.stringify(ticked));
        });
      });
      list.classList.add("checklist--interactive");
    });
  }

  function answersText(article, answers) {
    var lines = [article.getAttribute("data-answers-title"), ""];
    article.querySelectorAll(".question").forEach(function (question) {
      var field = question.querySelector("[data-answer]");
      lines.push(question.querySelector(".question__text").textContent.trim());
      question.querySelectorAll(".question__subs li").forEach(function (sub, index) {
        lines.push("  " + String.fromCharCode(97 + index) + ") " + sub.textContent.trim());
      });
      lines.push("", field ? answers[field.getAttribute("data-answer")] || "" : "", "");
    });
    return lines.join("\n");
  }

  function enhanceAnswers(store) {
    var article = document.querySelector("[data-answers-key]");
    if (!article) {
      return;
    }
    var key = article.getAttribute("data-answers-key");
    var answers = readJSON(store, key);
    var status = article.querySelector(".answers-status");

    article.querySelectorAll("[data-answer]").forEach(function (wrapper) {
      var id = wrapper.getAttribute("data-answer");
      var field = wrapper.querySelector("textarea");
      field.value = answers[id] || "";
      field.addEventListener("input", function () {
        answers[id] = field.value;
        store.setItem(key, JSON.stringify(answers));
      });
      wrapper.hidden = false;
    });

    article.querySelector('[data-answers-action="download"]').addEventListener("click", function () {
      var blob = new Blob([answersText(article, answers)], { type: "text/plain;charset=utf-8" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = article.getAttribute("data-answers-filename");
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    });

    var clear = article.querySelector('[data-answers-action="clear"]');
    clear.addEventListener("click", function () {
      if (!window.confirm(clear.getAttribute("data-confirm"))) {
        return;
      }
      answers = {};
      store.removeItem(key);
      article.querySelectorAll("[data-answer] textarea").forEach(function (field) {
        field.value = "";
      });
      status.textContent = clear.getAttribute("data-done");
    });

    article.querySelectorAll(".answers-notice, .answers-toolbar").forEach(function (element) {
      element.hidden = false;
    });
  }

  var store = storage();
  if (store) {
    enhanceChecklists(store);
    enhanceAnswers(store);
  }
})();
