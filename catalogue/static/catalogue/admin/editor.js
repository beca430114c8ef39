/* A submit in the editor (Submit for review, Publish ...) never races the page's own autosave.

   Leaving a field fires an autosave (after Wagtail's autosave interval) at the moment the editor
   clicks a submit button. If that autosave's revision lands while the submit is answered, a
   refused submit (an incomplete service, a duplicate counter) re-renders the form as of the
   revision before it, and the next autosave is paused with "Saving will overwrite a newer
   version" about the editor's own autosave. So a submit first cancels an autosave that has not
   been sent yet, waits for one already sent, then goes; and this page autosaves no more, since it
   is being left. (Wagtail's w-autosave controller: its "save" event is cancelable for this.) */
(() => {
  const lastSave = new WeakMap();
  document.addEventListener("w-autosave:save", (event) => lastSave.set(event.target, event));

  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      const app = window.wagtail && window.wagtail.app;
      const autosave = app && app.getControllerForElementAndIdentifier(form, "w-autosave");
      if (!autosave) return;
      autosave.activeValue = false;
      const saving = autosave.submitPromise;
      if (!saving) return;
      const waiting = lastSave.get(form);
      if (waiting) waiting.preventDefault(); // not sent yet: it never is
      event.preventDefault();
      event.stopImmediatePropagation();
      const submitter = event.submitter;
      saving.finally(() => form.requestSubmit(submitter));
    },
    true,
  );
})();
