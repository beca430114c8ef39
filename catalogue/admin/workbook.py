"""The workbook in the admin: download what one may edit; upload → preview → confirm an import.

The uploaded file waits in a private temporary folder between the preview and the confirmation,
named by a random token kept in the user's session, so a confirmation imports exactly the file
that was previewed, and only by the user who uploaded it.
"""

import secrets
import tempfile
import time
from pathlib import Path

from django import forms
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from django.views.generic.base import TemplateResponseMixin

from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from catalogue.workbook import format as fmt
from catalogue.workbook.export import editable_services, export
from catalogue.workbook.importer import WorkbookImport
from catalogue.workbook.report import counts

SESSION_KEY = "catalogue_workbook_uploads"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


UPLOAD_LIFETIME = 24 * 60 * 60
"""Seconds an upload waits for its confirmation before it is deleted."""


def upload_folder():
    folder = Path(tempfile.gettempdir()) / "mpp-workbook-uploads"
    folder.mkdir(mode=0o700, exist_ok=True)
    cutoff = time.time() - UPLOAD_LIFETIME
    for stale in folder.glob("*.xlsx"):
        try:
            if stale.stat().st_mtime < cutoff:
                stale.unlink()
        except FileNotFoundError:  # confirmed (and deleted) meanwhile
            pass
    return folder


class ExportView(View):
    """The .xlsx workbook of the services the user may edit."""

    def get(self, request):
        response = HttpResponse(content_type=XLSX)
        name = f"layanan-{timezone.localdate().isoformat()}.xlsx"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        export(response, editable_services(request.user))
        return response


class UploadForm(forms.Form):
    workbook = forms.FileField(
        label=_("Workbook (.xlsx)"),
        help_text=_(
            "Download the workbook of your services, change it and upload it. Nothing is written until you confirm."
        ),
    )


class ImportView(WagtailAdminTemplateMixin, TemplateResponseMixin, View):
    """Upload a workbook, see what would change and every problem, then confirm."""

    template_name = "catalogue/admin/workbook_import.html"
    page_title = _("Import services from a workbook")
    header_icon = "upload"

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=UploadForm()))

    def post(self, request):
        if "token" in request.POST:
            return self.confirm(request, request.POST["token"])
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        token = secrets.token_urlsafe(16)
        path = upload_folder() / f"{token}.xlsx"
        with open(path, "wb") as handle:
            upload = form.cleaned_data["workbook"]
            for chunk in upload.chunks():
                handle.write(chunk)
                if handle.tell() > fmt.MAX_FILE_BYTES:
                    break  # the reader refuses it with its own message
        request.session[SESSION_KEY] = {**request.session.get(SESSION_KEY, {}), token: str(path)}
        result = WorkbookImport(path, request.user).preview()
        status = 200 if result.ok else 400
        if not result.ok:
            path.unlink(missing_ok=True)
            token = ""
        return self.render_to_response(
            self.get_context_data(form=UploadForm(), result=result, token=token, summary=counts(result)), status=status
        )

    def confirm(self, request, token):
        uploads = request.session.get(SESSION_KEY, {})
        path = uploads.get(token)
        if path is None or not Path(path).exists():
            messages.error(request, _("This upload has expired or was already imported. Upload the workbook again."))
            return redirect("catalogue_workbook_import")
        result = WorkbookImport(path, request.user).commit()
        if not result.ok:
            return self.render_to_response(
                self.get_context_data(form=UploadForm(), result=result, token="", summary=counts(result)), status=400
            )
        Path(path).unlink(missing_ok=True)
        request.session[SESSION_KEY] = {key: value for key, value in uploads.items() if key != token}
        messages.success(
            request,
            _("Imported: %(new)s new and %(changed)s changed services, sent to the DPMPTSP review as drafts.")
            % {"new": result.count("new"), "changed": result.count("changed")},
        )
        return redirect("services:index")
