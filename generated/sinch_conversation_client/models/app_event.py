from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_event_agent_joined_event import AppEventAgentJoinedEvent
    from ..models.app_event_agent_left_event import AppEventAgentLeftEvent
    from ..models.app_event_composing_end_event import AppEventComposingEndEvent
    from ..models.app_event_generic_event import AppEventGenericEvent
    from ..models.comment_reply_event import CommentReplyEvent
    from ..models.composing_event import ComposingEvent


T = TypeVar("T", bound="AppEvent")


@_attrs_define(repr=False)
class AppEvent:
    composing_event: ComposingEvent | Unset = UNSET
    comment_reply_event: CommentReplyEvent | Unset = UNSET
    """ Represents a response to a comment event. """
    composing_end_event: AppEventComposingEndEvent | Unset = UNSET
    """ The app stopped composing. """
    agent_joined_event: AppEventAgentJoinedEvent | Unset = UNSET
    agent_left_event: AppEventAgentLeftEvent | Unset = UNSET
    generic_event: AppEventGenericEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("composing_event", False),
                ("comment_reply_event", False),
                ("composing_end_event", False),
                ("agent_joined_event", False),
                ("agent_left_event", False),
                ("generic_event", False),
            ),
        )

    def to_json(self, **kwargs: Any) -> str:
        """The model as the API's JSON (``json.dumps`` keyword arguments pass through)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_dict(self) -> dict[str, Any]:
        composing_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.composing_event, Unset):
            composing_event = self.composing_event.to_dict()

        comment_reply_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment_reply_event, Unset):
            comment_reply_event = self.comment_reply_event.to_dict()

        composing_end_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.composing_end_event, Unset):
            composing_end_event = self.composing_end_event.to_dict()

        agent_joined_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_joined_event, Unset):
            agent_joined_event = self.agent_joined_event.to_dict()

        agent_left_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_left_event, Unset):
            agent_left_event = self.agent_left_event.to_dict()

        generic_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generic_event, Unset):
            generic_event = self.generic_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if composing_event is not UNSET:
            field_dict["composing_event"] = composing_event
        if comment_reply_event is not UNSET:
            field_dict["comment_reply_event"] = comment_reply_event
        if composing_end_event is not UNSET:
            field_dict["composing_end_event"] = composing_end_event
        if agent_joined_event is not UNSET:
            field_dict["agent_joined_event"] = agent_joined_event
        if agent_left_event is not UNSET:
            field_dict["agent_left_event"] = agent_left_event
        if generic_event is not UNSET:
            field_dict["generic_event"] = generic_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_event_agent_joined_event import AppEventAgentJoinedEvent
        from ..models.app_event_agent_left_event import AppEventAgentLeftEvent
        from ..models.app_event_composing_end_event import AppEventComposingEndEvent
        from ..models.app_event_generic_event import AppEventGenericEvent
        from ..models.comment_reply_event import CommentReplyEvent
        from ..models.composing_event import ComposingEvent

        d = dict(src_dict)
        _composing_event = d.pop("composing_event", UNSET)
        composing_event: ComposingEvent | Unset
        if isinstance(_composing_event, Unset):
            composing_event = UNSET
        else:
            composing_event = ComposingEvent.from_dict(_composing_event)

        _comment_reply_event = d.pop("comment_reply_event", UNSET)
        comment_reply_event: CommentReplyEvent | Unset
        if isinstance(_comment_reply_event, Unset):
            comment_reply_event = UNSET
        else:
            comment_reply_event = CommentReplyEvent.from_dict(_comment_reply_event)

        _composing_end_event = d.pop("composing_end_event", UNSET)
        composing_end_event: AppEventComposingEndEvent | Unset
        if isinstance(_composing_end_event, Unset):
            composing_end_event = UNSET
        else:
            composing_end_event = AppEventComposingEndEvent.from_dict(_composing_end_event)

        _agent_joined_event = d.pop("agent_joined_event", UNSET)
        agent_joined_event: AppEventAgentJoinedEvent | Unset
        if isinstance(_agent_joined_event, Unset):
            agent_joined_event = UNSET
        else:
            agent_joined_event = AppEventAgentJoinedEvent.from_dict(_agent_joined_event)

        _agent_left_event = d.pop("agent_left_event", UNSET)
        agent_left_event: AppEventAgentLeftEvent | Unset
        if isinstance(_agent_left_event, Unset):
            agent_left_event = UNSET
        else:
            agent_left_event = AppEventAgentLeftEvent.from_dict(_agent_left_event)

        _generic_event = d.pop("generic_event", UNSET)
        generic_event: AppEventGenericEvent | Unset
        if isinstance(_generic_event, Unset):
            generic_event = UNSET
        else:
            generic_event = AppEventGenericEvent.from_dict(_generic_event)

        app_event = cls(
            composing_event=composing_event,
            comment_reply_event=comment_reply_event,
            composing_end_event=composing_end_event,
            agent_joined_event=agent_joined_event,
            agent_left_event=agent_left_event,
            generic_event=generic_event,
        )
        app_event.additional_properties = d
        return app_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
