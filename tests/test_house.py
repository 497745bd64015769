"""The layout of exhibits/ holds: import-linter's contracts are kept (features above
the content model above the pure modules, no feature importing another), no module
imports itself back through others, and no module of code outgrows 400 lines."""

from pathlib import Path

import grimp
from importlinter.application import use_cases
from importlinter.configuration import configure

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 400
DATA_MODULES = {"exhibits/seed/content.py"}  # the seed text itself


def test_import_contracts_are_kept(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    configure()
    kept = use_cases.lint_imports(cache_dir=None, no_logo=True)
    assert kept == use_cases.SUCCESS, capsys.readouterr().out


def test_no_import_cycles_among_exhibits_modules():
    graph = grimp.build_graph("exhibits", cache_dir=None)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                cycles.append((module, imported))
    assert cycles == []


def test_no_code_module_is_over_400_lines():
    too_long = {
        str(path.relative_to(ROOT)): lines
        for path in (ROOT / "exhibits").rglob("*.py")
        if "migrations" not in path.parts
        and str(path.relative_to(ROOT)) not in DATA_MODULES
        and (lines := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert too_long == {}
