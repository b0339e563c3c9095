"""Stateful local emulator of the Sinch Conversation API."""
