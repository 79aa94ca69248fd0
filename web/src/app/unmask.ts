// Unmasking (supervisors): a dialog asks for the written reason and how long; the service records a grant
// (audited), then reveals one protected agent's real identity at a time (each reveal audited too). The real
// name is shown only in this page, only to this user, and removed from the page when the grant expires.
import { el } from "../components/dom";
import { ApiError, type ApiClient, type UnmaskGrant } from "./api";

const MIN_REASON = 10;

export class UnmaskDialog {
  readonly element: HTMLDialogElement;
  private readonly reason: HTMLTextAreaElement;
  private readonly minutes: HTMLInputElement;
  private readonly error: HTMLElement;
  private grant: UnmaskGrant | null = null;
  private pending: ((ok: boolean) => void) | null = null;

  constructor(private readonly api: ApiClient, private readonly caseName: string, private readonly version: number) {
    this.reason = el("textarea", { id: "unmask-reason", name: "reason", rows: "3", "aria-describedby": "unmask-help" });
    this.minutes = el("input", { id: "unmask-minutes", name: "minutes", type: "number", min: "1", max: "240", step: "1", value: "30" });
    this.error = el("p", { class: "error", role: "alert" });
    const cancel = el("button", { type: "button", value: "cancel" }, "Cancel");
    const form = el("form", { method: "dialog" },
      el("h2", {}, "Unmask protected identities"),
      el("p", { id: "unmask-help" }, `Real names of victims, witnesses and minors are shown only to you, only for the time you choose, and every look is written to the audit log with your reason (at least ${MIN_REASON} characters, e.g. the court order).`),
      el("label", { for: "unmask-reason" }, "Reason"), this.reason,
      el("label", { for: "unmask-minutes" }, "For how many minutes "), this.minutes,
      this.error,
      el("div", { class: "actions" }, el("button", { type: "submit", id: "unmask-confirm" }, "Unmask"), cancel));
    this.element = el("dialog", { id: "unmask-dialog", "aria-labelledby": "unmask-title" }, form);
    form.querySelector("h2")!.id = "unmask-title";
    form.addEventListener("submit", (ev) => { ev.preventDefault(); void this.confirm(); });
    cancel.addEventListener("click", () => this.close(false));
    this.element.addEventListener("cancel", () => this.close(false));
  }

  /** Reveals `pseudonym` into `target`, asking for a reason first unless this user holds a live grant. */
  async ask(pseudonym: string, target: HTMLElement): Promise<void> {
    if (!this.live()) {
      this.error.textContent = "";
      this.element.showModal();
      this.reason.focus();
      const ok = await new Promise<boolean>((resolve) => { this.pending = resolve; });
      if (!ok) return;
    }
    try {
      const who = await this.api.identity(this.caseName, this.version, pseudonym);
      const expires = new Date(who.grantExpires);
      const shown = el("p", { class: "unmasked", "data-field": "real-name" },
        `Real identity (visible to you until ${expires.toLocaleTimeString()}): `, el("strong", {}, who.name ?? "(no name)"), ` · id ${who.id}`);
      target.replaceChildren(shown);
      // Gone from the page when the grant ends.
      setTimeout(() => shown.remove(), Math.max(0, expires.getTime() - Date.now()));
    } catch (e) {
      target.replaceChildren(el("p", { class: "error", role: "alert" }, e instanceof ApiError ? `The server answered ${e.status}: ${e.message}` : String(e)));
    }
  }

  private live(): boolean {
    return this.grant !== null && Date.parse(this.grant.expires) > Date.now();
  }

  private async confirm(): Promise<void> {
    const reason = this.reason.value.trim();
    if (reason.length < MIN_REASON) {
      this.error.textContent = `Write the reason (at least ${MIN_REASON} characters).`;
      return;
    }
    try {
      this.grant = await this.api.unmask(this.caseName, reason, Number(this.minutes.value));
      this.close(true);
    } catch (e) {
      this.error.textContent = e instanceof ApiError ? `The server answered ${e.status}: ${e.message}` : String(e);
    }
  }

  private close(ok: boolean): void {
    if (this.element.open) this.element.close();
    this.reason.value = "";
    this.pending?.(ok);
    this.pending = null;
  }
}
