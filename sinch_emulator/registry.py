"""The resource registry: handlers declared on the spec's own path templates.

A resource module (one per spec tag) declares its handlers with the spec's template::

    routes = Routes("Events")

    @routes.get("/v1/projects/{project_id}/events/{event_id}")
    def get_event(req: Request, event_id: str) -> dict[str, Any]: ...

The handler receives the path values by name (``project_id`` is ``req.project_id``). At
start-up :meth:`Registry.bind` pairs every handler with its operation of the spec and fails
if a route is not in the spec or the handler's parameters do not match the template's
names; an operation of the spec without a handler answers 501.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .context import Request
from .spec import Operation, Spec

Handler = Callable[..., Any]
PROJECT = "project_id"


class RouteNotInSpec(RuntimeError):
    """A handler's route, or its parameters, do not match the effective spec."""


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    tag: str


class Routes:
    """The handlers of one resource module, in declaration order."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.routes: list[Route] = []

    def _add(self, method: str, template: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.routes.append(Route(method, template, handler, self.tag))
            return handler

        return register

    def get(self, template: str) -> Callable[[Handler], Handler]:
        return self._add("GET", template)

    def post(self, template: str) -> Callable[[Handler], Handler]:
        return self._add("POST", template)

    def put(self, template: str) -> Callable[[Handler], Handler]:
        return self._add("PUT", template)

    def patch(self, template: str) -> Callable[[Handler], Handler]:
        return self._add("PATCH", template)

    def delete(self, template: str) -> Callable[[Handler], Handler]:
        return self._add("DELETE", template)


@dataclass(frozen=True, slots=True)
class Bound:
    """A handler attached to its operation: calls it with the path values by name."""

    operation: Operation
    handler: Handler
    #: (position in the template, name) of every path value the handler takes
    params: tuple[tuple[int, str], ...]

    def __call__(self, req: Request, args: list[str]) -> Any:
        if not self.params:  # project-level operations (messages:send among them)
            return self.handler(req)
        return self.handler(req, **{name: args[i] for i, name in self.params})


class Registry:
    def __init__(self, groups: Iterable[Routes]) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        for group in groups:
            for route in group.routes:
                key = (route.method, route.template)
                if key in self.routes:
                    raise RouteNotInSpec(f"{route.method} {route.template} has two handlers")
                self.routes[key] = route

    def bind(self, spec: Spec) -> list[Operation]:
        """Attach every handler to its operation (``Operation.handler``) and answer the
        operations served; raises, attaching nothing, when a route or its parameters are not
        the spec's. A spec serves one registry: binding another replaces the handlers."""
        by_route = {(op.method, op.path): op for op in spec.operations}
        handlers: dict[int, Bound] = {}
        problems: list[str] = []
        for key, route in self.routes.items():
            op = by_route.get(key)
            if op is None:
                problems.append(
                    f"{route.method} {route.template} ({route.handler.__name__}) is not an "
                    "operation of the spec"
                )
                continue
            wanted = [n for n in op.path_names if n != PROJECT]
            taken = list(inspect.signature(route.handler).parameters)[1:]
            if taken != wanted:
                problems.append(
                    f"{route.handler.__name__} takes {taken} but {route.template} has {wanted}"
                )
                continue
            params = tuple((i, n) for i, n in enumerate(op.path_names) if n != PROJECT)
            handlers[id(op)] = Bound(op, route.handler, params)
        if problems:
            raise RouteNotInSpec(
                f"the emulator's routes do not match the spec {spec.source}: " + "; ".join(problems)
            )
        for op in spec.operations:
            op.handler = handlers.get(id(op))
        return [op for op in spec.operations if op.handler is not None]

    def missing(self, spec: Spec) -> list[Operation]:
        """Operations of the spec that no handler serves (they answer 501)."""
        return [op for op in spec.operations if (op.method, op.path) not in self.routes]
