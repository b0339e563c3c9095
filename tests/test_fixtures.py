"""Real wire payloads against the effective spec and the generated models.

The payloads in ``../shared/fixtures/conversation`` are what the official SDKs send and
parse. Each is mapped (``tests/fixtures_map/*.tsv``) to the schema that describes it, and
must (a) be mapped exactly once, (b) validate strictly: an object field the schema does not
describe is a miss, and readOnly fields are absent from requests, (c) come back unchanged
from ``Model.from_dict(x).to_dict()`` (date-times as the same instant: the models write
``+00:00`` where the payload says ``Z``).

A map row has five tab-separated columns: the fixture (relative to the fixtures folder),
the schema (``#/components/schemas/Name[/json-pointer-tail]``), the context
(``request``, ``response`` or ``any``), space-separated instance paths whose mismatch is an
artifact of the fixture rather than of the API, and a note saying why. A path written
``value:/app_id`` marks a placeholder value (``"an app id"`` where the API takes a ULID): its
form is excused, and the field stays in the round trip, which does not check forms.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import typing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
from dateutil.parser import isoparse
from jsonschema.protocols import Validator
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_schema_validator import OAS30ReadValidator, OAS30Validator, OAS30WriteValidator
from referencing import Registry, Resource
from sinch_conversation_client import models

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "build" / "spec" / "openapi.json"
FIXTURES = (ROOT / ".." / "shared" / "fixtures" / "conversation").resolve()
MAPS = ROOT / "tests" / "fixtures_map"
SCHEMA_PREFIX = "#/components/schemas/"
# A request must not carry what only the server sets (readOnly); a response must not carry
# what only the client sends (writeOnly).
VALIDATORS: dict[str, type[Validator]] = {
    "request": OAS30WriteValidator,
    "response": OAS30ReadValidator,
    "any": OAS30Validator,
}


@dataclass(frozen=True)
class Row:
    fixture: str
    schema: str  # the key under components/schemas
    pointer: str  # a JSON pointer inside that schema, "" for the schema itself
    context: str
    artifacts: tuple[str, ...]
    note: str
    source: str  # "map.tsv:line", to find the row again
    instance: Any = None  # a built instance (tests/fixtures_map/built.json) instead of a file

    @property
    def id(self) -> str:
        return self.fixture.removesuffix(".json")


def read_rows() -> list[Row]:
    rows = []
    for table in sorted(MAPS.glob("*.tsv")):
        for number, line in enumerate(table.read_text().splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            where = f"{table.name}:{number}"
            assert len(cells) == 5, f"{where}: {len(cells)} columns, expected 5"
            fixture, schema, context, artifacts, note = cells
            assert schema.startswith(SCHEMA_PREFIX), f"{where}: schema {schema!r}"
            assert context in VALIDATORS, f"{where}: context {context!r}"
            name, _, tail = schema.removeprefix(SCHEMA_PREFIX).partition("/")
            rows.append(
                Row(
                    fixture=fixture,
                    schema=name,
                    pointer=f"/{tail}" if tail else "",
                    context=context,
                    artifacts=tuple(artifacts.split()),
                    note=note,
                    source=where,
                )
            )
    return rows


ROWS = read_rows()


def read_built() -> list[Row]:
    """Instances built from the SDKs' field facts, for kinds and nulls no shared payload has."""
    document = json.loads((MAPS / "built.json").read_text())
    rows = []
    for number, entry in enumerate(document["instances"]):
        name, _, tail = entry["schema"].removeprefix(SCHEMA_PREFIX).partition("/")
        assert entry["context"] in VALIDATORS, entry["id"]
        assert entry["provenance"].strip(), f"{entry['id']}: no provenance"
        rows.append(
            Row(
                fixture=entry["id"],
                schema=name,
                pointer=f"/{tail}" if tail else "",
                context=entry["context"],
                artifacts=tuple(entry["artifacts"]),
                note=entry["provenance"],
                source=f"built.json:{number}",
                instance=entry["instance"],
            )
        )
    return rows


BUILT = read_built()
ALL_ROWS = ROWS + BUILT


@cache
def spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SPEC_PATH.read_text())
    return document


