"""The contract suite's follow-up URLs (contract_tests.spec_index.Operation.url)."""

from __future__ import annotations

import pytest

from contract_tests.spec_index import Operation, _regex


def template() -> Operation:
    path = "/v2/projects/{project_id}/templates/{template_id}"
    return Operation("Templates_V2_GetTemplate", "get", path, _regex(path), {}, ())


def test_a_value_is_one_escaped_segment():
    url = template().url({"project_id": "p", "template_id": "a/b:c%d ü"})
    assert url == "/v2/projects/p/templates/a%2Fb%3Ac%25d%20%C3%BC"


@pytest.mark.parametrize("value", ["", ".", "..", None, True])
def test_a_value_that_cannot_address_a_resource_is_refused(value):
    # a created template id "." would otherwise send GET .../templates/. which URL
    # normalisation turns into .../templates: a list, not the resource
    with pytest.raises(TypeError):
        template().url({"project_id": "p", "template_id": value})
