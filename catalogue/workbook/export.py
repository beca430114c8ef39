"""The workbook of what a user may edit: an agency editor their agency's services at their MPP, a
reviewer their MPP's, the administrator everything (``--mpp`` and ``--agency`` narrow it)."""

from django.db.models import Q
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from catalogue.models import AgencyPage, ServicePage
from catalogue.roles import RoleError, find_mpp

from . import files
from . import format as fmt
from .records import english_locale, service_rows


def under(pages):
    """A filter for the pages below any of ``pages`` (themselves included)."""
    condition = Q(pk__in=[])
    for page in pages:
        condition |= Q(path__startswith=page.path)
    return condition


def editable_services(user=None, mpp=None, agency=None):
    """The Indonesian service pages ``user`` may edit (every one without a user), in tree order.
    ``mpp`` and ``agency`` are slugs; an unknown one raises ``RoleError``."""
    default = Locale.get_default()
    services = ServicePage.objects.filter(locale=default).order_by("path")
    if user is not None and not user.is_superuser:
        services = services.filter(
            under(PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"]))
        )
    agencies = AgencyPage.objects.filter(locale=default)
    if mpp:
        location = find_mpp(mpp)
        services = services.descendant_of(location)
        agencies = agencies.child_of(location)
    if agency:
        agencies = list(agencies.filter(slug=agency))
        if not agencies:
            raise RoleError(_("There is no agency with the slug '%(slug)s'.") % {"slug": agency})
        services = services.filter(under(agencies))
    return services


def workbook_tables(services, progress=None):
    """{sheet name: [{column: text}]} of ``services``."""
    tables = {sheet.name: [] for sheet in fmt.SHEETS}
    services = list(services)
    parents = {
        page.path: page.specific
        for page in Page.objects.filter(
            path__in={s.path[: -Page.steplen] for s in services} | {s.path[: -2 * Page.steplen] for s in services}
        )
    }
    en = english_locale()
    for service in services:
        agency = parents[service.path[: -Page.steplen]]
        location = parents[service.path[: -2 * Page.steplen]]
        for name, rows in service_rows(service, location, agency, en).items():
            tables[name].extend(rows)
        if progress:
            progress(1)
    return tables


def export(target, services, progress=None):
    """Write ``services`` as a workbook: an .xlsx file (a path or a binary file), or a CSV folder
    when ``target`` is a path not ending in .xlsx."""
    tables = workbook_tables(services, progress)
    if hasattr(target, "write") or str(target).lower().endswith(".xlsx"):
        files.write_xlsx(tables, target)
    else:
        files.write_csv_folder(tables, target)
    return tables