def strict(node: Any) -> Any:
    """The schema with every described object closed to fields it does not describe.

    A schema that states ``additionalProperties`` (a metadata map, a free payload) keeps it,
    and so does a rule (``x-rule``: one content kind, the keys of a channel map), whose
    branches name only the fields the rule is about.
    """
    if isinstance(node, list):
        return [strict(item) for item in node]
    if not isinstance(node, dict) or "x-rule" in node:
        return node
    closed = {key: strict(value) for key, value in node.items()}
    if "properties" in node and "additionalProperties" not in node:
        closed["additionalProperties"] = False
    if closed.get("nullable") and "type" not in closed:
        del closed["nullable"]
        # OpenAPI 3.0's nullable beside an allOf, said the JSON Schema way: the validator
        # honours nullable only next to a type.
        return {"anyOf": [{"enum": [None]}, closed]}
    return closed


@cache
def strict_document() -> dict[str, Any]:
    document = copy.deepcopy(spec())
    document["components"] = strict(document["components"])
    return document


def validator(row: Row) -> Validator:
    registry = Registry().with_resource("spec.json", Resource.opaque(strict_document()))
    schema = {"$ref": f"spec.json{SCHEMA_PREFIX}{row.schema}{row.pointer}"}
    cls = VALIDATORS[row.context]
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


def load(row: Row) -> Any:
    if row.instance is not None:
        return copy.deepcopy(row.instance)
    return json.loads((FIXTURES / row.fixture).read_text())


VALUE_ONLY = "value:"


def pointer_parts(pointer: str) -> list[str]:
    pointer = pointer.removeprefix(VALUE_ONLY)
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]


def resolve(node: Any, pointer: str) -> Any:
    for part in pointer_parts(pointer):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def without_artifacts(instance: Any, artifacts: tuple[str, ...]) -> Any:
    """The fixture less the parts the map declares as artifacts of the fixture."""
    trimmed = copy.deepcopy(instance)
    for path in artifacts:
        if path.startswith(VALUE_ONLY):
            continue
        *parents, last = pointer_parts(path)
        parent = resolve(trimmed, "".join(f"/{p}" for p in parents))
        del parent[int(last) if isinstance(parent, list) else last]
    return trimmed


def is_artifact(error_path: list[str | int], artifacts: tuple[str, ...]) -> bool:
    where = [str(part) for part in error_path]
    return any(where[: len(parts)] == parts for parts in map(pointer_parts, artifacts))


def excused(error: Any, artifacts: tuple[str, ...]) -> bool:
    """An error at an artifact path, or a oneOf/anyOf miss that one branch misses only there."""
    if is_artifact(list(error.absolute_path), artifacts):
        return True
    if error.validator not in ("oneOf", "anyOf") or not error.context:
        return False
    branches: dict[Any, list[Any]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    return any(all(excused(sub, artifacts) for sub in subs) for subs in branches.values())


@cache
def class_names() -> dict[str, str]:
    """Schema key -> generated class name, as the pinned generator itself names them."""
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "spec" / "generator.yaml"),
        MetaType.NONE,
        SPEC_PATH,
        "utf-8",
        True,
        None,
    )
    data = GeneratorData.from_dict(copy.deepcopy(spec()), config=config)
    assert isinstance(data, GeneratorData), data
    names = {}
    for model in data.models:
        references = {
            root.get_untrusted_value() for root in model.roots if isinstance(root, UntrustedString)
        }
        if {r for r in model.roots if not isinstance(r, UntrustedString)} != {
            model.class_info.name
        }:
            continue  # an inline model: its roots also name the model that contains it
        for reference in references:
            if reference.lstrip("#").startswith("/components/schemas/"):
                names[reference.rsplit("/", 1)[-1]] = model.class_info.name
    return names


def schema_name(row: Row) -> str:
    """The named schema the row describes (a pointer tail must lead to a $ref)."""
    if not row.pointer:
        return row.schema
    node = resolve(spec()["components"]["schemas"][row.schema], row.pointer)
    reference = node.get("$ref", "") if isinstance(node, dict) else ""
    assert reference.startswith(SCHEMA_PREFIX), (
        f"{row.source}: {row.schema}{row.pointer} is an inline schema; "
        "give it a name in the spec to round-trip it through a generated model"
    )
    return str(reference.removeprefix(SCHEMA_PREFIX))


