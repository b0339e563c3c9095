"""Facade over the generated Sinch Conversation API client."""
