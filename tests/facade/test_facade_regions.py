"""Region validation and the documented regional hosts."""

import pytest

from sinch_conversation import ConfigurationError, ConversationClient, region_urls
from sinch_conversation.regions import resolve_base_url


@pytest.mark.parametrize("region", ["us", "eu", "br"])
def test_region_hosts(region):
    urls = region_urls(region)
    assert urls.conversation == f"https://{region}.conversation.api.sinch.com"
    assert urls.template == f"https://{region}.template.api.sinch.com"
    assert urls.batch == f"https://{region}.conversationbatch.api.sinch.com"


@pytest.mark.parametrize("region", ["us", "eu", "br"])
def test_client_targets_region_host(region):
    with ConversationClient("p", "k", "s", region=region) as client:
        assert client.base_url == f"https://{region}.conversation.api.sinch.com"
        assert client.urls == region_urls(region)


@pytest.mark.parametrize("bad", ["ap", "", "usa", "EU-west"])
def test_invalid_region_lists_valid_ones(bad):
    with pytest.raises(ValueError, match="us, eu, br") as info:
        ConversationClient("p", "k", "s", region=bad)
    assert isinstance(info.value, ConfigurationError)


def test_region_is_case_insensitive():
    assert region_urls("EU").region == "eu"


def test_base_url_template_is_filled():
    assert resolve_base_url("br", "http://127.0.0.1:9/{region}/") == "http://127.0.0.1:9/br"
    assert resolve_base_url("br", "https://proxy.example") == "https://proxy.example"
