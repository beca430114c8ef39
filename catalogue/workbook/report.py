"""The preview of an import as text: for the command's output (the admin renders the same result)."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

STATUS = {"new": "+", "changed": "~", "unchanged": "="}


def status_label(status):
    return {"new": _("new"), "changed": _("changed"), "unchanged": _("unchanged")}[status]


def preview_lines(result, dry_run=False):
    lines = []
    for plan in result.plans:
        lines.append(f"{STATUS[plan.status]} {plan.mpp}/{plan.key} ({status_label(plan.status)}): {plan.title}")
        for change in plan.changes:
            lines.append(f"    {change.cell} {change.column}: {change.old!r} → {change.new!r}")
        for note in plan.notes:
            lines.append(f"    {note}")
    if result.problems:
        lines.append(
            ngettext("%(count)s problem:", "%(count)s problems:", len(result.problems))
            % {"count": len(result.problems)}
        )
        lines.extend(f"  {problem}" for problem in result.problems)
        return lines
    summary = counts(result)
    if dry_run:
        lines.append(summary + " " + _("Nothing was written (dry run)."))
    elif result.written:
        lines.append(summary + " " + _("The changes are drafts sent to the DPMPTSP review."))
    else:
        lines.append(summary)
    return lines


def counts(result):
    return _("%(new)s new, %(changed)s changed, %(unchanged)s unchanged.") % {
        "new": result.count("new"),
        "changed": result.count("changed"),
        "unchanged": result.count("unchanged"),
    }
