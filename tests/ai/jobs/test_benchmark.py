import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_parser_meets_field_accuracy_targets_on_the_sets_it_was_improved_on() -> None:
    spec = importlib.util.spec_from_file_location("job_parsing", ROOT / "benchmarks" / "job_parsing.py")
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert len(list(bench.CORPUS.glob("*.txt"))) >= 40
    for label in bench.TUNED_ON:
        accuracy, misses = bench.evaluate(bench.LABELLED_SETS[label])
        for field, target in bench.TARGETS.items():
            assert accuracy[field] >= target, (label, field, misses[field])