def model_for(row: Row, instance: Any) -> Any:
    """The generated class for the instance: of a oneOf, the one member that accepts it."""
    name = schema_name(row)
    members = spec()["components"]["schemas"][name].get("oneOf")
    if members:
        names = [m["$ref"].removeprefix(SCHEMA_PREFIX) for m in members]
        accepting = [
            n
            for n in names
            if not [
                error
                for error in validator(
                    Row(row.fixture, n, "", row.context, (), "", row.source)
                ).iter_errors(instance)
                if not excused(error, row.artifacts)
            ]
        ]
        assert len(accepting) == 1, f"{row.source}: {name} members accepting it: {accepting}"
        name = accepting[0]
    return getattr(models, class_names()[name])


def same(expected: Any, actual: Any) -> bool:
    """Equal as JSON values; date-times compare as instants (the models normalise the offset)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            same(value, actual[key]) for key, value in expected.items()
        )
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(map(same, expected, actual))
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        try:
            return instant(expected) == instant(actual)
        except ValueError:
            return False
    return type(expected) is type(actual) and expected == actual


def instant(value: str) -> datetime.datetime:
    parsed = isoparse(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


# --- (a) every shared payload is mapped, once ----------------------------------------------


def test_every_fixture_is_mapped_exactly_once() -> None:
    assert FIXTURES.is_dir(), f"no fixtures at {FIXTURES}"
    on_disk = {str(p.relative_to(FIXTURES)) for p in FIXTURES.rglob("*.json")}
    mapped: dict[str, list[str]] = {}
    for row in ROWS:
        mapped.setdefault(row.fixture, []).append(row.source)
    assert sorted(on_disk - mapped.keys()) == [], "fixtures no map row covers"
    assert sorted(mapped.keys() - on_disk) == [], "map rows whose fixture does not exist"
    assert {f: s for f, s in mapped.items() if len(s) > 1} == {}, "fixtures mapped twice"


def test_every_schema_named_by_the_maps_exists() -> None:
    schemas = spec()["components"]["schemas"]
    assert sorted({r.schema for r in ALL_ROWS} - schemas.keys()) == []


# --- (b) strict validation, (c) model round trip -------------------------------------------


@pytest.mark.parametrize("row", ALL_ROWS, ids=[row.id for row in ALL_ROWS])
def test_fixture_validates_strictly(row: Row) -> None:
    instance = load(row)
    errors = [
        f"{error.json_path}: {error.message}"
        for error in validator(row).iter_errors(instance)
        if not excused(error, row.artifacts)
    ]
    where = f"{row.fixture} against {row.schema}{row.pointer} ({row.context})"
    assert not errors, where + ":\n" + "\n".join(errors)


@pytest.mark.parametrize("row", ALL_ROWS, ids=[row.id for row in ALL_ROWS])
def test_fixture_round_trips_through_the_generated_model(row: Row) -> None:
    instance = without_artifacts(load(row), row.artifacts)
    result = model_for(row, instance).from_dict(instance).to_dict()
    assert same(instance, result), f"{row.fixture} came back as {result!r}"


# --- the checks themselves can fail ------------------------------------------------------


def probe(schema: str, context: str) -> Row:
    return Row("probe.json", schema, "", context, (), "", "probe")


def test_strict_validation_rejects_a_field_the_schema_does_not_describe() -> None:
    assert validator(probe("Reason", "any")).is_valid({"code": "UNKNOWN"})
    assert not validator(probe("Reason", "any")).is_valid({"code": "UNKNOWN", "surprise": 1})


def test_read_only_fields_are_refused_in_requests_only() -> None:
    stored = {"id": "m1", "accept_time": "2024-01-01T00:00:00Z"}
    assert validator(probe("ConversationMessage", "response")).is_valid(stored)
    assert not validator(probe("ConversationMessage", "request")).is_valid(stored)


def test_nullable_references_take_null_and_their_schema_only() -> None:
    check = validator(probe("ContactMessage", "response"))
    assert check.is_valid({"text_message": {"text": "hi"}, "reply_to": None})
    assert not check.is_valid({"text_message": {"text": "hi"}, "reply_to": "m1"})


def test_artifact_paths_excuse_only_what_they_name() -> None:
    artifacts = ("/conversation_metadata",)
    assert is_artifact(["conversation_metadata"], artifacts)
    assert is_artifact(["conversation_metadata", "key"], artifacts)
    assert not is_artifact(["message"], artifacts)
    instance = {"conversation_metadata": "text", "app_id": "a"}
    assert without_artifacts(instance, artifacts) == {"app_id": "a"}


# --- the generated models pick the kind the payload is ---------------------------------------


def artifacts_below(artifacts: tuple[str, ...], where: list[str]) -> tuple[str, ...]:
    """The artifact paths under ``where``, made relative to it."""
    below = []
    for path in artifacts:
        prefix = VALUE_ONLY if path.startswith(VALUE_ONLY) else ""
        steps = pointer_parts(path)
        if steps[: len(where)] == where:
            below.append(prefix + "".join(f"/{step}" for step in steps[len(where) :]))
    return tuple(below)


def misparsed(model: Any, node: Any, artifacts: tuple[str, ...], where: list[str]) -> list[str]:
    """Parts of a payload whose generated model is of a class whose schema refuses that part.

    The generated union parser tries the members in turn; a member that accepts what is not
    its kind (the enums take values added later) yields the wrong class with the right dict,
    which the round trip alone does not see.
    """
    found = []
    if attrs.has(type(model)) and isinstance(node, dict):
        schema = schema_keys().get(type(model).__name__)
        if schema:
            check = validator(Row("part", schema, "", "any", (), "", "part"))
            local = artifacts_below(artifacts, where)
            if [e for e in check.iter_errors(node) if not excused(e, local)]:
                found.append(f"/{'/'.join(where)}: {type(model).__name__}")
        for field in attrs.fields(type(model)):
            key = field.name if field.name in node else field.name.rstrip("_")
            if field.name != "additional_properties" and key in node:
                value = getattr(model, field.name)
                found += misparsed(value, node[key], artifacts, [*where, key])
    elif isinstance(model, list) and isinstance(node, list):
        for index, (item, part) in enumerate(zip(model, node, strict=False)):
            found += misparsed(item, part, artifacts, [*where, str(index)])
    return found


@cache
def schema_keys() -> dict[str, str]:
    return {name: key for key, name in class_names().items()}


@pytest.mark.parametrize("row", ALL_ROWS, ids=[row.id for row in ALL_ROWS])
def test_every_part_parses_as_its_own_kind(row: Row) -> None:
    instance = without_artifacts(load(row), row.artifacts)
    model = model_for(row, instance).from_dict(instance)
    assert misparsed(model, instance, row.artifacts, []) == []


def test_a_part_parsed_as_another_kind_is_reported() -> None:
    free = {"type": "FREE_COUPON", "title": "Coffee"}
    wrong = models.KakaoTalkShippingDiscountCoupon.from_dict(free)  # accepts: no field required
    assert misparsed(wrong, free, (), []) == ["/: KakaoTalkShippingDiscountCoupon"]


def test_a_union_member_is_picked_by_its_type_first() -> None:
    card = {
        "image": {"image_url": "https://example.com/a.jpg"},
        "buttons": [{"type": "BK", "name": "Order"}],
        "commerce": {
            "type": "FIXED_DISCOUNT_COMMERCE",
            "title": "A",
            "regular_price": 10,
            "discount_price": 8,
            "discount_fixed": 2,
        },
        "coupon": {"type": "UP_COUPON", "title": "Upgrade"},
    }
    parsed = models.KakaoTalkMessage.from_dict(card)
    assert isinstance(parsed.commerce, models.KakaoTalkDiscountFixedCommerce)
    assert isinstance(parsed.coupon, models.KakaoTalkUpCoupon)
    assert isinstance(parsed.buttons[0], models.KakaoTalkBotKeywordButton)
    typeless = dict(card, commerce={"title": "A", "regular_price": 10})
    assert isinstance(
        models.KakaoTalkMessage.from_dict(typeless).commerce, models.KakaoTalkRegularPriceCommerce
    )


# --- every channel-specific kind the official SDKs know has a payload -------------------------

SDK_TYPES = "sinch.domains.conversation.models.v1.messages"
# The Python SDK's (sinch 2.3.0) unions of channel-specific kinds, and the spec schema of each
# member. The Node SDK (@sinch/conversation 1.4.0) and the Java SDK have the same members
# (spec/README.md, "Channel-specific kinds"); the Java SDK adds the typeless payment settings.
SDK_UNIONS = {
    f"{SDK_TYPES}.categories.channelspecific.channel_specific_message_content:"
    "ChannelSpecificMessageContent": {
        "FlowChannelSpecificMessage": "WhatsAppFlow",
        "PaymentOrderDetailsChannelSpecificMessage": "WhatsAppPaymentOrderDetails",
        "PaymentOrderStatusChannelSpecificMessage": "WhatsAppPaymentOrderStatus",
        "KakaoTalkCommerceChannelSpecificMessage": "KakaoTalkCommerce",
        "KakaoTalkCarouselCommerceChannelSpecificMessage": "KakaoTalkCarouselCommerce",
        "LineNotificationMessageTemplateMessage": "LineNotificationTemplate",
    },
    f"{SDK_TYPES}.response.types.kakaotalk_coupon:KakaoTalkCoupon": {
        "KakaoTalkFixedDiscountCoupon": "KakaoTalkFixedDiscountCoupon",
        "KakaoTalkDiscountRateCoupon": "KakaoTalkDiscountRateCoupon",
        "KakaoTalkShippingDiscountCoupon": "KakaoTalkShippingDiscountCoupon",
        "KakaoTalkFreeCoupon": "KakaoTalkFreeCoupon",
        "KakaoTalkUpCoupon": "KakaoTalkUpCoupon",
    },
    f"{SDK_TYPES}.response.types.kakaotalk_commerce:KakaoTalkCommerce": {
        "KakaoTalkRegularPriceCommerce": "KakaoTalkRegularPriceCommerce",
        "KakaoTalkDiscountFixedCommerce": "KakaoTalkDiscountFixedCommerce",
        "KakaoTalkDiscountRateCommerce": "KakaoTalkDiscountRateCommerce",
    },
    f"{SDK_TYPES}.response.types.kakaotalk_button:KakaoTalkButton": {
        "KakaoTalkWebLinkButton": "KakaoTalkWebLinkButton",
        "KakaoTalkAppLinkButton": "KakaoTalkAppLinkButton",
        "KakaoTalkBotKeywordButton": "KakaoTalkBotKeywordButton",
    },
    f"{SDK_TYPES}.response.types.whatsapp_interactive_header:WhatsAppInteractiveHeader": {
        "WhatsAppInteractiveTextHeader": "WhatsAppInteractiveTextHeader",
        "WhatsAppInteractiveImageHeader": "WhatsAppInteractiveImageHeader",
        "WhatsAppInteractiveDocumentHeader": "WhatsAppInteractiveDocumentHeader",
        "WhatsAppInteractiveVideoHeader": "WhatsAppInteractiveVideoHeader",
    },
    f"{SDK_TYPES}.response.types.whatsapp_payment_button:WhatsAppPaymentButton": {
        "WhatsAppPaymentSettingsPixButton": "DynamicPix",
        "WhatsAppPaymentSettingsPaymentLinkButton": "PaymentLink",
        "WhatsAppPaymentSettingsBoletoButton": "Boleto",
    },
}
# Kinds only the Java SDK models: OrderDetailsSettings' three single-key forms, no type inside.
JAVA_ONLY_KINDS = {
    "OrderDetailsPaymentSettingsDynamicPix",
    "OrderDetailsPaymentSettingsPaymentLink",
    "OrderDetailsPaymentSettingsBoleto",
}


def sdk_object(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def union_members(union: Any) -> set[str]:
    inner = typing.get_args(union)[0] if typing.get_origin(union) is typing.Annotated else union
    return {member.__name__ for member in typing.get_args(inner)}


def sdk_message_types() -> set[str]:
    """The message_type values the Python SDK knows, app-side and contact-side."""
    app_side = sdk_object(
        f"{SDK_TYPES}.types.channel_specific_message_type:ChannelSpecificMessageType"
    )
    contact = sdk_object(
        f"{SDK_TYPES}.categories.channelspecific.channel_specific_contact_message_message:"
        "ChannelSpecificContactMessageMessage"
    )
    literal = typing.get_args(app_side)[0]
    return set(typing.get_args(literal)) | set(
        typing.get_args(contact.model_fields["message_type"].annotation)
    )


def payload_parts(rows: tuple[Row, ...]) -> list[tuple[Row, list[str], Any]]:
    """Every object inside the rows' payloads, with its row and path."""
    found = []

    def walk(row: Row, where: list[str], node: Any) -> None:
        if isinstance(node, dict):
            found.append((row, where, node))
            for key, value in node.items():
                walk(row, [*where, key], value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(row, [*where, str(index)], value)

    for row in rows:
        walk(row, [], load(row))
    return found


def covers(schema: str, part: Any, row: Row, where: list[str]) -> bool:
    """The part is an instance of the schema, strictly (a one-value type must be its own)."""
    definition = spec()["components"]["schemas"][schema]
    if not set(definition.get("required", [])) <= part.keys():
        return False
    kind = definition.get("properties", {}).get("type", {}).get("enum")
    if kind and len(kind) == 1 and part.get("type", kind[0]) != kind[0]:
        return False
    check = validator(Row("part", schema, "", "any", (), "", "part"))
    local = artifacts_below(row.artifacts, where)
    return not [e for e in check.iter_errors(part) if not excused(e, local)]


def uncovered_kinds(rows: tuple[Row, ...]) -> list[str]:
    kinds = {schema for members in SDK_UNIONS.values() for schema in members.values()}
    parts_ = payload_parts(rows)
    return [
        kind
        for kind in sorted(kinds | JAVA_ONLY_KINDS)
        if not any(covers(kind, part, row, where) for row, where, part in parts_)
    ]


def missing_message_types(rows: tuple[Row, ...]) -> list[str]:
    carried = {
        part["message_type"]
        for _, _, part in payload_parts(rows)
        if isinstance(part.get("message_type"), str) and "message" in part
    }
    return sorted(sdk_message_types() - carried)


def test_the_sdk_unions_are_the_ones_this_test_knows() -> None:
    for path, members in SDK_UNIONS.items():
        assert union_members(sdk_object(path)) == members.keys(), path
    assert len(sdk_message_types()) == 7  # six app-side message types and nfm_reply


def test_every_channel_specific_message_type_the_sdks_know_has_a_payload() -> None:
    assert missing_message_types(tuple(ALL_ROWS)) == []


def test_every_channel_specific_kind_the_sdks_know_has_a_valid_payload() -> None:
    assert uncovered_kinds(tuple(ALL_ROWS)) == []


def test_the_shared_payloads_alone_leave_kinds_uncovered() -> None:
    """What the built instances are for: the shared corpus lacks these kinds."""
    assert missing_message_types(tuple(ROWS)) == [
        "CAROUSEL_COMMERCE",
        "COMMERCE",
        "NOTIFICATION_MESSAGE_TEMPLATE",
        "ORDER_DETAILS",
    ]
    assert uncovered_kinds(tuple(ROWS)) == [
        "KakaoTalkDiscountRateCommerce",
        "KakaoTalkFixedDiscountCoupon",
        "KakaoTalkFreeCoupon",
        "OrderDetailsPaymentSettingsBoleto",
        "OrderDetailsPaymentSettingsPaymentLink",
        "PaymentLink",
    ]


# --- a null wherever a real payload or an SDK's model carries one -----------------------------

# Fields an official SDK types `| null` (Node 1.4.0) or a Java SDK payload carries as null, and
# the schema that holds them. ContactMessage is also part of requests (inject), so its null is
# checked in both views.
NULLS = {
    ("ContactMessage", "reply_to"): {"request", "response"},
    ("App", "message_retry_settings"): {"response"},
    ("App", "delivery_report_based_fallback"): {"response"},
    ("ConversationMessage", "message_status"): {"response"},
}


def test_every_null_the_sdks_know_is_in_a_payload_of_each_view() -> None:
    seen: dict[tuple[str, str], set[str]] = {}
    for row, where, part in payload_parts(tuple(ALL_ROWS)):
        for schema, field in NULLS:
            if field in part and part[field] is None and covers(schema, part, row, where):
                seen.setdefault((schema, field), set()).add(row.context)
    assert {key: seen.get(key, set()) >= views for key, views in NULLS.items()} == dict.fromkeys(
        NULLS, True
    ), seen


def test_app_request_bodies_take_no_null() -> None:
    """No SDK sends null there: the Python SDK drops None, Node's request types exclude it."""
    body = {"display_name": "Shop", "channel_credentials": [], "message_retry_settings": None}
    assert not validator(probe("AppCreateRequest", "request")).is_valid(body)
    assert validator(probe("AppCreateRequest", "request")).is_valid(
        {k: v for k, v in body.items() if v is not None}
    )
