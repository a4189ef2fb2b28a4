from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from jobwise.core.schemas import ReadModel, RequestModel, StrictBool


class AdminUserUpdate(RequestModel):
    role: Literal["user", "admin"] | None = None
    is_active: StrictBool | None = None


class AuditEventRead(ReadModel):
    id: uuid.UUID
    user_id: uuid.UUID | None
    actor_id: uuid.UUID | None
    event: str
    ip: str | None
    user_agent: str | None
    details: dict[str, Any]
    created_at: datetime
