// The guide's self-check: says so when every box is ticked. Without JavaScript the
// questions and advice still read as a checklist.
document.addEventListener("DOMContentLoaded", () => {
  const check = document.querySelector("[data-self-check]");
  if (!check) return;
  const boxes = check.querySelectorAll("[data-self-check-box]");
  const result = check.querySelector("[data-self-check-result]");
  const update = () => {
    const allTicked = Array.from(boxes).every((box) => box.checked);
    result.textContent = allTicked ? result.dataset.allDone : "";
  };
  boxes.forEach((box) => box.addEventListener("change", update));
});
