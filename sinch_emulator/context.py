"""What a handler (and every domain rule) works with: one project's state and its callbacks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .callbacks import Callbacks
from .config import EmulatorConfig
from .state import ProjectState


@dataclass(slots=True)
class Request:
    """One validated API request (or a control-endpoint action) in one project and region."""

    state: ProjectState
    callbacks: Callbacks
    config: EmulatorConfig
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None

    @property
    def project_id(self) -> str:
        return self.state.project_id

    @property
    def region(self) -> str:
        return self.state.region
