"""The compare view for the structured parts of a service: each fact as the editor chose it.

Wagtail compares a block's stored value: a choice shows its key ("copy" for "Fotokopi"), an empty
chooser "None", and an unchanged empty field is listed all the same. Here a choice shows its
label, an empty value nothing, and a field empty in both versions is left out. The catalogue's
StructBlocks answer ``get_comparison_class()`` (``catalogue.blocks.CatalogueStructBlock``), which
Wagtail asks before its own defaults.
"""

from django.db.models import Model
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import gettext as _

from wagtail import blocks
from wagtail.admin.compare import BlockComparison, StructBlockComparison, diff_text, get_comparison_class_for_block


def _flat(choices):
    for key, label in choices:
        if isinstance(label, (list, tuple)):
            yield from _flat(label)
        else:
            yield key, label


def shown(block, value):
    """A field block's value as the editor sees it in the form."""
    if value is None or value == "":
        return ""
    if isinstance(block, blocks.ChoiceBlock):
        return str(dict(_flat(block.field.choices)).get(value, value))
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, Model):
        return str(value)
    return str(value)


class FactComparison(BlockComparison):
    def htmlvalue(self, val):
        return escape(shown(self.block, val))

    def htmldiff(self):
        return diff_text(shown(self.block, self.val_a), shown(self.block, self.val_b)).to_html()


def comparison_class(block):
    if isinstance(block, (blocks.StructBlock, blocks.StreamBlock, blocks.ListBlock, blocks.RichTextBlock)):
        return get_comparison_class_for_block(block)
    return FactComparison


class StructComparison(StructBlockComparison):
    def _children(self, val_a, val_b):
        for name, block in self.block.child_blocks.items():
            a, b = val_a.get(name) if val_a else None, val_b.get(name) if val_b else None
            if a in (None, "") and b in (None, ""):
                continue
            yield block, a, b

    def htmlvalue(self, val):
        rows = [
            (block.label, comparison_class(block)(block, True, True, value, value).htmlvalue(value))
            for block, value, _same in self._children(val, val)
        ]
        return format_html("<dl>\n{}\n</dl>", format_html_join("\n", "    <dt>{}</dt>\n    <dd>{}</dd>", rows))

    def htmldiff(self):
        rows = [
            (block.label, comparison_class(block)(block, self.exists_a, self.exists_b, a, b).htmldiff())
            for block, a, b in self._children(self.val_a, self.val_b)
        ]
        return format_html("<dl>\n{}\n</dl>", format_html_join("\n", "    <dt>{}</dt>\n    <dd>{}</dd>", rows))
