"""Client half of the sync protocol (no Qt): wire format, HTTP client, sync engine."""
