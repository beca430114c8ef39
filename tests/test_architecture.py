"""The import graph of our apps: layers point down only, and no module takes part in an import cycle.

Layers, top to bottom: ``demo`` and ``tooling`` (independent of each other), ``portal``,
``api`` and ``search`` (independent of each other), ``catalogue``. A lower app never imports a
higher one. grimp reads every import statement of every module, inside functions too, so a
deferred import does not hide an arrow that runs against the layering or closes a cycle.
"""

import grimp

LAYERS = [("demo", "tooling"), ("portal",), ("api", "search"), ("catalogue",)]
APPS = [app for layer in LAYERS for app in layer]


def import_graph():
    return grimp.build_graph(*APPS, include_external_packages=False, cache_dir=None)


def describe(graph, chain):
    """``a -> b -> c``, then where each import is written."""
    lines = [" -> ".join(chain)]
    for importer, imported in zip(chain, chain[1:], strict=False):
        for detail in graph.get_import_details(importer=importer, imported=imported):
            lines.append(f"    {importer} line {detail['line_number']}: {detail['line_contents']}")
    return "\n".join(lines)


def forbidden_pairs(layers):
    """(lower, higher) for every app below another, and both ways between apps of one layer."""
    for index, layer in enumerate(layers):
        for app in layer:
            yield from ((app, other) for other in layer if other != app)
            yield from ((lower, app) for below in layers[index + 1 :] for lower in below)


def layering_violations(graph, layers=LAYERS):
    return [
        describe(graph, chain)
        for importer, imported in forbidden_pairs(layers)
        for chain in sorted(graph.find_shortest_chains(importer=importer, imported=imported, as_packages=True))
    ]


def import_each_other(graph):
    """The sets of modules that import each other, directly or not (the graph's strong components)."""
    groups = set()
    for module in graph.modules:
        both_ways = graph.find_upstream_modules(module) & graph.find_downstream_modules(module)
        if both_ways:
            groups.add(frozenset({module, *both_ways}))
    return groups


def cycles(graph):
    """For each set of modules that import each other, the shortest cycle through each of them."""
    found = {}
    for component in import_each_other(graph):
        for start in sorted(component):
            chain = min(
                (
                    graph.find_shortest_chain(importer=child, imported=start)
                    for child in sorted(graph.find_modules_directly_imported_by(start))
                    if child in component
                ),
                key=len,
            )
            cycle = [start, *chain]
            found.setdefault(frozenset(zip(cycle, cycle[1:], strict=False)), cycle)
    return sorted(describe(graph, cycle) for cycle in found.values())


def test_apps_import_only_the_layers_below():
    violations = layering_violations(import_graph())
    assert not violations, "Imports against the layering demo, tooling -> portal -> api, search -> catalogue:\n" + (
        "\n".join(violations)
    )


def test_no_import_cycles_between_modules():
    found = cycles(import_graph())
    assert not found, "Import cycles:\n" + "\n".join(found)


# Within an app: (importer, imported) that must not import each other directly. The engines run
# the plan they are given; they never plan or analyse a query again (the index model they read
# may use the pipeline to store synonyms: that is not the engines planning).
FORBIDDEN_DIRECT = [
    ("search.engines", "search.query"),
    ("search.engines", "search.analysis"),
]


def test_rules_inside_apps():
    graph = import_graph()
    violations = [
        describe(graph, [importer, imported])
        for package, target in FORBIDDEN_DIRECT
        for importer in sorted({package, *graph.find_descendants(package)})
        for imported in sorted(graph.find_modules_directly_imported_by(importer))
        if imported == target or imported.startswith(f"{target}.")
    ]
    assert not violations, "Forbidden imports:\n" + "\n".join(violations)


def test_the_checks_count_imports_inside_functions(tmp_path, monkeypatch):
    """Not vacuous: on two small packages, a deferred import against the layers and a deferred
    import closing a cycle are both reported, with the chain and the line."""
    for package, modules in {
        "probe_high": {"views": "VALUE = 1\n"},
        "probe_low": {
            "models": "def later():\n    from probe_high import views\n\n    from probe_low import rules\n",
            "rules": "from probe_low import models\n",
        },
    }.items():
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
        for name, source in modules.items():
            (tmp_path / package / f"{name}.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("probe_high", "probe_low", cache_dir=None)
    assert layering_violations(graph, [("probe_high",), ("probe_low",)]) == [
        "probe_low.models -> probe_high.views\n    probe_low.models line 2: from probe_high import views"
    ]
    assert cycles(graph) == [
        "probe_low.models -> probe_low.rules -> probe_low.models\n"
        "    probe_low.models line 4: from probe_low import rules\n"
        "    probe_low.rules line 1: from probe_low import models"
    ]
