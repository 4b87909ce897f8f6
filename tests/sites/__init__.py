"""Local test sites served on 127.0.0.1, shared by the tests and bench/ scripts."""
