import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_parser_meets_field_accuracy_targets_on_the_labelled_corpus() -> None:
    spec = importlib.util.spec_from_file_location("job_parsing", ROOT / "benchmarks" / "job_parsing.py")
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    accuracy, misses = bench.evaluate()
    assert len(list(bench.CORPUS.glob("*.txt"))) >= 40
    for field, target in bench.TARGETS.items():
        assert accuracy[field] >= target, (field, misses[field])
