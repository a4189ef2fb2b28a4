"""Property-based run of every operation in the OpenAPI schema, in process and authenticated:
no 5xx, and every answer conforms to the schema we publish."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from jobwise.cli import main as jobwise_cli
from jobwise.main import create_app
from tests.conftest import make_settings

DATA_DIR = Path(tempfile.mkdtemp(prefix="jobwise-fuzz-"))
EMAIL, PASSWORD = "fuzz-admin@example.com", "Fuzz-Admin-Pass-2024"
os.environ["JOBWISE_DATA_DIR"] = str(DATA_DIR)
jobwise_cli(["create-admin", EMAIL, "--password", PASSWORD])  # migrates, then makes the caller an admin
del os.environ["JOBWISE_DATA_DIR"]

app = create_app(make_settings(DATA_DIR))
schema = (
    schemathesis.openapi.from_asgi("/openapi.json", app)
    .exclude(
        # These end the session the run authenticates with (and would stop it from exploring further).
        path_regex=r"^/api/v1/auth/logout$|^/api/v1/users/me$",
        method="DELETE",
    )
    .exclude(path="/api/v1/auth/logout")
)

# A body over the size limit is refused before validation, with 413: also a correct rejection.
_rejection = schema.config.checks.negative_data_rejection
_rejection.expected_statuses = [*_rejection.expected_statuses, "413"]

_token: dict[str, str] = {}


def _auth_headers() -> dict[str, str]:
    if not _token:
        login = schema["/api/v1/auth/login"]["POST"]
        response = login.Case(
            body={"email": EMAIL, "password": PASSWORD}, media_type="application/json"
        ).call()
        _token["value"] = response.json()["access_token"]
    return {"Authorization": f"Bearer {_token['value']}"}


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    # Semantic rules beyond the schema (common passwords, duplicates) refuse some schema-valid bodies.
    case.call_and_validate(headers=_auth_headers(), excluded_checks=[positive_data_acceptance])
