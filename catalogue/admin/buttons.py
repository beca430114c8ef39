"""Page buttons: "Translate this page" and "Sync translated pages" for agency editors, and
"Onboarding" in an MPP page's menu for administrators."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from catalogue import translations
from catalogue.models import MPPLocationPage


def translation_buttons_for_editors(page, user, view_name=None, next_url=None):
    """wagtail-localize shows "Translate this page" and "Sync translated pages" only to holders of
    its global permission (the reviewers); an agency editor gets them on the pages they may edit."""
    if page.is_root() or user.has_perm("wagtail_localize.submit_translation"):
        return
    page = page.specific
    if not translations.translates(user, page):
        return
    existing = page.get_translations(inclusive=True).values_list("locale_id", flat=True)
    if any(translations.may_add_translation(user, page, locale) for locale in Locale.objects.exclude(pk__in=existing)):
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        yield Button(_("Translate this page"), url, priority=60, icon_name="wagtail-localize-language")
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is not None and source.translations.filter(enabled=True).exists():
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        if next_url:
            url += "?" + urlencode({"next": next_url})
        yield Button(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


class OnboardingButton(PageMenuItem):
    label = _("Onboarding")
    icon_name = "group"
    priority = 80

    @cached_property
    def url(self):
        return reverse("catalogue_onboarding") + "?" + urlencode({"mpp": self.page.slug})

    def is_shown(self, user):
        return user.is_superuser


def onboarding_button(page, user, view_name, next_url=None):
    """On an MPP page's menu: onboard an agency or a reviewer there."""
    if page.specific_class is MPPLocationPage and page.locale_id == Locale.get_default().id:
        yield OnboardingButton(page=page)
