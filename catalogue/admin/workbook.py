"""The workbook in the admin: download what one may edit."""

from django.http import HttpResponse
from django.utils import timezone
from django.views.generic import View

from catalogue.workbook.export import editable_services, export

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ExportView(View):
    """The .xlsx workbook of the services the user may edit."""

    def get(self, request):
        response = HttpResponse(content_type=XLSX)
        name = f"layanan-{timezone.localdate().isoformat()}.xlsx"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        export(response, editable_services(request.user))
        return response
